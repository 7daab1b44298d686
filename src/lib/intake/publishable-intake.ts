import { suppressedCell, valueCell } from '../disclosure/cell.ts';
import {
  formatNumber,
  publishRate,
  resolvePolicy,
  roundToStep,
  suppressList,
  suppressTable,
  type DisclosurePolicy,
  type PublishedCell,
  type PublishedList,
  type PublishedTable,
} from '../disclosure/index.ts';
import type { IntakeFase } from '../db/schema-intake.ts';
import type { ActivityResult } from './activity-funnel.ts';
import { INTAKE_DEFINITIONS, type IndicatorDefinition } from './definitions.ts';
import type { FunnelResult } from './funnel-query.ts';
import type { RegionRef } from './intake-filter.ts';
import { FASE_LABELS, FASES, type StageCounts } from './intake-vocabulary.ts';
import type { LocalIntakeResult } from './local-intake-share.ts';
import type { OriginMatrix } from './origin-matrix.ts';
import type { QuarterlyTrend } from './quarterly-trend.ts';
import { GROUP_LABELS, type RandstadSplit } from './randstad-split.ts';
import type { RepresentationResult } from './representation-index.ts';
import { SELECTION_VERDICT_LABELS, type SelectionVerdict, type StageSelection } from './selection-rate.ts';

/**
 * Everything intake shows to anyone but the importing organisation itself goes through this module: counts via
 * suppressTable / suppressList (primary and complementary suppression, rounding, with all margins), rates via
 * publishRate (denominator ≥ 50) — and a rate or a derived sum only when it cannot reveal a hidden count.
 */

/** Options of every publish function. */
export interface PublishOptions {
  policy?: Partial<DisclosurePolicy>;
}

type Disclosed<T> = T & { definition: IndicatorDefinition; containsDemo: boolean };

const STAGES_AFTER_APPLICATION = ['gesprek', 'aanbod', 'aangenomen'] as const;

/**
 * Whether the sum of the cells at `indices` in one table line follows from what is shown anyway: all of them are
 * visible, or all other cells and the line total are. Only then may the sum (or a rate built on it) be
 * published without giving away a hidden cell.
 */
export function isDerivableSum(cells: readonly PublishedCell[], total: PublishedCell, indices: readonly number[]): boolean {
  const inside = new Set(indices);
  const visible = (c: PublishedCell): boolean => c.kind === 'value';
  if (cells.every((c, j) => !inside.has(j) || visible(c))) return true;
  return visible(total) && cells.every((c, j) => inside.has(j) || visible(c));
}

/** A derived sum: rounded like a count when derivable, otherwise hidden as secondary. */
function derivedCount(raw: number, derivable: boolean, policy: DisclosurePolicy): PublishedCell {
  return derivable ? valueCell(roundToStep(raw, policy.rounding)) : suppressedCell('secundair', policy);
}

/** A rate whose numerator is a derived sum: only when that sum is publishable, then by publishRate's own rules. */
function derivedRate(numerator: number, denominator: number, numeratorCell: PublishedCell, denominatorCell: PublishedCell, options: PublishOptions): PublishedCell {
  const policy = resolvePolicy(options.policy);
  if (denominator < policy.minDenominator) return suppressedCell('noemer', policy);
  if (numeratorCell.kind !== 'value' || denominatorCell.kind !== 'value') return suppressedCell('secundair', policy);
  return publishRate(numerator, denominator, options.policy ? { policy: options.policy } : {});
}

/** A published funnel line: reached-stage counts and the rates of reaching each later stage. */
export interface PublishedFunnelRow {
  region: RegionRef;
  reached: Record<IntakeFase, PublishedCell>;
  rates: Record<(typeof STAGES_AFTER_APPLICATION)[number], PublishedCell>;
}

/** A published funnel: one row per group plus the total. */
export interface PublishedFunnel {
  rows: PublishedFunnelRow[];
  total: PublishedFunnelRow;
  /** The underlying table of exclusive end stages ("got no further than …"), which is what was suppressed. */
  table: PublishedTable;
  note: string;
  noteEn: string;
}

/**
 * Publishes reached-stage counts. Reached counts are nested (hires ⊂ offers ⊂ …), so their differences are
 * counts too; suppression therefore runs on the additive table of exclusive end stages (groups × "no further
 * than"), whose row totals are the applicants. A reached count is the sum of the end stages from that stage on
 * and is shown only when derivable from that table (see {@link isDerivableSum}).
 */
