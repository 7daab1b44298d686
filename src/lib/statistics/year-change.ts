import type { RegionFte } from './employment-row.ts';
import { byCode } from './regional-totals.ts';
import { fromTenths, roundedRatio, toTenths } from './rounding.ts';

/** A region's fte now and a year earlier, with the absolute and relative change. */
export interface RegionChange {
  regioCode: string;
  fte: number;
  /** Null when there is no previous snapshot at all; 0 when the region had no fte then. */
  vorigeFte: number | null;
  /** fte − vorigeFte, one decimal; null without a previous snapshot. */
  verschil: number | null;
  /** verschil / vorigeFte × 100, one decimal; null without a previous snapshot or when vorigeFte is 0. */
  verschilPct: number | null;
}

/**
 * Change per region against the previous peildatum. Regions in either list appear (missing = 0 fte);
 * `previous` null means no previous snapshot exists, so every change is null. Sorted by region code.
 */
export function changeVsPrevious(current: readonly RegionFte[], previous: readonly RegionFte[] | null): RegionChange[] {
  const now = new Map(current.map((r) => [r.regioCode, toTenths(r.fte)]));
  const before = new Map((previous ?? []).map((r) => [r.regioCode, toTenths(r.fte)]));
  const codes = [...new Set([...now.keys(), ...before.keys()])].sort(byCode);
  return codes.map((regioCode) => {
    const fte = now.get(regioCode) ?? 0;
    if (previous === null) return { regioCode, fte: fromTenths(fte), vorigeFte: null, verschil: null, verschilPct: null };
    const prior = before.get(regioCode) ?? 0;
    return {
      regioCode,
      fte: fromTenths(fte),
      vorigeFte: fromTenths(prior),
      verschil: fromTenths(fte - prior),
      verschilPct: roundedRatio(fte - prior, prior, 100),
    };
  });
}
