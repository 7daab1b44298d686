import type { PublishedCell, PublishedList, PublishedTable } from '../disclosure/index.ts';
import {
  EMPTY_CELL,
  RELEASE_NOTE,
  RELEASE_NOTE_EN,
  addCells,
  hiddenDerived,
  holmAdjust,
  isShown,
  presentCount,
  presentInterval,
  presentPValue,
  presentRatio,
  presentShare,
  publishCell,
  publishStages,
  publishedFisher,
  shareAllowed,
  type KeyedCount,
} from '../disclosure/cell-key/index.ts';
import type { IntakeFase } from '../db/schema-intake.ts';
import { INTAKE_DEFINITIONS, type IndicatorDefinition } from './definitions.ts';
import type { RegionRef } from './intake-filter.ts';
import { FASE_LABELS, FASES, ONBEKEND, ONBEKEND_LABEL, faseRank } from './intake-vocabulary.ts';
import { quarterLabel } from './quarter.ts';
import { GROUP_LABELS, type HomeGroup, type WorkGroup } from './randstad-split.ts';

/**
 * The one release builder for intake figures: from the filtered rollup cells (true counts with their key sums) it
 * builds every table anyone but the importing organisation sees. Every shown count is a cell published through the
 * cell-key method (src/lib/disclosure/cell-key/); every rate, interval, index and test is computed from published
 * counts that are themselves shown. The same set of records gives the same published value wherever it appears.
 */

/** One rollup cell after filtering: dimensions, true count and key sum. `fase` is the stage (cohort) or event kind (activity). */
export interface CubeRow extends KeyedCount {
  readonly woon: string;
  readonly woonCorop: string;
  readonly werk: string;
  readonly werkCorop: string;
  readonly kwartaal: string;
  readonly fase: IntakeFase;
}

/** What the release needs besides the cells. */
export interface ReleaseContext {
  /** The twelve provinces in code order (home and work). */
  readonly provinces: readonly RegionRef[];
  readonly randstad: readonly string[];
  /** CBS labour force per province and its year, or null. */
  readonly labourForce: { readonly year: number; readonly byProvince: ReadonlyMap<string, number> } | null;
  /** Stage shown in the home × work matrix. */
  readonly matrixFase: IntakeFase;
  /** 'voorbeeld' = demo data only, 'echt' = real data only; never both. */
  readonly dataset: 'echt' | 'voorbeeld';
}

type Disclosed<T> = T & { definition: IndicatorDefinition; containsDemo: boolean };
type LaterStage = Exclude<IntakeFase, 'sollicitatie'>;
const LATER_STAGES = ['gesprek', 'aanbod', 'aangenomen'] as const satisfies readonly LaterStage[];

/** A published funnel line: reached-stage counts and the rates of reaching each later stage. */
export interface PublishedFunnelRow {
  region: RegionRef;
  reached: Record<IntakeFase, PublishedCell>;
  rates: Record<LaterStage, PublishedCell>;
  /** The published values behind `reached` (also below 10); for derived figures inside the release only. */
  published: Record<IntakeFase, number>;
}

/** A published funnel: one row per group plus the total. */
export interface PublishedFunnel {
  rows: PublishedFunnelRow[];
  total: PublishedFunnelRow;
  note: string;
  noteEn: string;
}

/** Verdict of a selection comparison on published counts. */
export type PublishedSelectionVerdict = 'referentie' | 'lager-significant' | 'lager-niet-significant' | 'geen-aanwijzing' | 'te-weinig-waarnemingen';

/** Dutch texts of the verdicts. */
export const PUBLISHED_VERDICT_LABELS: Record<PublishedSelectionVerdict, string> = {
  referentie: 'Referentie (hoogste doorstroom)',
  'lager-significant': 'Lager en significant',
  'lager-niet-significant': 'Lager, niet significant',
  'geen-aanwijzing': 'Geen aanwijzing',
  'te-weinig-waarnemingen': 'Te weinig waarnemingen',
};

/** A published selection comparison of one group. */
export interface PublishedSelectionGroup {
  region: RegionRef;
  rate: PublishedCell;
  interval: PublishedCell;
  ratio: PublishedCell;
  /** Holm-adjusted Fisher p-value. */
  pValue: PublishedCell;
  verdict: PublishedSelectionVerdict;
  verdictText: string;
}

