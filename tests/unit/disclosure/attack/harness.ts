import { KEY_MODULUS, publishCell } from '../../../../src/lib/disclosure/cell-key/index.ts';
import type { PublishedCell } from '../../../../src/lib/disclosure/index.ts';
import type { IntakeFase } from '../../../../src/lib/db/schema-intake.ts';
import { buildIntakeRelease, type CubeRow, type IntakeRelease, type ReleaseContext } from '../../../../src/lib/intake/intake-release.ts';
import { buildMeasureTrend } from '../../../../src/lib/intake/measure-trend.ts';
import { buildOrganisationLeague, type OrganisationCell } from '../../../../src/lib/intake/organisation-league.ts';
import { buildOrganisationOverview } from '../../../../src/lib/intake/organisation-overview.ts';
import { FASES } from '../../../../src/lib/intake/intake-vocabulary.ts';

/**
 * A miniature of the platform for the attack suite: three provinces (P1 with two COROP regions, P2 and P3 with one;
 * P3 is the "Randstad"), two organisations, three application quarters, three fields and three levels (three, so
 * that a filter on two of them has neighbours with one more and one less). Records are
 * applications with a furthest stage and a shift (0 or 1 quarter) of their later events, and a random record key.
 */

export const PROVINCES = [
  { code: 'P1', naam: 'Een' },
  { code: 'P2', naam: 'Twee' },
  { code: 'P3', naam: 'Drie' },
];
const COROP_PROVINCE: Record<string, string> = { C1a: 'P1', C1b: 'P1', C2: 'P2', C3: 'P3', onbekend: 'onbekend' };
export const HOME_COROPS = ['C1a', 'C1b', 'C2', 'C3', 'onbekend'];
export const WORK_COROPS = ['C1a', 'C1b', 'C2', 'C3'];
export const ORGS = ['o1', 'o2'];
export const FIELDS = ['f1', 'f2', 'f3'];
export const LEVELS = ['l1', 'l2', 'l3'];
export const QUARTERS = 3;

/** One application of the miniature. */
export interface Rec {
  org: string;
  q: number;
  field: string;
  level: string;
  homeCorop: string;
  workCorop: string;
  /** Furthest stage reached, 0..3. */
  end: number;
  /** Later events (interview, offer, start) happen this many quarters after the application. */
  shift: number;
  rk: number;
}

/** A filter of the miniature (omitted = all). */
export interface Filter {
  orgs: readonly string[];
  from: number;
  to: number;
  fields?: readonly string[];
  levels?: readonly string[];
  works?: readonly string[];
}

const quarterCode = (q: number): string => `${2026 + Math.floor(q / 4)}-Q${(q % 4) + 1}`;
export const homeProvince = (r: Rec): string => COROP_PROVINCE[r.homeCorop]!;
export const workProvince = (r: Rec): string => COROP_PROVINCE[r.workCorop]!;

/** Deterministic pseudo-random numbers (mulberry32). */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Random microdata in the shapes the review found: one big group, tiny groups (1–3 people), one-person cells at every
 * stage, nested stages with steep drop-off.
 */
export function randomMicrodata(seed: number, size: number, fixed: Partial<Omit<Rec, 'rk'>> = {}): Rec[] {
  const rnd = random(seed);
  const pick = <T>(list: readonly T[], weights?: readonly number[]): T => {
    if (!weights) return list[Math.floor(rnd() * list.length)]!;
    let x = rnd() * weights.reduce((a, b) => a + b, 0);
    for (let i = 0; i < list.length; i++) if ((x -= weights[i]!) < 0) return list[i]!;
    return list[list.length - 1]!;
  };
  const recs: Rec[] = [];
  const add = (r: Omit<Rec, 'rk'>) => recs.push({ ...r, ...fixed, rk: Math.floor(rnd() * KEY_MODULUS) });
  const end = () => pick([0, 1, 2, 3], [0.55, 0.25, 0.08, 0.12]);
  for (let i = 0; i < size; i++) {
    add({
      org: pick(ORGS, [0.8, 0.2]),
      q: pick([0, 1, 2]),
      field: pick(FIELDS, [0.6, 0.25, 0.15]),
      level: pick(LEVELS, [0.5, 0.3, 0.2]),
      // P2 and the unknown home region are small on purpose.
      homeCorop: pick(HOME_COROPS, [0.3, 0.1, 0.04, 0.5, 0.06]),
      workCorop: pick(WORK_COROPS, [0.3, 0.05, 0.05, 0.6]),
      end: end(),
      shift: pick([0, 1], [0.7, 0.3]),
    });
  }
  // One-person and tiny groups: a lone hire far from home, a pair interviewed in a small province, a lone offer.
  add({ org: 'o1', q: 1, field: 'f2', level: 'l2', homeCorop: 'C2', workCorop: 'C3', end: 3, shift: 0 });
  add({ org: 'o1', q: 1, field: 'f1', level: 'l1', homeCorop: 'C1b', workCorop: 'C1b', end: 1, shift: 1 });
  add({ org: 'o1', q: 1, field: 'f1', level: 'l1', homeCorop: 'C1b', workCorop: 'C1b', end: 1, shift: 1 });
  add({ org: 'o2', q: 1, field: 'f2', level: 'l1', homeCorop: 'onbekend', workCorop: 'C2', end: 2, shift: 0 });
  return recs;
}

