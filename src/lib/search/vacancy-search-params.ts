import { z } from 'zod';
import type { RegionCatalog } from '../regions/region-catalog.ts';
import { CONTRACTEN, OPLEIDINGSNIVEAUS, VAKGEBIEDEN, WERKWIJZEN } from '../vacancies/vacancy-vocabulary.ts';

export const SORT_OPTIONS = ['relevantie', 'nieuwste', 'sluitend', 'afstand', 'salaris'] as const;
export type SortOption = (typeof SORT_OPTIONS)[number];

/** A validated vacancy search. Every value in it is one we know (codes, bounded numbers). */
export interface VacancySearchCriteria {
  q: string;
  provincies: string[];
  postcode: string | null;
  plaats: string | null;
  afstandKm: number | null;
  organisaties: string[];
  vakgebieden: string[];
  opleidingsniveaus: string[];
  contracten: string[];
  werkwijzen: string[];
  schaalMin: number | null;
  schaalMax: number | null;
  /** Gross monthly euros (full time): vacancies that can pay at least this much (salarisMax ≥ value). */
  salarisMin: number | null;
  urenMin: number | null;
  urenMax: number | null;
  rijksontmoetingsplein: boolean;
  sorteer: SortOption;
  pagina: number;
  paginaGrootte: number;
}

/** A parameter we could not use, with the reason in Dutch. */
export interface ParamProblem {
  name: string;
  reason: string;
}

export const MAX_QUERY_LENGTH = 200;
export const DEFAULT_DISTANCE_KM = 25;
export const MAX_DISTANCE_KM = 300;
export const MAX_PAGE_SIZE = 50;
/** The highest gross monthly salary a search may ask for (above the top of scale 18). */
export const MAX_SALARY_EUR = 20_000;

/** Query keys the search understands (page and API alike). */
export const SEARCH_PARAM_KEYS = ['q', 'provincie', 'postcode', 'plaats', 'afstand', 'organisatie', 'vakgebied', 'opleidingsniveau', 'contract', 'werkwijze', 'schaalMin', 'schaalMax', 'salarisMin', 'urenMin', 'urenMax', 'rijksontmoetingsplein', 'sorteer', 'pagina', 'paginaGrootte'] as const;

const intIn = (min: number, max: number, what: string) =>
  z.string().trim().regex(/^-?\d+$/, `${what} moet een geheel getal zijn`).transform(Number).pipe(z.number().min(min, `${what} moet minimaal ${min} zijn`).max(max, `${what} mag hoogstens ${max} zijn`));

const scalars = {
  q: z.string().max(MAX_QUERY_LENGTH, `de zoekterm mag hoogstens ${MAX_QUERY_LENGTH} tekens hebben`),
  postcode: z.string().trim().regex(/^[1-9]\d{3}\s?([a-zA-Z]{2})?$/, 'een postcode heeft 4 cijfers, eventueel gevolgd door 2 letters (bijvoorbeeld 9711 of 9711 AB)'),
  plaats: z.string().trim().min(2, 'de plaatsnaam is te kort').max(80, 'de plaatsnaam is te lang'),
  afstand: intIn(1, MAX_DISTANCE_KM, 'de afstand (km)'),
  schaalMin: intIn(1, 18, 'de minimale schaal'),
  schaalMax: intIn(1, 18, 'de maximale schaal'),
  salarisMin: intIn(1, MAX_SALARY_EUR, 'het salaris (euro bruto per maand)'),
  urenMin: intIn(1, 40, 'het minimaal aantal uren'),
  urenMax: intIn(1, 40, 'het maximaal aantal uren'),
  rijksontmoetingsplein: z.enum(['ja', 'nee', 'true', 'false'], 'gebruik ja of nee').transform((v) => v === 'ja' || v === 'true'),
  sorteer: z.enum(SORT_OPTIONS, `kies uit ${SORT_OPTIONS.join(', ')}`),
  pagina: intIn(1, 10_000, 'de pagina'),
  paginaGrootte: intIn(1, MAX_PAGE_SIZE, 'de paginagrootte'),
};

/**
 * Parses search parameters from a URL. Unknown or invalid values come back as problems: the page
 * ignores them (and says so), the API answers 400. Codes are checked against the known lists, so
 * only known values ever reach a search filter.
 */
