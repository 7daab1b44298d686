import type { RegionFte } from './employment-row.ts';
import { byCode } from './regional-totals.ts';
import { roundedRatio, toTenths } from './rounding.ts';

/** A CBS figure for a region and year (cbs_regiocijfer); either measure may be missing. */
export interface CbsFigure {
  jaar: number;
  regioCode: string;
  bevolking: number | null;
  beroepsbevolking: number | null;
}

/** Which CBS denominator: inhabitants on 1 January, or the labour force aged 15–75 (year average). */
export type Denominator = 'bevolking' | 'beroepsbevolking';

/**
 * `target` itself when available, else the nearest EARLIER year (a figure that existed on the peildatum; a
 * later year would describe a population the peildatum could not know). Null when no such year exists.
 */
export function nearestYear(available: readonly number[], target: number): number | null {
  let best: number | null = null;
  for (const year of available) if (year <= target && (best === null || year > best)) best = year;
  return best;
}

/** A region's fte per 1,000 inhabitants or labour force, with the CBS year actually used. */
export interface RegionIntensity {
  regioCode: string;
  fte: number;
  /** The denominator (inhabitants or labour force), or null when CBS has no figure for the region. */
  noemer: number | null;
  /** The CBS year of the denominator: the peildatum year, or the nearest earlier one (see {@link nearestYear}). */
  noemerJaar: number | null;
  /** fte / noemer × 1,000, one decimal; null without a denominator. */
  perDuizend: number | null;
}

/**
 * Fte per 1,000 inhabitants or per 1,000 labour force. Per region the CBS figure of `year` is used, or of the
 * nearest earlier year that has the measure (CBS lags behind the inventory); the year used is returned so every
 * figure can show it. Sorted by region code.
 */
export function ftePerThousand(regions: readonly RegionFte[], figures: readonly CbsFigure[], year: number, denominator: Denominator): RegionIntensity[] {
  return [...regions]
    .sort((a, b) => byCode(a.regioCode, b.regioCode))
    .map((r) => {
      const candidates = figures.filter((f) => f.regioCode === r.regioCode && f[denominator] !== null && f[denominator]! > 0);
      const jaar = nearestYear(candidates.map((f) => f.jaar), year);
      const figure = jaar === null ? undefined : candidates.find((f) => f.jaar === jaar);
      if (!figure) return { regioCode: r.regioCode, fte: r.fte, noemer: null, noemerJaar: null, perDuizend: null };
      const noemer = figure[denominator]!;
      // fte / noemer × 1000 = tenths / (noemer × 10) × 1000.
      return { regioCode: r.regioCode, fte: r.fte, noemer, noemerJaar: jaar, perDuizend: roundedRatio(toTenths(r.fte), noemer * 10, 1000) };
    });
}