function passesDims(r: Rec, f: Filter): boolean {
  return f.orgs.includes(r.org) && (!f.fields || f.fields.includes(r.field)) && (!f.levels || f.levels.includes(r.level)) && (!f.works || f.works.includes(workProvince(r)));
}

/** Quarter of the event of stage `s` of a record. */
export const eventQuarter = (r: Rec, s: number): number => r.q + (s > 0 ? r.shift : 0);

/** Whether a record is in the cohort of a filter. */
export const inCohort = (r: Rec, f: Filter): boolean => passesDims(r, f) && r.q >= f.from && r.q <= f.to;

/** Whether the event of stage `s` of a record is in the activity of a filter. */
export const inActivity = (r: Rec, f: Filter, s: number): boolean => passesDims(r, f) && r.end >= s && eventQuarter(r, s) >= f.from && eventQuarter(r, s) <= f.to;

/** The rollup cells of a filter, as the database would return them (cohort and activity). */
export function cubes(recs: readonly Rec[], f: Filter): { cohort: CubeRow[]; activity: CubeRow[] } {
  const cohort = new Map<string, CubeRow>();
  const activity = new Map<string, CubeRow>();
  const add = (map: Map<string, CubeRow>, r: Rec, q: number, s: number) => {
    const key = `${r.homeCorop}|${r.workCorop}|${q}|${s}`;
    const old = map.get(key);
    const fase = FASES[s]!;
    map.set(key, {
      woon: homeProvince(r),
      werk: workProvince(r),
      sameCorop: r.homeCorop === r.workCorop,
      kwartaal: quarterCode(q),
      fase,
      n: (old?.n ?? 0) + 1,
      k: ((old?.k ?? 0) + r.rk) % KEY_MODULUS,
    });
  };
  for (const r of recs) {
    for (let s = 0; s <= r.end; s++) {
      if (inCohort(r, f)) add(cohort, r, r.q, s);
      if (inActivity(r, f, s)) add(activity, r, eventQuarter(r, s), s);
    }
  }
  return { cohort: [...cohort.values()], activity: [...activity.values()] };
}

/** The labour force of the miniature (public, known to every reader). */
export const LABOUR = new Map([
  ['P1', 500],
  ['P2', 300],
  ['P3', 1200],
]);

/** Builds the release of a filter with the real release builder. */
export function release(recs: readonly Rec[], f: Filter, matrixFase: IntakeFase = 'sollicitatie'): IntakeRelease {
  const { cohort, activity } = cubes(recs, f);
  const context: ReleaseContext = { provinces: PROVINCES, randstad: ['P3'], labourForce: { year: 2024, byProvince: LABOUR }, matrixFase, dataset: 'echt' };
  return buildIntakeRelease(cohort, activity, context);
}

/** A shown count with what it counts: `weight(rec)` records (0/1, or the number of events for activity totals). */
export interface ShownCount {
  where: string;
  cell: PublishedCell;
  weight: (r: Rec) => number;
  /** For cohort cells: the stage chain this cell ends (its running minimum is over these groups). */
  stage?: number;
  group?: (r: Rec) => boolean;
}

const HOMES = [...PROVINCES.map((p) => p.code), 'onbekend'];

/**
 * Every count a release shows, each with its definition over records — written from the indicator definitions, not
 * from the builder's code, so comparing the two checks the builder.
 */