/** Local intake per work province. */
export interface PublishedLocalIntake {
  fase: IntakeFase;
  /** Rows = work provinces; columns = same COROP, same province (COROP included), unknown home; row total = all at the stage. */
  table: PublishedTable;
  rows: { region: RegionRef; shareSameProvince: PublishedCell; shareSameCorop: PublishedCell }[];
  total: { shareSameProvince: PublishedCell; shareSameCorop: PublishedCell };
  definitions: { provincie: IndicatorDefinition; corop: IndicatorDefinition };
  containsDemo: boolean;
}

/** Representation per province. */
export interface PublishedRepresentation {
  labourForceYear: number | null;
  applicants: PublishedList;
  hires: PublishedList;
  /** Applicants and hires with a known home province: the denominators of the shares (own cells). */
  knownTotals: { applicants: PublishedCell; hires: PublishedCell };
  rows: { region: RegionRef; applicantIndex: PublishedCell; hireIndex: PublishedCell }[];
  definitions: { sollicitanten: IndicatorDefinition; aangenomen: IndicatorDefinition };
  containsDemo: boolean;
}

// ---- aggregation ---------------------------------------------------------------------------------------------

type StageCells = KeyedCount[];

function stageCells(): StageCells {
  return FASES.map(() => EMPTY_CELL);
}

/** Sums the cube per key (null = skip), per stage: one pass. */
function aggregate(cube: readonly CubeRow[], keyOf: (row: CubeRow) => string | null): Map<string, StageCells> {
  const out = new Map<string, StageCells>();
  for (const row of cube) {
    const key = keyOf(row);
    if (key === null) continue;
    const cells = out.get(key) ?? stageCells();
    const s = faseRank(row.fase);
    cells[s] = addCells(cells[s]!, row);
    out.set(key, cells);
  }
  return out;
}

/** Published, non-increasing stage values of a group (all zero when it has no cells). */
function stagesOf(map: ReadonlyMap<string, StageCells>, key: string): number[] {
  return publishStages(map.get(key) ?? stageCells());
}

// ---- tables ----------------------------------------------------------------------------------------------------

function funnelRow(region: RegionRef, published: readonly number[]): PublishedFunnelRow {
  const values = Object.fromEntries(FASES.map((f, s) => [f, published[s]!])) as Record<IntakeFase, number>;
  const reached = Object.fromEntries(FASES.map((f) => [f, presentCount(values[f])])) as Record<IntakeFase, PublishedCell>;
  const rates = Object.fromEntries(LATER_STAGES.map((f) => [f, presentShare(values[f], values.sollicitatie)])) as Record<LaterStage, PublishedCell>;
  return { region, reached, rates, published: values };
}

/** A two-way table whose every cell, margin and grand total is its own published cell. */
function crossTable(
  rowLabels: readonly string[],
  columnLabels: readonly string[],
  value: (row: number | null, column: number | null) => number,
): PublishedTable {
  return {
    rowLabels,
    columnLabels,
    cells: rowLabels.map((_, i) => columnLabels.map((_, j) => presentCount(value(i, j)))),
    rowTotals: rowLabels.map((_, i) => presentCount(value(i, null))),
    columnTotals: columnLabels.map((_, j) => presentCount(value(null, j))),
    grandTotal: presentCount(value(null, null)),
    note: RELEASE_NOTE,
    noteEn: RELEASE_NOTE_EN,
  };
}