export function publishFunnelRows(rows: readonly { region: RegionRef; counts: StageCounts }[], options: PublishOptions = {}): PublishedFunnel {
  const policy = resolvePolicy(options.policy);
  const exclusive = (c: StageCounts): number[] => [c.sollicitatie - c.gesprek, c.gesprek - c.aanbod, c.aanbod - c.aangenomen, c.aangenomen];
  const table = suppressTable(
    {
      rowLabels: rows.map((r) => r.region.naam),
      columnLabels: ['Niet verder dan sollicitatie', 'Niet verder dan gesprek', 'Niet verder dan aanbod', 'Aangenomen'],
      counts: rows.map((r) => exclusive(r.counts)),
    },
    { policy },
  );
  const line = (region: RegionRef, counts: StageCounts, cells: readonly PublishedCell[], total: PublishedCell): PublishedFunnelRow => {
    const reached = { sollicitatie: total } as Record<IntakeFase, PublishedCell>;
    FASES.forEach((fase, s) => {
      // Reached stage s = the exclusive end stages s, s+1, …, aangenomen.
      if (s > 0) reached[fase] = derivedCount(counts[fase], isDerivableSum(cells, total, Array.from({ length: FASES.length - s }, (_, k) => s + k)), policy);
    });
    const rates = {} as PublishedFunnelRow['rates'];
    for (const fase of STAGES_AFTER_APPLICATION) rates[fase] = derivedRate(counts[fase], counts.sollicitatie, reached[fase], total, options);
    return { region, reached, rates };
  };
  const totalCounts = rows.reduce<StageCounts>(
    (sum, r) => ({
      sollicitatie: sum.sollicitatie + r.counts.sollicitatie,
      gesprek: sum.gesprek + r.counts.gesprek,
      aanbod: sum.aanbod + r.counts.aanbod,
      aangenomen: sum.aangenomen + r.counts.aangenomen,
    }),
    { sollicitatie: 0, gesprek: 0, aanbod: 0, aangenomen: 0 },
  );
  return {
    rows: rows.map((r, i) => line(r.region, r.counts, table.cells[i]!, table.rowTotals[i]!)),
    total: line({ code: 'totaal', naam: 'Totaal' }, totalCounts, table.columnTotals, table.grandTotal),
    table,
    note: table.note,
    noteEn: table.noteEn,
  };
}

/** The funnel per home province, ready for publication. */
export function publishFunnel(funnel: FunnelResult, options: PublishOptions = {}): Disclosed<PublishedFunnel> {
  return { ...publishFunnelRows(funnel.rows, options), definition: INTAKE_DEFINITIONS.trechter, containsDemo: funnel.containsDemo };
}

/** Column headers of the published activity table, Dutch and English, in table order. */
export const ACTIVITY_COLUMNS = [
  { fase: 'sollicitatie', nl: 'Sollicitaties ontvangen', en: 'Applications received' },
  { fase: 'gesprek', nl: 'Gesprekken', en: 'Interviews' },
  { fase: 'aanbod', nl: 'Aanbiedingen', en: 'Offers' },
  { fase: 'aangenomen', nl: 'Indiensttredingen', en: 'Hires' },
] as const satisfies readonly { fase: IntakeFase; nl: string; en: string }[];

/**
 * Activity per home province as a suppressed table (rows = provinces and 'onbekend', columns = the four event
 * kinds, with all margins). Only counts: the event kinds are not nested, so no rate is derived from them.
 * The row total is the number of events of all kinds together, not a number of applicants.
 */
export function publishActivity(activity: ActivityResult, options: PublishOptions = {}): Disclosed<PublishedTable> {
  const table = suppressTable(
    {
      rowLabels: activity.rows.map((r) => r.region.naam),
      columnLabels: ACTIVITY_COLUMNS.map((c) => c.nl),
      counts: activity.rows.map((r) => ACTIVITY_COLUMNS.map((c) => r.counts[c.fase])),
    },
    options.policy ? { policy: options.policy } : {},
  );
  return { ...table, definition: INTAKE_DEFINITIONS.activiteit, containsDemo: activity.containsDemo };
}

/** The quarterly trend, ready for publication (the quarters are the rows of the suppressed table). */
export function publishTrend(trend: QuarterlyTrend, options: PublishOptions = {}): Disclosed<PublishedFunnel> {
  return {
    ...publishFunnelRows(
      trend.quarters.map((q) => ({ region: q.funnel.region, counts: q.funnel.counts })),
      options,
    ),
    definition: INTAKE_DEFINITIONS.kwartaaltrend,
    containsDemo: trend.containsDemo,
  };
}

