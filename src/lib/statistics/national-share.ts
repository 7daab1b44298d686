import { randstadDefinition } from './definitions.ts';
import type { RegionFte } from './employment-row.ts';
import { byCode } from './regional-totals.ts';
import { fromTenths, roundedRatio, toTenths } from './rounding.ts';

/** A region's fte and its share of the national total. */
export interface RegionShare {
  regioCode: string;
  fte: number;
  /** fte / national fte × 100, one decimal; null when the national total is 0. */
  aandeelPct: number | null;
}

/** Share of the national total per region, sorted by region code. */
export function shareOfNational(regions: readonly RegionFte[], nationalFte: number): RegionShare[] {
  const national = toTenths(nationalFte);
  return [...regions]
    .sort((a, b) => byCode(a.regioCode, b.regioCode))
    .map((r) => ({ regioCode: r.regioCode, fte: r.fte, aandeelPct: roundedRatio(toTenths(r.fte), national, 100) }));
}

/** The provinces counted as the Randstad unless configured otherwise: Utrecht, Noord-Holland, Zuid-Holland. */
export const DEFAULT_RANDSTAD_PROVINCES: readonly string[] = ['PV26', 'PV27', 'PV28'];

/** Fte and share of the Randstad, with the definition used (in Dutch). */
export interface RandstadShare {
  provincies: string[];
  fte: number;
  nationaalFte: number;
  aandeelPct: number | null;
  definitie: string;
}

/**
 * Share of the Randstad provinces in the national total. The Randstad is approximated by whole provinces
 * (configurable, default PV26, PV27, PV28); `definitie` says which ones, so a reader can tell.
 */
export function randstadShare(provinceTotals: readonly RegionFte[], nationalFte: number, provinces: readonly string[] = DEFAULT_RANDSTAD_PROVINCES): RandstadShare {
  const chosen = [...new Set(provinces)].sort(byCode);
  const tenths = provinceTotals.filter((r) => chosen.includes(r.regioCode)).reduce((sum, r) => sum + toTenths(r.fte), 0);
  const national = toTenths(nationalFte);
  return {
    provincies: chosen,
    fte: fromTenths(tenths),
    nationaalFte: fromTenths(national),
    aandeelPct: roundedRatio(tenths, national, 100),
    definitie: randstadDefinition(chosen),
  };
}