/** Everything the dashboards, the publication preview, the export, the API and the yearly report show about intake. */
export function buildIntakeRelease(cohort: readonly CubeRow[], activity: readonly CubeRow[], context: ReleaseContext) {
  const containsDemo = context.dataset === 'voorbeeld';
  const provinces = context.provinces;
  const homes: RegionRef[] = [...provinces, { code: ONBEKEND, naam: ONBEKEND_LABEL.nl }];
  const matrixStage = faseRank(context.matrixFase);
  const ALL = '*';

  // Funnel by home province; the total row is the cell of all records (its own key).
  const byHome = aggregate(cohort, (r) => r.woon);
  const all = aggregate(cohort, () => ALL);
  const funnelRows = homes.map((h) => funnelRow(h, stagesOf(byHome, h.code)));
  const funnelTotal = funnelRow({ code: 'totaal', naam: 'Totaal' }, stagesOf(all, ALL));
  const funnel: Disclosed<PublishedFunnel> = {
    rows: funnelRows,
    total: funnelTotal,
    note: RELEASE_NOTE,
    noteEn: RELEASE_NOTE_EN,
    definition: INTAKE_DEFINITIONS.trechter,
    containsDemo,
  };

  // Home × work matrix at one stage; row totals are the funnel cells, the grand total the funnel total.
  const byHomeWork = aggregate(cohort, (r) => `${r.woon}|${r.werk}`);
  const byWork = aggregate(cohort, (r) => r.werk);
  const matrixTable = crossTable(
    homes.map((h) => h.naam),
    provinces.map((p) => p.naam),
    (i, j) => {
      if (i !== null && j !== null) return stagesOf(byHomeWork, `${homes[i]!.code}|${provinces[j]!.code}`)[matrixStage]!;
      if (i !== null) return funnelRows[i]!.published[context.matrixFase];
      if (j !== null) return stagesOf(byWork, provinces[j]!.code)[matrixStage]!;
      return funnelTotal.published[context.matrixFase];
    },
  );
  const matrix = { ...matrixTable, fase: context.matrixFase, definition: INTAKE_DEFINITIONS.herkomst, containsDemo };

  // Local intake (hires) per work province: same COROP, same province, unknown home, all; each its own cell.
  const hired = faseRank('aangenomen');
  const sameProvince = aggregate(cohort, (r) => (r.woon === r.werk ? r.werk : null));
  const sameCorop = aggregate(cohort, (r) => (r.woonCorop === r.werkCorop ? r.werk : null));
  const unknownHome = aggregate(cohort, (r) => (r.woon === ONBEKEND ? r.werk : null));
  const anyWork = (map: Map<string, StageCells>): number => {
    const cells = stageCells();
    for (const stages of map.values()) stages.forEach((c, s) => (cells[s] = addCells(cells[s]!, c)));
    return publishStages(cells)[hired]!;
  };
  const localValues = [sameCorop, sameProvince, unknownHome];
  const localTable = crossTable(
    provinces.map((p) => p.naam),
    ['Zelfde COROP-regio', 'Zelfde provincie', 'Woonregio onbekend'],
    (i, j) => {
      if (i !== null && j !== null) return stagesOf(localValues[j]!, provinces[i]!.code)[hired]!;
      if (i !== null) return stagesOf(byWork, provinces[i]!.code)[hired]!;
      if (j !== null) return anyWork(localValues[j]!);
      return funnelTotal.published.aangenomen;
    },
  );
  const localShares = (province: number, corop: number, total: number) => ({
    shareSameProvince: presentShare(province, total),
    shareSameCorop: presentShare(corop, total),
  });
  const local: PublishedLocalIntake = {
    fase: 'aangenomen',
    table: localTable,
    rows: provinces.map((p) => ({
      region: p,
      ...localShares(stagesOf(sameProvince, p.code)[hired]!, stagesOf(sameCorop, p.code)[hired]!, stagesOf(byWork, p.code)[hired]!),
    })),
    total: localShares(anyWork(sameProvince), anyWork(sameCorop), funnelTotal.published.aangenomen),
    definitions: { provincie: INTAKE_DEFINITIONS['lokale-instroom-provincie'], corop: INTAKE_DEFINITIONS['lokale-instroom-corop'] },
    containsDemo,
  };

  // Randstad split per stage: home group × work group, margins and total each their own cell.
  const inRandstad = new Set(context.randstad);
  const homeGroup = (code: string): HomeGroup => (code === ONBEKEND ? 'onbekend' : inRandstad.has(code) ? 'randstad' : 'rest');
  const workGroup = (code: string): WorkGroup => (inRandstad.has(code) ? 'randstad' : 'rest');
  const homeGroups = ['randstad', 'rest', 'onbekend'] as const;
  const workGroups = ['randstad', 'rest'] as const;
  const split = aggregate(cohort, (r) => `${homeGroup(r.woon)}|${workGroup(r.werk)}`);
  const splitHome = aggregate(cohort, (r) => homeGroup(r.woon));
  const splitWork = aggregate(cohort, (r) => workGroup(r.werk));
  const randstadStages = Object.fromEntries(
    FASES.map((fase, s) => [
      fase,
      crossTable(
        homeGroups.map((h) => `Woont: ${GROUP_LABELS[h]}`),
        workGroups.map((w) => `Werkt: ${GROUP_LABELS[w]}`),
        (i, j) => {
          if (i !== null && j !== null) return stagesOf(split, `${homeGroups[i]}|${workGroups[j]}`)[s]!;
          if (i !== null) return stagesOf(splitHome, homeGroups[i]!)[s]!;
          if (j !== null) return stagesOf(splitWork, workGroups[j]!)[s]!;
          return funnelTotal.published[fase];
        },
      ),
    ]),
  ) as Record<IntakeFase, PublishedTable>;
  const randstad = { stages: randstadStages, definition: INTAKE_DEFINITIONS.randstad, containsDemo };

  // Representation: province cells are the funnel cells; the known-home total is a cell of its own.
  const known = aggregate(cohort, (r) => (r.woon === ONBEKEND ? null : ALL));
  const knownStages = stagesOf(known, ALL);
  const knownApplicants = knownStages[0]!;
  const knownHires = knownStages[hired]!;
  const totalLabour = provinces.reduce((sum, p) => sum + (context.labourForce?.byProvince.get(p.code) ?? 0), 0);
  const index = (count: number, total: number, code: string): PublishedCell => {
    const labour = context.labourForce?.byProvince.get(code) ?? 0;
    if (!shareAllowed(count, total) || labour <= 0 || totalLabour <= 0) return hiddenDerived();
    return presentRatio(count / total / (labour / totalLabour));
  };
  const list = (stage: IntakeFase): PublishedList => ({
    items: funnelRows.map((r) => ({ label: r.region.naam, cell: r.reached[stage] })),
    total: funnelTotal.reached[stage],
    note: RELEASE_NOTE,
    noteEn: RELEASE_NOTE_EN,
  });
  const representation: PublishedRepresentation = {
    labourForceYear: context.labourForce?.year ?? null,
    applicants: list('sollicitatie'),
    hires: list('aangenomen'),
    knownTotals: { applicants: presentCount(knownApplicants), hires: presentCount(knownHires) },
    rows: provinces.map((p, i) => ({
      region: p,
      applicantIndex: index(funnelRows[i]!.published.sollicitatie, knownApplicants, p.code),
      hireIndex: index(funnelRows[i]!.published.aangenomen, knownHires, p.code),
    })),
    definitions: { sollicitanten: INTAKE_DEFINITIONS['representatie-sollicitanten'], aangenomen: INTAKE_DEFINITIONS['representatie-aangenomen'] },
    containsDemo,
  };

  const selection = { stages: LATER_STAGES.map((fase) => compareOnPublished(fase, funnelRows)), definition: INTAKE_DEFINITIONS.selectieratio, containsDemo };

  // Trend: one row per application quarter; the total row is the funnel total.
  const byQuarter = aggregate(cohort, (r) => r.kwartaal);
  const quarters = [...byQuarter.keys()].sort();
  const trend: Disclosed<PublishedFunnel> = {
    rows: quarters.map((q) => funnelRow({ code: q, naam: quarterLabel(q) }, stagesOf(byQuarter, q))),
    total: funnelTotal,
    note: RELEASE_NOTE,
    noteEn: RELEASE_NOTE_EN,
    definition: INTAKE_DEFINITIONS.kwartaaltrend,
    containsDemo,
  };

  // Activity: events are not nested, so each cell is published on its own (no running minimum); the row total counts
  // events of all kinds (a cell of its own as well).
  const eventsByHome = aggregate(activity, (r) => r.woon);
  const eventsAll = aggregate(activity, () => ALL);
  const eventTotal = (cells: StageCells | undefined): number => publishCell((cells ?? stageCells()).reduce(addCells, EMPTY_CELL));
  const activityTable = crossTable(
    homes.map((h) => h.naam),
    ACTIVITY_COLUMNS.map((c) => c.nl),
    (i, j) => {
      const cells = i === null ? eventsAll.get(ALL) : eventsByHome.get(homes[i]!.code);
      return j === null ? eventTotal(cells) : publishCell((cells ?? stageCells())[faseRank(ACTIVITY_COLUMNS[j]!.fase)]!);
    },
  );

  return {
    dataset: context.dataset,
    /** Whether the filter has any records at all in this dataset (decides the "no data yet" message). */
    hasData: cohort.length > 0 || activity.length > 0,
    funnel,
    matrix,
    local,
    randstad,
    representation,
    selection,
    trend,
    activity: { ...activityTable, definition: INTAKE_DEFINITIONS.activiteit, containsDemo },
    containsDemo,
  };
}

