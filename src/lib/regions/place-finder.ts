import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import { normaliseName, type CatalogMunicipality, type RegionCatalog } from './region-catalog.ts';

/** A place a job seeker can search from: a municipality or a woonplaats, with the municipality it lies in. */
export interface Place {
  /** What to show and to put back in the search field: "Den Haag", "Zwolle", "Bergen (Noord-Holland)". */
  label: string;
  kind: 'gemeente' | 'woonplaats';
  gemeente: CatalogMunicipality;
  provincieNaam: string;
}

/** What a typed place name resolves to. */
export type PlaceResolution =
  | { status: 'found'; place: Place }
  | { status: 'ambiguous'; options: Place[] }
  | { status: 'unknown'; suggestions: Place[] };

// The names people use where CBS writes the official one.
const COMMON_NAMES: Record<string, string> = { "'s-Gravenhage": 'Den Haag' };
const ALIASES: Record<string, string> = { 'den haag': "'s-gravenhage", 'the hague': "'s-gravenhage", 'den bosch': "'s-hertogenbosch" };
// CBS adds a province or municipality hint to names that occur twice: "Bergen (NH.)", "Bergen L", "Loo Gld".
const QUALIFIER = / (l|nb|gld|gd|nh|zh|o|ov|gn|ut|u|ac|ca|z|fr|dr|lb|fl)$/;

/**
 * The comparison key of a place name: case, accents, punctuation and a leading "'s-" do not matter,
 * so "'s-Hertogenbosch", "s-hertogenbosch" and "'s Hertogenbosch" are the same place.
 */