export function shownCounts(rel: IntakeRelease, f: Filter, name: string): ShownCount[] {
  const out: ShownCount[] = [];
  const cohortCell = (where: string, cell: PublishedCell, group: (r: Rec) => boolean, stage: number) =>
    out.push({ where: `${name} ${where}`, cell, group: (r) => inCohort(r, f) && group(r), stage, weight: (r) => (inCohort(r, f) && group(r) && r.end >= stage ? 1 : 0) });
  const all = () => true;
  FASES.forEach((fase, s) => {
    rel.funnel.rows.forEach((row, i) => cohortCell(`trechter ${HOMES[i]} ${fase}`, row.reached[fase], (r) => homeProvince(r) === HOMES[i], s));
    cohortCell(`trechter totaal ${fase}`, rel.funnel.total.reached[fase], all, s);
    rel.trend.rows.forEach((row) => cohortCell(`trend ${row.region.code} ${fase}`, row.reached[fase], (r) => quarterCode(r.q) === row.region.code, s));
    const rs = rel.randstad.stages[fase];
    const hg = (r: Rec) => (homeProvince(r) === 'onbekend' ? 2 : homeProvince(r) === 'P3' ? 0 : 1);
    const wg = (r: Rec) => (workProvince(r) === 'P3' ? 0 : 1);
    rs.cells.forEach((cells, i) => cells.forEach((c, j) => cohortCell(`randstad ${fase} ${i}/${j}`, c, (r) => hg(r) === i && wg(r) === j, s)));
    rs.rowTotals.forEach((c, i) => cohortCell(`randstad ${fase} ${i}/*`, c, (r) => hg(r) === i, s));
    rs.columnTotals.forEach((c, j) => cohortCell(`randstad ${fase} */${j}`, c, (r) => wg(r) === j, s));
    cohortCell(`randstad ${fase} */*`, rs.grandTotal, all, s);
  });
  const m = rel.matrix;
  const ms = FASES.indexOf(m.fase);
  m.cells.forEach((cells, i) => cells.forEach((c, j) => cohortCell(`matrix ${m.fase} ${HOMES[i]}/${PROVINCES[j]!.code}`, c, (r) => homeProvince(r) === HOMES[i] && workProvince(r) === PROVINCES[j]!.code, ms)));
  m.rowTotals.forEach((c, i) => cohortCell(`matrix ${m.fase} ${HOMES[i]}/*`, c, (r) => homeProvince(r) === HOMES[i], ms));
  m.columnTotals.forEach((c, j) => cohortCell(`matrix ${m.fase} */${PROVINCES[j]!.code}`, c, (r) => workProvince(r) === PROVINCES[j]!.code, ms));
  cohortCell(`matrix ${m.fase} */*`, m.grandTotal, all, ms);
  const lt = rel.local.table;
  const localColumn = [(r: Rec) => r.homeCorop === r.workCorop, (r: Rec) => homeProvince(r) === workProvince(r), (r: Rec) => homeProvince(r) === 'onbekend'];
  lt.cells.forEach((cells, i) => cells.forEach((c, j) => cohortCell(`lokaal ${PROVINCES[i]!.code}/${j}`, c, (r) => workProvince(r) === PROVINCES[i]!.code && localColumn[j]!(r), 3)));
  lt.rowTotals.forEach((c, i) => cohortCell(`lokaal ${PROVINCES[i]!.code}/*`, c, (r) => workProvince(r) === PROVINCES[i]!.code, 3));
  lt.columnTotals.forEach((c, j) => cohortCell(`lokaal */${j}`, c, localColumn[j]!, 3));
  cohortCell('lokaal */*', lt.grandTotal, all, 3);
  cohortCell('bekend sollicitanten', rel.representation.knownTotals.applicants, (r) => homeProvince(r) !== 'onbekend', 0);
  cohortCell('bekend aangenomen', rel.representation.knownTotals.hires, (r) => homeProvince(r) !== 'onbekend', 3);
  const a = rel.activity;
  const inRow = (i: number | null) => (r: Rec) => i === null || homeProvince(r) === HOMES[i];
  const eventCell = (where: string, cell: PublishedCell, row: number | null, kind: number | null) =>
    out.push({
      where: `${name} activiteit ${where}`,
      cell,
      weight: (r) => (inRow(row)(r) ? FASES.reduce((sum, _, s) => sum + ((kind === null || kind === s) && inActivity(r, f, s) ? 1 : 0), 0) : 0),
    });
  a.cells.forEach((cells, i) => cells.forEach((c, j) => eventCell(`${HOMES[i]}/${j}`, c, i, j)));
  a.rowTotals.forEach((c, i) => eventCell(`${HOMES[i]}/*`, c, i, null));
  a.columnTotals.forEach((c, j) => eventCell(`*/${j}`, c, null, j));
  eventCell('*/*', a.grandTotal, null, null);
  return out;
}