/** The release of one filter. */
export type IntakeRelease = ReturnType<typeof buildIntakeRelease>;

/** Column headers of the published activity table, Dutch and English, in table order. */
export const ACTIVITY_COLUMNS = [
  { fase: 'sollicitatie', nl: 'Sollicitaties ontvangen', en: 'Applications received' },
  { fase: 'gesprek', nl: 'Gesprekken', en: 'Interviews' },
  { fase: 'aanbod', nl: 'Aanbiedingen', en: 'Offers' },
  { fase: 'aangenomen', nl: 'Indiensttredingen', en: 'Hires' },
] as const satisfies readonly { fase: IntakeFase; nl: string; en: string }[];

/** Significance level of the selection test (after Holm's correction over the provinces compared). */
export const SELECTION_ALPHA = 0.05;

/** The four-fifths rule: a selection rate below 0.8 × the reference rate counts as lower. */
export const FOUR_FIFTHS = 0.8;

/**
 * Selection rates per home province against the province with the highest rate, on published counts only. A group
 * takes part (also as reference) only when its rate may be published (published applicants ≥ 50 and the stage count
 * shown); the unknown home region never does. Fisher's exact test per group against the reference, Holm-corrected over
 * all groups compared. "Lager" = below four fifths of the reference rate.
 */
