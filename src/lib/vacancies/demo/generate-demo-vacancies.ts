import type { Sector } from '../../db/schema.ts';
import type {
  Contractvorm,
  DemoOrganisation,
  DemoVacancy,
  DemoVacancyStatus,
  GenerateDemoVacanciesOptions,
  Opleidingsniveau,
  Werkwijze,
} from './demo-vacancy.ts';
import { VAKGEBIED_SLUGS, type Vakgebied } from './fields.ts';
import { dayToIso, isoToDay } from './iso-dates.ts';
import { fieldMixFor, organisationArticle } from './organisation-profiles.ts';
import { createRng, weightedPicker, type Rng, type WeightedPicker } from './prng.ts';
import { MAX_SCALE, salaryRange } from './salary-scales.ts';
import { buildDescription, buildSummary, placeName } from './texts.ts';
import { DEFAULT_TOPICS, TITLES, TOPICS, type TitleEntry } from './titles.ts';

const SECTORS: readonly Sector[] = ['ministerie', 'politie', 'rechtspraak', 'dji', 'defensie', 'zbo'];

/** Share of vacancies whose closing date already lies before `today`. */
const CLOSED_SHARE = 0.1;
/** Share of vacancies with more than one standplaats. */
const MULTI_LOCATION_SHARE = 0.08;
/** Share of hybrid vacancies that mention working from a Rijksontmoetingsplein. */
const ROP_SHARE_OF_HYBRID = 0.3;
const PUBLICATION_WINDOW_DAYS = 60;
const MIN_OPEN_DAYS = 7;
const MAX_OPEN_DAYS = 42;

// Weekly hours as advertised: mostly 32–36 or 36–40, some part-time ranges.
const HOURS: readonly { range: readonly [number, number]; weight: number }[] = [
  { range: [32, 36], weight: 40 },
  { range: [36, 40], weight: 22 },
  { range: [36, 36], weight: 8 },
  { range: [32, 40], weight: 10 },
  { range: [24, 36], weight: 8 },
  { range: [28, 36], weight: 5 },
  { range: [16, 24], weight: 3 },
  { range: [20, 32], weight: 3 },
  { range: [40, 40], weight: 1 },
];

// Fields whose work is bound to a place (a prison, a ship, a slaughterhouse) are rarely hybrid.
const ON_SITE_FIELDS = new Set<Vakgebied>(['veiligheid', 'techniek', 'zorg-welzijn', 'inspectie-handhaving', 'facilitair', 'onderwijs']);

type OrgState = {
  org: DemoOrganisation;
  sector: Sector;
  prefix: string;
  article: 'de' | 'het' | '';
  /** Sum of the vestiging weights: the organisation's share of all vacancies. */
  weight: number;
  locations: WeightedPicker<string>;
  fields: WeightedPicker<Vakgebied>;
  titles: Map<Vakgebied, WeightedPicker<TitleEntry>>;
  topics: readonly string[];
  nextNumber: number;
};

function eligibleTitles(field: Vakgebied, code: string, sector: Sector): TitleEntry[] {
  return TITLES[field].filter((t) => (!t.orgs || t.orgs.includes(code)) && (!t.sectors || t.sectors.includes(sector)));
}

// A title written for this very organisation should win over a generic one of the same field.
const titleWeight = (t: TitleEntry) => (t.weight ?? 1) * (t.orgs ? 3 : 1);