/** A fact a page shows without a number: whether a set of records is empty (a row listed or left out, "no data"). */
export interface ShownPresence {
  where: string;
  weight: (r: Rec) => number;
  present: boolean;
}

/** What a release tells about empty groups: whether the filter has data at all, and which quarters the trend lists. */
export function presenceFacts(rel: IntakeRelease, f: Filter, name: string): ShownPresence[] {
  const out: ShownPresence[] = [{ where: `${name} gegevens`, weight: (r) => (inCohort(r, f) || FASES.some((_, s) => inActivity(r, f, s)) ? 1 : 0), present: rel.hasData }];
  for (let q = f.from; q <= f.to; q++) {
    out.push({ where: `${name} trend rij ${quarterCode(q)}`, weight: (r) => (inCohort(r, f) && r.q === q ? 1 : 0), present: rel.trend.rows.some((row) => row.region.code === quarterCode(q)) });
  }
  return out;
}

/** A percentage shown on its own: the share and the two counts it is computed from (which need not be shown). */
export interface ShownShare {
  where: string;
  cell: PublishedCell;
  numerator: ShownCount;
  denominator: ShownCount;
}

/**
 * Everything /dashboard/rijk shows besides the release of the filter, built by the real builders from the same
 * records: the organisations side by side (applicants, hires, % hired, % from outside the Randstad, % from the
 * workplace's province; the league behind the two shares, its table included) and measure 6 per quarter (hires by
 * home group and quarter with margins, % from outside the Randstad). Shares come with the counts they are computed
 * from, also when those counts are not shown themselves.
 */