export function parseVacancySearchParams(
  params: URLSearchParams,
  known: { catalog: RegionCatalog; organisationCodes: ReadonlySet<string> },
): { criteria: VacancySearchCriteria; problems: ParamProblem[] } {
  const problems: ParamProblem[] = [];
  const scalar = <K extends keyof typeof scalars>(key: K): z.output<(typeof scalars)[K]> | null => {
    const raw = params.get(key);
    if (raw === null || raw.trim() === '') return null;
    const parsed = scalars[key].safeParse(raw);
    if (parsed.success) return parsed.data as z.output<(typeof scalars)[K]>;
    problems.push({ name: key, reason: parsed.error.issues[0]?.message ?? 'ongeldige waarde' });
    return null;
  };
  const list = (key: string, resolve: (value: string) => string | undefined): string[] => {
    const values = params.getAll(key).flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean);
    const out: string[] = [];
    for (const value of values.slice(0, 50)) {
      const resolved = resolve(value);
      if (resolved) {
        if (!out.includes(resolved)) out.push(resolved);
      } else problems.push({ name: key, reason: `onbekende waarde "${value.slice(0, 40)}"` });
    }
    return out;
  };
  const inVocabulary = (vocabulary: readonly { code: string }[]) => (v: string) => vocabulary.find((item) => item.code === v.toLowerCase())?.code;

  for (const key of params.keys()) {
    if (!(SEARCH_PARAM_KEYS as readonly string[]).includes(key)) problems.push({ name: key, reason: 'onbekende parameter' });
  }

  const q = (scalar('q') ?? '').trim().replace(/\s+/g, ' ');
  let schaalMin = scalar('schaalMin');
  let schaalMax = scalar('schaalMax');
  if (schaalMin !== null && schaalMax !== null && schaalMin > schaalMax) {
    problems.push({ name: 'schaalMin', reason: 'de minimale schaal is hoger dan de maximale' });
    [schaalMin, schaalMax] = [schaalMax, schaalMin];
  }
  let urenMin = scalar('urenMin');
  let urenMax = scalar('urenMax');
  if (urenMin !== null && urenMax !== null && urenMin > urenMax) {
    problems.push({ name: 'urenMin', reason: 'het minimaal aantal uren is hoger dan het maximaal aantal' });
    [urenMin, urenMax] = [urenMax, urenMin];
  }
  let postcode = scalar('postcode');
  let plaats = postcode ? null : scalar('plaats');
  // One field for postcode or place: "9711", "9711 AB" or "9711ab" typed as a place is a postcode.
  if (plaats && /^[1-9]\d{3}\s?([a-zA-Z]{2})?$/.test(plaats)) [postcode, plaats] = [plaats, null];
  let afstandKm = scalar('afstand');
  if ((postcode || plaats) && afstandKm === null) afstandKm = DEFAULT_DISTANCE_KM;
  if (!postcode && !plaats && afstandKm !== null) {
    problems.push({ name: 'afstand', reason: 'een afstand werkt alleen samen met een postcode of plaats' });
    afstandKm = null;
  }
  let sorteer = scalar('sorteer') ?? 'relevantie';
  if (sorteer === 'afstand' && !postcode && !plaats) {
    problems.push({ name: 'sorteer', reason: 'sorteren op afstand kan alleen met een postcode of plaats' });
    sorteer = 'relevantie';
  }
  const criteria: VacancySearchCriteria = {
    q,
    provincies: list('provincie', (v) => known.catalog.province(v)?.code),
    postcode,
    plaats,
    afstandKm,
    organisaties: list('organisatie', (v) => (known.organisationCodes.has(v.toLowerCase()) ? v.toLowerCase() : undefined)),
    vakgebieden: list('vakgebied', inVocabulary(VAKGEBIEDEN)),
    opleidingsniveaus: list('opleidingsniveau', inVocabulary(OPLEIDINGSNIVEAUS)),
    contracten: list('contract', inVocabulary(CONTRACTEN)),
    werkwijzen: list('werkwijze', inVocabulary(WERKWIJZEN)),
    schaalMin,
    schaalMax,
    salarisMin: scalar('salarisMin'),
    urenMin,
    urenMax,
    rijksontmoetingsplein: scalar('rijksontmoetingsplein') ?? false,
    sorteer,
    pagina: scalar('pagina') ?? 1,
    paginaGrootte: scalar('paginaGrootte') ?? 20,
  };
  return { criteria, problems };
}

/** Writes criteria back to URL parameters (the canonical, shareable form of a search). */
export function criteriaToParams(c: VacancySearchCriteria, overrides: Partial<VacancySearchCriteria> = {}): URLSearchParams {
  const v = { ...c, ...overrides };
  const p = new URLSearchParams();
  if (v.q) p.set('q', v.q);
  for (const code of v.provincies) p.append('provincie', code);
  if (v.postcode) p.set('postcode', v.postcode);
  if (v.plaats) p.set('plaats', v.plaats);
  if (v.afstandKm !== null && (v.postcode || v.plaats)) p.set('afstand', String(v.afstandKm));
  for (const code of v.organisaties) p.append('organisatie', code);
  for (const code of v.vakgebieden) p.append('vakgebied', code);
  for (const code of v.opleidingsniveaus) p.append('opleidingsniveau', code);
  for (const code of v.contracten) p.append('contract', code);
  for (const code of v.werkwijzen) p.append('werkwijze', code);
  if (v.schaalMin !== null) p.set('schaalMin', String(v.schaalMin));
  if (v.schaalMax !== null) p.set('schaalMax', String(v.schaalMax));
  if (v.salarisMin !== null) p.set('salarisMin', String(v.salarisMin));
  if (v.urenMin !== null) p.set('urenMin', String(v.urenMin));
  if (v.urenMax !== null) p.set('urenMax', String(v.urenMax));
  if (v.rijksontmoetingsplein) p.set('rijksontmoetingsplein', 'ja');
  if (v.sorteer !== 'relevantie') p.set('sorteer', v.sorteer);
  if (v.pagina > 1) p.set('pagina', String(v.pagina));
  if (v.paginaGrootte !== 20) p.set('paginaGrootte', String(v.paginaGrootte));
  return p;
}