function buildOrgStates(options: GenerateDemoVacanciesOptions, rng: Rng): OrgState[] {
  // Organisation → municipality → weight (a repeated pair adds up).
  const byOrg = new Map<string, Map<string, number>>();
  for (const v of options.vestigingen) {
    const gewicht = Number(v.gewicht);
    if (!(gewicht > 0)) continue;
    const perGemeente = byOrg.get(v.organisatie_code) ?? new Map<string, number>();
    perGemeente.set(v.gemeente_code, (perGemeente.get(v.gemeente_code) ?? 0) + gewicht);
    byOrg.set(v.organisatie_code, perGemeente);
  }
  const states: OrgState[] = [];
  const seen = new Set<string>();
  for (const org of options.organisations) {
    if (seen.has(org.code)) throw new Error(`Duplicate organisation code ${org.code}`);
    seen.add(org.code);
    if (!(SECTORS as readonly string[]).includes(org.sector)) throw new Error(`Unknown sector ${org.sector} for ${org.code}`);
    const sector = org.sector as Sector;
    const vestigingen = [...(byOrg.get(org.code) ?? new Map<string, number>())];
    if (vestigingen.length === 0) continue; // nowhere to place its vacancies
    const mix = fieldMixFor(org.code, sector);
    const fields = VAKGEBIED_SLUGS.filter((f) => (mix[f] ?? 0) > 0 && eligibleTitles(f, org.code, sector).length > 0);
    states.push({
      org,
      sector,
      article: organisationArticle(org.code, org.naam),
      prefix: (org.afkorting || org.code).toUpperCase().replace(/[^A-Z0-9]/g, ''),
      weight: vestigingen.reduce((sum, [, w]) => sum + w, 0),
      locations: weightedPicker(
        vestigingen.map(([gemeente]) => gemeente),
        (g) => byOrg.get(org.code)!.get(g)!,
      ),
      fields: weightedPicker(fields, (f) => mix[f] ?? 0),
      titles: new Map(),
      topics: TOPICS[org.code] ?? DEFAULT_TOPICS,
      // Sequence numbers start somewhere in the hundreds, like a real registration system mid-year.
      nextNumber: rng.int(100, 899),
    });
  }
  return states;
}

function titlePicker(state: OrgState, field: Vakgebied): WeightedPicker<TitleEntry> {
  let picker = state.titles.get(field);
  if (!picker) {
    picker = weightedPicker(eligibleTitles(field, state.org.code, state.sector), titleWeight);
    state.titles.set(field, picker);
  }
  return picker;
}

function educationFor(rng: Rng, schaal: number, field: Vakgebied, contract: Contractvorm): Opleidingsniveau {
  const r = rng.next();
  if (contract === 'stage') return r < 0.15 ? 'mbo' : r < 0.65 ? 'hbo' : 'wo';
  if (contract === 'traineeship') return r < 0.3 ? 'hbo' : 'wo';
  if (schaal <= 4) return r < 0.8 ? 'vmbo' : 'mbo';
  if (schaal <= 6) return r < 0.8 ? 'mbo' : 'havo/vwo';
  if (schaal === 7) return r < 0.6 ? 'mbo' : r < 0.7 ? 'havo/vwo' : 'hbo';
  if (schaal <= 9) return r < 0.7 ? 'hbo' : 'mbo';
  // Lawyers and researchers need a university degree from scale 10 upwards.
  if (field === 'juridisch' || field === 'onderzoek') return r < 0.85 ? 'wo' : 'hbo';
  if (schaal === 10) return r < 0.75 ? 'hbo' : 'wo';
  if (schaal === 11) return r < 0.5 ? 'hbo' : 'wo';
  return r < 0.2 ? 'hbo' : 'wo';
}

function contractFor(rng: Rng, entry: TitleEntry): Contractvorm {
  if (entry.contract) return entry.contract;
  const r = rng.next();
  return r < 0.38 ? 'vast' : r < 0.75 ? 'tijdelijk-met-uitzicht' : 'tijdelijk';
}

function workModeFor(rng: Rng, field: Vakgebied): Werkwijze {
  const r = rng.next();
  if (ON_SITE_FIELDS.has(field)) return r < 0.6 ? 'op-locatie' : r < 0.9 ? 'hybride' : 'niet-vermeld';
  return r < 0.7 ? 'hybride' : r < 0.82 ? 'op-locatie' : r < 0.85 ? 'thuis' : 'niet-vermeld';
}

function locationsFor(rng: Rng, state: OrgState): string[] {
  const first = state.locations.draw(rng);
  const available = state.locations.items.length;
  if (available < 2 || !rng.chance(MULTI_LOCATION_SHARE)) return [first];
  const wanted = Math.min(available, 1 + rng.int(1, 2));
  const codes = [first];
  // Redraw by weight until distinct; bounded, because one location may dominate the weights.
  for (let attempt = 0; attempt < 40 && codes.length < wanted; attempt++) {
    const next = state.locations.draw(rng);
    if (!codes.includes(next)) codes.push(next);
  }
  return codes;
}

/**
 * Generates `count` realistic, reproducible demo vacancies: organisations drawn by the summed weight of
 * their vestigingen (so the regional spread follows government employment), a vakgebied fitting the
 * organisation, a title from the catalogue, and scale, salary, hours and dates consistent with each
 * other and with `today`. The same options always give the same output.
 */