export function nationalCounts(recs: readonly Rec[], f: Filter, name: string): { counts: ShownCount[]; shares: ShownShare[]; presence: ShownPresence[] } {
  const cohort = recs.filter((r) => inCohort(r, f));
  const byOrg = new Map<string, OrganisationCell>();
  const byQuarter = new Map<string, KeyedCell>();
  for (const r of cohort) {
    for (let s = 0; s <= r.end; s++) {
      const fase = FASES[s]!;
      const o = `${r.org}|${homeProvince(r)}|${workProvince(r)}|${s}`;
      const old = byOrg.get(o);
      byOrg.set(o, { organisatie: r.org, woon: homeProvince(r), werk: workProvince(r), fase, n: (old?.n ?? 0) + 1, k: ((old?.k ?? 0) + r.rk) % KEY_MODULUS });
      const q = `${r.q}|${homeProvince(r)}|${s}`;
      const oldQ = byQuarter.get(q);
      byQuarter.set(q, { kwartaal: quarterCode(r.q), woon: homeProvince(r), fase, n: (oldQ?.n ?? 0) + 1, k: ((oldQ?.k ?? 0) + r.rk) % KEY_MODULUS });
    }
  }
  const orgRows = [...byOrg.values()];
  const league = buildOrganisationLeague(orgRows, new Map(), ['P3']);
  const overview = buildOrganisationOverview(
    orgRows.map((r) => ({ organisatie: r.organisatie, fase: r.fase, n: r.n, k: r.k })),
    new Map(),
    league,
  );
  const trend = buildMeasureTrend([...byQuarter.values()], { fromQuarter: quarterCode(f.from), toQuarter: quarterCode(f.to) }, ['P3']);
  const counts: ShownCount[] = [];
  const shares: ShownShare[] = [];
  const chain = (where: string, cell: PublishedCell, group: (r: Rec) => boolean, stage: number): ShownCount => ({
    where: `${name} ${where}`,
    cell,
    group: (r) => inCohort(r, f) && group(r),
    stage,
    weight: (r) => (inCohort(r, f) && group(r) && r.end >= stage ? 1 : 0),
  });
  const home = (r: Rec) => homeProvince(r);
  const groups: Record<string, (r: Rec) => boolean> = {
    rest: (r) => home(r) !== 'onbekend' && home(r) !== 'P3',
    randstad: (r) => home(r) === 'P3',
    onbekend: (r) => home(r) === 'onbekend',
    bekend: (r) => home(r) !== 'onbekend',
    lokaal: (r) => home(r) === workProvince(r),
    alle: () => true,
  };
  const columns = ['rest', 'randstad', 'onbekend'] as const;
  const hires = 3;
  // The league table (rows in code order, labels = codes: the harness gives no names).
  league.table.rowLabels.forEach((org, i) => {
    const ofOrg = (g: (r: Rec) => boolean) => (r: Rec) => r.org === org && g(r);
    columns.forEach((g, j) => counts.push(chain(`ranglijst ${org}/${g}`, league.table.cells[i]![j]!, ofOrg(groups[g]!), hires)));
    counts.push(chain(`ranglijst ${org}/*`, league.table.rowTotals[i]!, ofOrg(groups.alle!), hires));
  });
  columns.forEach((g, j) => counts.push(chain(`ranglijst */${g}`, league.table.columnTotals[j]!, groups[g]!, hires)));
  counts.push(chain('ranglijst */*', league.table.grandTotal, groups.alle!, hires));
  for (const row of league.rows) {
    const ofOrg = (g: (r: Rec) => boolean) => (r: Rec) => r.org === row.organisatieCode && g(r);
    const share = (what: string, cell: PublishedCell, num: string, den: string) =>
      shares.push({ where: `${name} ranglijst ${row.organisatieCode} ${what}`, cell, numerator: chain(`ranglijst ${row.organisatieCode}/${num}`, cell, ofOrg(groups[num]!), hires), denominator: chain(`ranglijst ${row.organisatieCode}/${den}`, cell, ofOrg(groups[den]!), hires) });
    share('% buiten de Randstad', row.shareOutsideRandstad, 'rest', 'bekend');
    share('% lokaal', row.shareLocal, 'lokaal', 'alle');
  }
  // The organisations side by side: applicants and hires per organisation, and % hired from those two.
  for (const row of overview.rows) {
    const ofOrg = (r: Rec) => r.org === row.code;
    const applicants = chain(`organisaties ${row.code} sollicitaties`, row.applicants, ofOrg, 0);
    const hired = chain(`organisaties ${row.code} aangenomen`, row.hires, ofOrg, hires);
    counts.push(applicants, hired);
    shares.push({ where: `${name} organisaties ${row.code} % aangenomen`, cell: row.hireRate, numerator: hired, denominator: applicants });
  }
  // Measure 6 per quarter.
  trend.quarters.forEach((code, i) => {
    const inQuarter = (g: (r: Rec) => boolean) => (r: Rec) => quarterCode(r.q) === code && g(r);
    columns.forEach((g, j) => counts.push(chain(`maatregel ${code}/${g}`, trend.table.cells[i]![j]!, inQuarter(groups[g]!), hires)));
    counts.push(chain(`maatregel ${code}/*`, trend.table.rowTotals[i]!, inQuarter(groups.alle!), hires));
    shares.push({
      where: `${name} maatregel ${code} % buiten de Randstad`,
      cell: trend.shares[i]!,
      numerator: chain(`maatregel ${code}/rest`, trend.shares[i]!, inQuarter(groups.rest!), hires),
      denominator: chain(`maatregel ${code}/bekend`, trend.shares[i]!, inQuarter(groups.bekend!), hires),
    });
  });
  columns.forEach((g, j) => counts.push(chain(`maatregel */${g}`, trend.table.columnTotals[j]!, groups[g]!, hires)));
  counts.push(chain('maatregel */*', trend.table.grandTotal, groups.alle!, hires));
  // An organisation is listed (league, overview or the sentence of hidden names) exactly when it has applications.
  const listed = new Set([...overview.rows.map((r) => r.code), ...overview.hiddenNames]);
  const presence = ORGS.filter((org) => f.orgs.includes(org)).map((org) => ({ where: `${name} organisatie ${org} genoemd`, weight: (r: Rec) => (inCohort(r, f) && r.org === org ? 1 : 0), present: listed.has(org) }));
  return { counts, shares, presence };
}

type KeyedCell = { kwartaal: string; woon: string; fase: IntakeFase; n: number; k: number };