/** The home × work province matrix of one stage, suppressed with all margins. */
export function publishOriginMatrix(matrix: OriginMatrix, options: PublishOptions = {}): Disclosed<PublishedTable & { fase: IntakeFase }> {
  const table = suppressTable(
    { rowLabels: matrix.rows.map((r) => r.naam), columnLabels: matrix.columns.map((c) => c.naam), counts: matrix.counts },
    options.policy ? { policy: options.policy } : {},
  );
  return { ...table, fase: matrix.fase, definition: INTAKE_DEFINITIONS.herkomst, containsDemo: matrix.containsDemo };
}

/** Local intake per work province: the additive split it was suppressed as, and the two shares. */
export interface PublishedLocalIntake {
  fase: IntakeFase;
  /** Rows = work provinces; columns = same COROP, same province other COROP, other province, unknown. */
  table: PublishedTable;
  rows: { region: RegionRef; shareSameProvince: PublishedCell; shareSameCorop: PublishedCell }[];
  total: { shareSameProvince: PublishedCell; shareSameCorop: PublishedCell };
  definitions: { provincie: IndicatorDefinition; corop: IndicatorDefinition };
  containsDemo: boolean;
}

/** Publishes the local intake shares (see {@link PublishedLocalIntake}). */
export function publishLocalIntake(result: LocalIntakeResult, options: PublishOptions = {}): PublishedLocalIntake {
  const split = (r: { total: number; sameProvince: number; sameCorop: number; unknownHome: number }): number[] => [
    r.sameCorop,
    r.sameProvince - r.sameCorop,
    r.total - r.sameProvince - r.unknownHome,
    r.unknownHome,
  ];
  const table = suppressTable(
    {
      rowLabels: result.rows.map((r) => r.region.naam),
      columnLabels: ['Zelfde COROP-regio', 'Zelfde provincie, andere COROP-regio', 'Andere provincie', 'Woonregio onbekend'],
      counts: result.rows.map(split),
    },
    options.policy ? { policy: options.policy } : {},
  );
  const shares = (r: { total: number; sameProvince: number; sameCorop: number }, cells: readonly PublishedCell[], total: PublishedCell) => ({
    shareSameProvince: derivedRate(r.sameProvince, r.total, isDerivableSum(cells, total, [0, 1]) ? valueCell(r.sameProvince) : suppressedCell('secundair', resolvePolicy(options.policy)), total, options),
    shareSameCorop: derivedRate(r.sameCorop, r.total, cells[0]!, total, options),
  });
  return {
    fase: result.fase,
    table,
    rows: result.rows.map((r, i) => ({ region: r.region, ...shares(r, table.cells[i]!, table.rowTotals[i]!) })),
    total: shares(result.total, table.columnTotals, table.grandTotal),
    definitions: { provincie: INTAKE_DEFINITIONS['lokale-instroom-provincie'], corop: INTAKE_DEFINITIONS['lokale-instroom-corop'] },
    containsDemo: result.containsDemo,
  };
}

/** Randstad split per stage as suppressed 3 × 2 tables (home Randstad/rest/unknown × work Randstad/rest). */
export function publishRandstadSplit(split: RandstadSplit, options: PublishOptions = {}): Disclosed<{ stages: Record<IntakeFase, PublishedTable> }> {
  const homes = ['randstad', 'rest', 'onbekend'] as const;
  const works = ['randstad', 'rest'] as const;
  const stages = {} as Record<IntakeFase, PublishedTable>;
  for (const fase of FASES) {
    stages[fase] = suppressTable(
      {
        rowLabels: homes.map((h) => `Woont: ${GROUP_LABELS[h]}`),
        columnLabels: works.map((w) => `Werkt: ${GROUP_LABELS[w]}`),
        counts: homes.map((h) => works.map((w) => split.stages[fase][h][w])),
      },
      options.policy ? { policy: options.policy } : {},
    );
  }
  return { stages, definition: INTAKE_DEFINITIONS.randstad, containsDemo: split.containsDemo };
}

/** Representation per province: suppressed counts, and an index only where its count is shown. */
export interface PublishedRepresentation {
  labourForceYear: number | null;
  /** Applicants and hires per province plus "Onbekend" (last item), suppressed as lists with totals. */
  applicants: PublishedList;
  hires: PublishedList;
  rows: { region: RegionRef; applicantIndex: PublishedCell; hireIndex: PublishedCell }[];
  definitions: { sollicitanten: IndicatorDefinition; aangenomen: IndicatorDefinition };
  containsDemo: boolean;
}