export function generateDemoVacancies(options: GenerateDemoVacanciesOptions): DemoVacancy[] {
  const { count, seed, today } = options;
  if (!Number.isInteger(count) || count < 0) throw new RangeError(`count must be a non-negative integer, got ${count}`);
  const todayDay = isoToDay(today);
  const rng = createRng(seed);
  const states = buildOrgStates(options, rng);
  if (count === 0) return [];
  if (states.length === 0) throw new Error('No organisation has a vestiging with a positive weight');
  const orgPicker = weightedPicker(states, (s) => s.weight);
  const names = new Map((options.gemeenten ?? []).map((g) => [g.gemeente_code, placeName(g.gemeente_naam)]));
  const hours = weightedPicker(HOURS, (h) => h.weight);
  const isoCache = new Map<number, string>();
  const iso = (day: number) => {
    let s = isoCache.get(day);
    if (s === undefined) isoCache.set(day, (s = dayToIso(day)));
    return s;
  };

  const out: DemoVacancy[] = [];
  for (let i = 0; i < count; i++) {
    const state = orgPicker.draw(rng);
    const vakgebied = state.fields.draw(rng);
    const entry = titlePicker(state, vakgebied).draw(rng);
    const titel = entry.titel.includes('{onderwerp}') ? entry.titel.replace('{onderwerp}', rng.pick(state.topics)) : entry.titel;

    const schaalMin = rng.int(entry.schaal[0], entry.schaal[1]);
    const r = rng.next();
    const spread = entry.contract ? 0 : r < 0.55 ? 0 : r < 0.9 ? 1 : 2;
    const schaalMax = Math.min(MAX_SCALE, schaalMin + spread);
    const { salarisMin, salarisMax } = salaryRange(schaalMin, schaalMax);
    const [urenMin, urenMax] = hours.draw(rng).range;
    const contract = contractFor(rng, entry);
    const opleidingsniveau = educationFor(rng, schaalMin, vakgebied, contract);
    const werkwijze = workModeFor(rng, vakgebied);
    const vanafRijksontmoetingsplein = werkwijze === 'hybride' && rng.chance(ROP_SHARE_OF_HYBRID);
    const gemeenteCodes = locationsFor(rng, state);

    // Dates: decide first whether the vacancy is already closed, then place the window so that both
    // publication (within the last 60 days) and closing (7–42 days later) respect that choice.
    const duration = rng.int(MIN_OPEN_DAYS, MAX_OPEN_DAYS);
    let publishedDay: number;
    let status: DemoVacancyStatus;
    if (rng.chance(CLOSED_SHARE)) {
      const closing = rng.int(todayDay - PUBLICATION_WINDOW_DAYS + duration, todayDay - 1);
      publishedDay = closing - duration;
      status = rng.chance(0.3) ? 'vervuld' : 'gesloten';
    } else {
      publishedDay = rng.int(Math.max(todayDay - PUBLICATION_WINDOW_DAYS, todayDay - duration), todayDay);
      status = 'open';
    }
    const gepubliceerdOp = iso(publishedDay);
    const sluitingsdatum = iso(publishedDay + duration);

    const kenmerk = `${state.prefix}-${gepubliceerdOp.slice(0, 4)}-${String(state.nextNumber++).padStart(5, '0')}`;
    const ctx = {
      titel,
      organisatieNaam: state.org.naam,
      organisatieLidwoord: state.article,
      plaatsen: gemeenteCodes.map((c) => names.get(c) ?? c),
      vakgebied,
      opleidingsniveau,
      schaalMin,
      schaalMax,
      salarisMin,
      salarisMax,
      urenMin,
      urenMax,
      werkwijze,
      vanafRijksontmoetingsplein,
    };
    out.push({
      kenmerk,
      organisatieCode: state.org.code,
      titel,
      samenvatting: buildSummary(rng, ctx),
      beschrijving: buildDescription(rng, ctx),
      gemeenteCodes,
      schaalMin,
      schaalMax,
      salarisMin,
      salarisMax,
      urenMin,
      urenMax,
      opleidingsniveau,
      vakgebied,
      contract,
      werkwijze,
      vanafRijksontmoetingsplein,
      gepubliceerdOp,
      sluitingsdatum,
      status,
    });
  }
  return out;
}