/** What a cell's published value must be by the method: own cell, running minimum over its stage chain for cohort cells. */
export function expectedPublished(recs: readonly Rec[], shown: ShownCount): number {
  const cellOf = (weight: (r: Rec) => number) => {
    let n = 0;
    let k = 0;
    for (const r of recs) {
      const w = weight(r);
      if (w > 0) {
        n += w;
        k = (k + w * r.rk) % KEY_MODULUS;
      }
    }
    return { n, k };
  };
  if (shown.stage === undefined || !shown.group) return publishCell(cellOf(shown.weight));
  let min = Number.POSITIVE_INFINITY;
  for (let s = 0; s <= shown.stage; s++) {
    const g = shown.group;
    min = Math.min(min, publishCell(cellOf((r) => (g(r) && r.end >= s ? 1 : 0))));
  }
  return min;
}

/** The lists with one value more or less than `chosen` (omitted = every value), never empty. */
function oneMoreOrLess(chosen: readonly string[] | undefined, all: readonly string[]): { name: string; values: string[] }[] {
  const current = chosen ?? all;
  const out: { name: string; values: string[] }[] = [];
  for (const v of all) {
    if (!current.includes(v)) out.push({ name: `${v} erbij`, values: [...current, v] });
    else if (current.length > 1) out.push({ name: `${v} eraf`, values: current.filter((x) => x !== v) });
  }
  return out;
}

/**
 * The filter and its neighbours: one quarter more or less, the previous period of the same length (the headline
 * compares with it), and one organisation, field, level or workplace province more or less. Fields, levels,
 * organisations and workplace provinces are lists in the real filter (dashboard-params.ts), so "one more or less"
 * is a list with one value added or removed.
 */
export function neighbourhood(base: Filter, kinds?: readonly string[]): { name: string; filter: Filter }[] {
  const out = [{ name: 'basis', filter: base }];
  if (base.from > 0) out.push({ name: 'kwartaal eerder erbij', filter: { ...base, from: base.from - 1 } });
  if (base.to < QUARTERS - 1) out.push({ name: 'kwartaal later erbij', filter: { ...base, to: base.to + 1 } });
  if (base.to > base.from) out.push({ name: 'kwartaal minder', filter: { ...base, to: base.to - 1 } });
  const length = base.to - base.from + 1;
  if (base.from - length >= 0) out.push({ name: 'kwartaal vorige periode', filter: { ...base, from: base.from - length, to: base.from - 1 } });
  for (const org of ORGS) {
    const has = base.orgs.includes(org);
    if (!has) out.push({ name: `organisatie ${org} erbij`, filter: { ...base, orgs: [...base.orgs, org] } });
    else if (base.orgs.length > 1) out.push({ name: `organisatie ${org} eraf`, filter: { ...base, orgs: base.orgs.filter((o) => o !== org) } });
  }
  for (const { name, values } of oneMoreOrLess(base.fields, FIELDS)) out.push({ name: `vakgebied ${name}`, filter: { ...base, fields: values } });
  for (const { name, values } of oneMoreOrLess(base.levels, LEVELS)) out.push({ name: `niveau ${name}`, filter: { ...base, levels: values } });
  const provinces = PROVINCES.map((p) => p.code);
  for (const { name, values } of oneMoreOrLess(base.works, provinces)) out.push({ name: `werkprovincie ${name}`, filter: { ...base, works: values } });
  // Also a single province (two less than all): the filter a reader of one province's figures would choose.
  if (!base.works) for (const code of provinces) out.push({ name: `werkprovincie alleen ${code}`, filter: { ...base, works: [code] } });
  return kinds ? out.filter((n) => n.name === 'basis' || kinds.some((k) => n.name.startsWith(k))) : out;
}

/** Every virtual record of the miniature (all combinations), for the solver's unknowns. */
export function allCombinations(): Rec[] {
  const out: Rec[] = [];
  for (const org of ORGS)
    for (let q = 0; q < QUARTERS; q++)
      for (const field of FIELDS)
        for (const level of LEVELS)
          for (const homeCorop of HOME_COROPS)
            for (const workCorop of WORK_COROPS)
              for (let end = 0; end < 4; end++)
                for (const shift of [0, 1]) out.push({ org, q, field, level, homeCorop, workCorop, end, shift, rk: 0 });
  return out;
}

/** Identity of a virtual record (without its key). */
export const comboKey = (r: Rec): string => `${r.org}|${r.q}|${r.field}|${r.level}|${r.homeCorop}|${r.workCorop}|${r.end}|${r.shift}`;
