import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import { listHubs } from '../hubs/hub-store.ts';
import { currentProfiles } from '../province-profiles/profile-store.ts';
import { resolveProfile, type ContentProfile, type ResolvedProfile } from '../province-profiles/resolved-profile.ts';
import { loadCitedInventory } from '../statistics/cited-snapshot.ts';
import { loadCbsFigures } from '../statistics/employment-queries.ts';
import { ftePerThousand, nearestYear } from '../statistics/fte-per-thousand.ts';
import { fteByRegion } from '../statistics/regional-totals.ts';
import type { MatchContext, YearFigure } from './match-context.ts';

/**
 * Loads what the match reads: the inventory a page may cite (the latest published REAL one; a demo one only
 * when nothing real is published, and then `snapshot.isDemo` makes the page say so), municipality centres,
 * COROP regions, the maintained hubs, CBS labour force and population per province, and the province profiles
 * (a kept version, else our own summary from `content/`, passed in by the page). Null without any inventory.
 */
export async function loadMatchContext(db: Kysely<DB>, randstadProvinces: readonly string[], contentProfiles: ReadonlyMap<string, ContentProfile>): Promise<MatchContext | null> {
  const cited = await loadCitedInventory(db);
  if (!cited) return null;
  const [gemeenten, corop, provinces, hubs, cbs, kept] = await Promise.all([
    db.selectFrom('gemeente').select(['code', 'naam', 'provincie_code', 'corop_code', 'lat', 'lon']).orderBy('code').execute(),
    db.selectFrom('corop').select(['code', 'naam', 'provincie_code']).orderBy('code').execute(),
    db.selectFrom('provincie').select(['code', 'naam']).orderBy('code').execute(),
    listHubs(db),
    loadCbsFigures(db),
    currentProfiles(db),
  ]);
  const year = Number(cited.snapshot.peildatum.slice(0, 4));
  const labourForce = new Map<string, YearFigure>();
  for (const p of provinces) {
    const candidates = cbs.filter((f) => f.regioCode === p.code && f.beroepsbevolking !== null);
    const jaar = nearestYear(candidates.map((f) => f.jaar), year);
    const figure = candidates.find((f) => f.jaar === jaar);
    if (figure && jaar !== null) labourForce.set(p.code, { waarde: figure.beroepsbevolking!, jaar });
  }
  const totals = fteByRegion(cited.rows, { level: 'provincie', regionCodes: provinces.map((p) => p.code) });
  const perThousand = new Map<string, YearFigure>();
  for (const r of ftePerThousand(totals.regions, cbs, year, 'bevolking')) if (r.perDuizend !== null && r.noemerJaar !== null) perThousand.set(r.regioCode, { waarde: r.perDuizend, jaar: r.noemerJaar });
  const profiles = new Map<string, ResolvedProfile | null>(provinces.map((p) => [p.code, resolveProfile(kept.get(p.code), contentProfiles.get(p.code))]));
  return {
    snapshot: cited.snapshot,
    rows: cited.rows,
    municipalities: gemeenten.filter((g) => g.corop_code !== null).map((g) => ({ code: g.code, naam: g.naam, provincieCode: g.provincie_code, coropCode: g.corop_code!, lat: g.lat, lon: g.lon })),
    corop: corop.map((c) => ({ code: c.code, naam: c.naam, provincieCode: c.provincie_code })),
    provinces,
    hubs: hubs.map((h) => ({ plaats: h.plaats, gemeenteCode: h.gemeente_code, status: h.status })),
    labourForce,
    perThousand,
    randstadProvinces,
    profiles,
  };
}
