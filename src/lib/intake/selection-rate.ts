import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { IntakeFase } from '../db/schema-intake.ts';
import { fisherExactTwoSided } from '../statistics/fisher-exact.ts';
import { wilsonInterval, type ProportionInterval } from '../statistics/wilson-interval.ts';
import { intakeFunnel } from './funnel-query.ts';
import type { IntakeFilter, RegionRef } from './intake-filter.ts';
import { ONBEKEND } from './intake-vocabulary.ts';

/** Judgement of one group against the reference group. */
export type SelectionVerdict = 'referentie' | 'te-weinig-waarnemingen' | 'voldoet' | 'onder-vier-vijfde' | 'onder-vier-vijfde-significant';

/** Dutch texts of the verdicts. */
export const SELECTION_VERDICT_LABELS: Record<SelectionVerdict, string> = {
  referentie: 'Referentie: hoogste selectiekans',
  'te-weinig-waarnemingen': 'Te weinig waarnemingen om te oordelen',
  voldoet: 'Voldoet aan de vier-vijfderegel',
  'onder-vier-vijfde': 'Onder vier vijfde van de referentie, maar niet statistisch significant',
  'onder-vier-vijfde-significant': 'Onder vier vijfde van de referentie en statistisch significant',
};

/** Thresholds of the comparison. */
export interface SelectionOptions {
  /** Fewer applicants than this in either group: no judgement (default 20). */
  minApplicants?: number;
  /** An expected count below this in any cell of the 2×2 table: no judgement (default 5). */
  minExpected?: number;
  /** The four-fifths rule (default 0.8). */
  ratioThreshold?: number;
  /** Significance level of Fisher's exact test (default 0.05). */
  alpha?: number;
}

/** One group's selection rate and its comparison with the reference group. */
export interface SelectionComparison {
  region: RegionRef;
  applicants: number;
  selected: number;
  rate: ProportionInterval;
  /** rate ÷ reference rate; null without a reference or when the reference rate is 0. */
  ratio: number | null;
  /** Two-sided Fisher exact p-value of group vs reference; null for the reference itself or without one. */
  pValue: number | null;
  verdict: SelectionVerdict;
}

/** Comparison at one stage. */
export interface StageSelection {
  fase: Exclude<IntakeFase, 'sollicitatie'>;
  /** The group with the highest rate among those with enough applicants (never 'onbekend'); null if none. */
  reference: RegionRef | null;
  groups: SelectionComparison[];
}

/** Smallest expected cell count of the 2×2 table [[a, b], [c, d]] under independence. */
function minExpected(a: number, b: number, c: number, d: number): number {
  const total = a + b + c + d;
  if (total === 0) return 0;
  const rows = [a + b, c + d];
  const cols = [a + c, b + d];
  return Math.min(...rows.flatMap((r) => cols.map((col) => (r * col) / total)));
}

/**
 * Compares the selection rate (selected ÷ applicants) of every group with the best group, by the four-fifths
 * rule and Fisher's exact test. The reference is the group with the highest rate among groups with at least
 * `minApplicants` applicants, excluding the unknown home region. A group gets "te weinig waarnemingen" when it
 * or the reference has too few applicants or the 2×2 table has an expected count below `minExpected`.
 */
export function compareSelectionRates(
  fase: StageSelection['fase'],
  groups: readonly { region: RegionRef; applicants: number; selected: number }[],
  options: SelectionOptions = {},
): StageSelection {
  const minApplicants = options.minApplicants ?? 20;
  const minExpectedCount = options.minExpected ?? 5;
  const ratioThreshold = options.ratioThreshold ?? 0.8;
  const alpha = options.alpha ?? 0.05;
  let reference: (typeof groups)[number] | null = null;
  for (const g of groups) {
    if (g.region.code === ONBEKEND || g.applicants < minApplicants) continue;
    if (reference === null || g.selected / g.applicants > reference.selected / reference.applicants) reference = g;
  }
  const refRate = reference ? reference.selected / reference.applicants : 0;
  return {
    fase,
    reference: reference?.region ?? null,
    groups: groups.map((g): SelectionComparison => {
      const rate = wilsonInterval(g.selected, g.applicants);
      if (reference === null) return { ...g, rate, ratio: null, pValue: null, verdict: 'te-weinig-waarnemingen' };
      if (g === reference) return { ...g, rate, ratio: 1, pValue: null, verdict: 'referentie' };
      const ratio = refRate > 0 && g.applicants > 0 ? g.selected / g.applicants / refRate : null;
      const table = [
        [g.selected, g.applicants - g.selected],
        [reference.selected, reference.applicants - reference.selected],
      ] as const;
      const pValue = g.applicants > 0 ? fisherExactTwoSided(table) : null;
      const tooFew =
        g.applicants < minApplicants || ratio === null || minExpected(g.selected, g.applicants - g.selected, reference.selected, reference.applicants - reference.selected) < minExpectedCount;
      let verdict: SelectionVerdict;
      if (tooFew) verdict = 'te-weinig-waarnemingen';
      else if (ratio >= ratioThreshold) verdict = 'voldoet';
      else verdict = pValue !== null && pValue < alpha ? 'onder-vier-vijfde-significant' : 'onder-vier-vijfde';
      return { ...g, rate, ratio, pValue, verdict };
    }),
  };
}

/** Selection rates per home province (and 'onbekend') at the stages gesprek, aanbod and aangenomen. */
export async function selectionRates(db: Kysely<DB>, filter: IntakeFilter = {}, options: SelectionOptions = {}): Promise<{ stages: StageSelection[]; containsDemo: boolean }> {
  const funnel = await intakeFunnel(db, filter);
  const stages = (['gesprek', 'aanbod', 'aangenomen'] as const).map((fase) =>
    compareSelectionRates(
      fase,
      funnel.rows.map((row) => ({ region: row.region, applicants: row.counts.sollicitatie, selected: row.counts[fase] })),
      options,
    ),
  );
  return { stages, containsDemo: funnel.containsDemo };
}