/** Publishes the representation index (2 decimals), hiding it where the province count or the total is too small. */
export function publishRepresentation(result: RepresentationResult, options: PublishOptions = {}): PublishedRepresentation {
  const policy = resolvePolicy(options.policy);
  const labels = [...result.rows.map((r) => r.region.naam), 'Onbekend'];
  const listOptions = options.policy ? { policy: options.policy } : {};
  const applicants = suppressList({ labels, counts: [...result.rows.map((r) => r.applicants), result.unknown.applicants] }, listOptions);
  const hires = suppressList({ labels, counts: [...result.rows.map((r) => r.hires), result.unknown.hires] }, listOptions);
  const index = (value: number | null, cell: PublishedCell, known: number): PublishedCell => {
    if (known < policy.minDenominator) return suppressedCell('noemer', policy);
    if (cell.kind !== 'value' || value === null) return suppressedCell(cell.kind === 'suppressed' ? cell.reason : 'secundair', policy);
    const rounded = Math.round(value * 100) / 100;
    return valueCell(rounded, formatNumber(rounded, 2));
  };
  return {
    labourForceYear: result.labourForceYear,
    applicants,
    hires,
    rows: result.rows.map((r, i) => ({
      region: r.region,
      applicantIndex: index(r.applicantIndex, applicants.items[i]!.cell, result.totals.applicants),
      hireIndex: index(r.hireIndex, hires.items[i]!.cell, result.totals.hires),
    })),
    definitions: { sollicitanten: INTAKE_DEFINITIONS['representatie-sollicitanten'], aangenomen: INTAKE_DEFINITIONS['representatie-aangenomen'] },
    containsDemo: result.containsDemo,
  };
}

/** A published selection comparison of one group. */
export interface PublishedSelectionGroup {
  region: RegionRef;
  rate: PublishedCell;
  /** Wilson 95% interval of the rate in whole percentages ("45–62%"), only when the rate is shown. */
  interval: PublishedCell;
  /** Ratio to the reference (2 decimals), only when both rates are shown. */
  ratio: PublishedCell;
  /** Fisher p-value (3 decimals, "< 0,001"), only when both rates are shown. */
  pValue: PublishedCell;
  verdict: SelectionVerdict;
  verdictText: string;
}

/**
 * Publishes selection comparisons. A rate goes through publishRate; ratio, p-value and verdict are only shown
 * when the group's and the reference's rates are both shown — otherwise the verdict is "te weinig waarnemingen".
 */
export function publishSelectionRates(
  result: { stages: StageSelection[]; containsDemo: boolean },
  options: PublishOptions = {},
): Disclosed<{ stages: { fase: StageSelection['fase']; reference: RegionRef | null; groups: PublishedSelectionGroup[] }[] }> {
  const policy = resolvePolicy(options.policy);
  const rateOptions = options.policy ? { policy: options.policy } : {};
  const stages = result.stages.map((stage) => {
    const rates = stage.groups.map((g) => publishRate(g.selected, g.applicants, rateOptions));
    const refIndex = stage.groups.findIndex((g) => g.verdict === 'referentie');
    const refShown = refIndex >= 0 && rates[refIndex]!.kind === 'value';
    return {
      fase: stage.fase,
      reference: refShown ? stage.reference : null,
      groups: stage.groups.map((g, i): PublishedSelectionGroup => {
        const shown = refShown && rates[i]!.kind === 'value';
        const verdict: SelectionVerdict = shown ? g.verdict : 'te-weinig-waarnemingen';
        const ratio = shown && g.ratio !== null ? valueCell(Math.round(g.ratio * 100) / 100, formatNumber(Math.round(g.ratio * 100) / 100, 2)) : suppressedCell('secundair', policy);
        let pValue: PublishedCell = suppressedCell('secundair', policy);
        if (shown && g.pValue !== null) {
          const rounded = Math.round(g.pValue * 1000) / 1000;
          pValue = valueCell(rounded, g.pValue < 0.001 ? '< 0,001' : formatNumber(rounded, 3));
        }
        const interval: PublishedCell = rates[i]!.kind === 'value'
          ? valueCell(Math.round(g.rate.lower * 100), `${Math.round(g.rate.lower * 100)}–${Math.round(g.rate.upper * 100)}%`)
          : suppressedCell(rates[i]!.kind === 'suppressed' ? rates[i]!.reason : 'secundair', policy);
        return { region: g.region, rate: rates[i]!, interval, ratio, pValue, verdict, verdictText: SELECTION_VERDICT_LABELS[verdict] };
      }),
    };
  });
  return { stages, definition: INTAKE_DEFINITIONS.selectieratio, containsDemo: result.containsDemo };
}

/** Column headers of a published funnel, Dutch and English. */
export const FUNNEL_COLUMNS = FASES.map((fase) => ({ fase, ...FASE_LABELS[fase] }));