export function placeKey(name: string): string {
  return normaliseName(name)
    .replace(/[‘’`´]/g, "'")
    .replace(/^'?s[- ]/, '')
    .replace(/[-.()',/]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A CBS name without its disambiguating hint, in the form people use: "Bergen (NH.)" → "Bergen", "'s-Gravenhage" → "Den Haag". */
export function commonPlaceName(naam: string): string {
  const common = COMMON_NAMES[naam] ?? naam;
  return common.replace(/ \((?:[A-Za-z]{1,3}\.?)\)$/, '').replace(/ (?:L|NB|Gld|GLD|NH|ZH|O|Gn|GN|Ut|AC)$/, '');
}

interface Entry {
  naam: string;
  kind: Place['kind'];
  gemeente: CatalogMunicipality;
}

/**
 * Finds places by name: the 342 municipalities and the 2,501 CBS woonplaatsen, held in memory. A name
 * that lies in more than one municipality ("Bergen", "Hengelo") is ambiguous: the caller asks which one,
 * offering labels that resolve uniquely ("Bergen (Limburg)").
 */
export class PlaceFinder {
  private readonly byKey = new Map<string, Entry[]>();
  private readonly byLabel = new Map<string, Place>();
  private readonly keys: string[];
  private readonly provinceNames: Map<string, string>;

  private readonly catalog: RegionCatalog;

  constructor(catalog: RegionCatalog, woonplaatsen: { naam: string; gemeenteCode: string }[]) {
    this.catalog = catalog;
    this.provinceNames = new Map(catalog.provinces.map((p) => [p.code, p.naam]));
    const add = (key: string, entry: Entry) => {
      const list = this.byKey.get(key) ?? [];
      if (!list.some((e) => e.gemeente.code === entry.gemeente.code && e.kind === entry.kind)) list.push(entry);
      this.byKey.set(key, list);
    };
    const addName = (entry: Entry) => {
      const key = placeKey(entry.naam);
      add(key, entry);
      const base = key.replace(QUALIFIER, '');
      if (base !== key && base.length >= 2) add(base, entry);
    };
    for (const gemeente of catalog.municipalities) addName({ naam: gemeente.naam, kind: 'gemeente', gemeente });
    for (const w of woonplaatsen) {
      const gemeente = catalog.municipality(w.gemeenteCode);
      if (gemeente) addName({ naam: w.naam, kind: 'woonplaats', gemeente });
    }
    for (const [alias, target] of Object.entries(ALIASES)) {
      for (const entry of this.byKey.get(placeKey(target)) ?? []) add(alias, entry);
    }
    // Labels of the options of every ambiguous name resolve to exactly that option.
    for (const key of this.byKey.keys()) {
      const resolution = this.resolveKey(key);
      if (resolution?.status === 'ambiguous') for (const option of resolution.options) this.byLabel.set(placeKey(option.label), option);
    }
    this.keys = [...new Set([...this.byKey.keys(), ...this.byLabel.keys()])].sort();
  }

  /** Resolves what someone typed ("den haag", "Zwolle", "Bergen (Limburg)", "GM0014"). */
  resolve(input: string): PlaceResolution {
    const key = placeKey(input);
    const labelled = this.byLabel.get(key);
    if (labelled) return { status: 'found', place: labelled };
    const byCode = /^gm\d{4}$/i.test(input.trim()) ? this.catalog.municipality(input) : undefined;
    if (byCode) return { status: 'found', place: this.toPlace({ naam: byCode.naam, kind: 'gemeente', gemeente: byCode }, commonPlaceName(byCode.naam)) };
    return this.resolveKey(key) ?? { status: 'unknown', suggestions: this.suggest(input, 5) };
  }

  /** Up to `limit` places whose name starts with what was typed (suggestions while typing). */
  suggest(input: string, limit = 8): Place[] {
    const key = placeKey(input);
    if (key.length < 2) return [];
    const out = new Map<string, Place>();
    const consider = (k: string) => {
      const r = this.byLabel.get(k) ? ({ status: 'found', place: this.byLabel.get(k)! } as const) : this.resolveKey(k);
      if (r?.status === 'found') out.set(r.place.label, r.place);
      else if (r?.status === 'ambiguous') for (const o of r.options) out.set(o.label, o);
    };
    if (this.byKey.has(key)) consider(key);
    for (const k of this.keys) {
      if (out.size >= limit) break;
      if (k !== key && k.startsWith(key)) consider(k);
    }
    return [...out.values()].slice(0, limit);
  }

  private resolveKey(key: string): PlaceResolution | null {
    const entries = this.byKey.get(key);
    if (!entries?.length) return null;
    const byMunicipality = new Map<string, Entry>();
    for (const e of entries) {
      const seen = byMunicipality.get(e.gemeente.code);
      // The municipality itself names the place better than a woonplaats of the same name.
      if (!seen || (seen.kind === 'woonplaats' && e.kind === 'gemeente' && placeKey(e.naam).replace(QUALIFIER, '') === key.replace(QUALIFIER, ''))) byMunicipality.set(e.gemeente.code, e);
    }
    const distinct = [...byMunicipality.values()];
    if (distinct.length === 1) return { status: 'found', place: this.toPlace(distinct[0]!, commonPlaceName(distinct[0]!.naam)) };
    const options = distinct
      .map((e) => {
        const sameName = placeKey(e.gemeente.naam).replace(QUALIFIER, '') === placeKey(e.naam).replace(QUALIFIER, '');
        const hint = sameName ? this.provinceNames.get(e.gemeente.provincieCode) ?? e.gemeente.provincieCode : `gemeente ${commonPlaceName(e.gemeente.naam)}`;
        return this.toPlace(e, `${commonPlaceName(e.naam)} (${hint})`);
      })
      .sort((a, b) => Number(b.kind === 'gemeente') - Number(a.kind === 'gemeente') || a.label.localeCompare(b.label, 'nl'));
    return { status: 'ambiguous', options };
  }

  private toPlace(e: Entry, label: string): Place {
    return { label, kind: e.kind, gemeente: e.gemeente, provincieNaam: this.provinceNames.get(e.gemeente.provincieCode) ?? e.gemeente.provincieCode };
  }
}

/** Loads the place finder from the reference tables. */
export async function loadPlaceFinder(db: Kysely<DB>, catalog: RegionCatalog): Promise<PlaceFinder> {
  const woonplaatsen = await db.selectFrom('woonplaats').select(['naam', 'gemeente_code as gemeenteCode']).execute();
  return new PlaceFinder(catalog, woonplaatsen);
}