export function compareOnPublished(fase: LaterStage, rows: readonly PublishedFunnelRow[]) {
  const eligible = (r: PublishedFunnelRow): boolean => r.region.code !== ONBEKEND && shareAllowed(r.published[fase], r.published.sollicitatie);
  const rate = (r: PublishedFunnelRow): number => r.published[fase] / r.published.sollicitatie;
  let reference: PublishedFunnelRow | null = null;
  for (const r of rows) if (eligible(r) && (reference === null || rate(r) > rate(reference))) reference = r;
  const compared = reference === null ? [] : rows.filter((r) => eligible(r) && r !== reference);
  const raw = compared.map((r) => publishedFisher(r.published[fase], r.published.sollicitatie, reference!.published[fase], reference!.published.sollicitatie));
  const adjusted = new Map(compared.map((r, i) => [r, holmAdjust(raw)[i]!]));
  const groups = rows.map((r): PublishedSelectionGroup => {
    const shown = eligible(r);
    const base = { region: r.region, rate: presentShare(r.published[fase], r.published.sollicitatie), interval: presentInterval(r.published[fase], r.published.sollicitatie) };
    let verdict: PublishedSelectionVerdict = 'te-weinig-waarnemingen';
    let ratio = hiddenDerived();
    let pValue = hiddenDerived();
    if (shown && reference !== null) {
      if (r === reference) {
        verdict = 'referentie';
        ratio = presentRatio(1);
      } else {
        const value = rate(r) / rate(reference);
        const p = adjusted.get(r)!;
        ratio = presentRatio(value);
        pValue = presentPValue(p);
        verdict = value >= FOUR_FIFTHS ? 'geen-aanwijzing' : p < SELECTION_ALPHA ? 'lager-significant' : 'lager-niet-significant';
      }
    }
    return { ...base, ratio, pValue, verdict, verdictText: PUBLISHED_VERDICT_LABELS[verdict] };
  });
  return { fase, reference: reference?.region ?? null, groups };
}

/** Column headers of a published funnel, Dutch and English. */
export const FUNNEL_COLUMNS = FASES.map((fase) => ({ fase, ...FASE_LABELS[fase] }));

/** Whether a published count is shown (re-exported for views that build sentences). */
export { isShown };
