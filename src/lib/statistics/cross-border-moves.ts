import type { EmploymentRow } from './employment-row.ts';
import { byCode } from './regional-totals.ts';
import { fromTenths, toTenths } from './rounding.ts';

/** Default threshold for a move across a provincial border, in fte. */
export const MOVE_THRESHOLD_FTE = 50;

/** A province where an organisation's fte changed by at least the threshold. */
export interface ProvinceShift {
  provincieCode: string;
  /** Change in fte (negative for a loss), one decimal. */
  verschil: number;
}

/** An organisation that lost fte in some provinces while gaining in others, each change ≥ the threshold. */
export interface OrganisationMove {
  organisatieCode: string;
  /** Provinces with a loss ≥ threshold, largest loss first. */
  verlies: ProvinceShift[];
  /** Provinces with a gain ≥ threshold, largest gain first. */
  winst: ProvinceShift[];
  /** Sum of the losses listed (positive). */
  verliesFte: number;
  /** Sum of the gains listed. */
  winstFte: number;
  /** min(verliesFte, winstFte): the most that can have moved across the border. */
  verplaatstFte: number;
}

/** Sums fte per organisation × province in integer tenths (all sectors of the organisation together). */
function perOrganisationProvince(rows: readonly EmploymentRow[]): Map<string, Map<string, number>> {
  const result = new Map<string, Map<string, number>>();
  for (const row of rows) {
    let provinces = result.get(row.organisatieCode);
    if (!provinces) result.set(row.organisatieCode, (provinces = new Map()));
    provinces.set(row.provincieCode, (provinces.get(row.provincieCode) ?? 0) + toTenths(row.fte));
  }
  return result;
}

/**
 * Moves across a provincial border between two snapshots: per organisation, the provinces where it lost at
 * least `threshold` fte, provided it gained at least `threshold` fte in another province (and vice versa).
 * Net figures: a simultaneous shrink in one place and growth in another counts as a move too; the source
 * cannot tell them apart. Sorted by verplaatstFte (largest first), then organisation code.
 */
export function crossBorderMoves(previous: readonly EmploymentRow[], current: readonly EmploymentRow[], threshold: number = MOVE_THRESHOLD_FTE): OrganisationMove[] {
  const limit = toTenths(threshold);
  const before = perOrganisationProvince(previous);
  const after = perOrganisationProvince(current);
  const moves: (OrganisationMove & { moved: number })[] = [];
  for (const organisatieCode of [...new Set([...before.keys(), ...after.keys()])].sort(byCode)) {
    const was = before.get(organisatieCode) ?? new Map<string, number>();
    const is = after.get(organisatieCode) ?? new Map<string, number>();
    const losses: [string, number][] = [];
    const gains: [string, number][] = [];
    for (const province of [...new Set([...was.keys(), ...is.keys()])].sort(byCode)) {
      const change = (is.get(province) ?? 0) - (was.get(province) ?? 0);
      if (change <= -limit) losses.push([province, change]);
      else if (change >= limit) gains.push([province, change]);
    }
    if (losses.length === 0 || gains.length === 0) continue;
    // Largest change first; equal changes by province code (the input order above).
    losses.sort((a, b) => a[1] - b[1]);
    gains.sort((a, b) => b[1] - a[1]);
    const lost = -losses.reduce((sum, [, c]) => sum + c, 0);
    const gained = gains.reduce((sum, [, c]) => sum + c, 0);
    const moved = Math.min(lost, gained);
    moves.push({
      organisatieCode,
      verlies: losses.map(([provincieCode, c]) => ({ provincieCode, verschil: fromTenths(c) })),
      winst: gains.map(([provincieCode, c]) => ({ provincieCode, verschil: fromTenths(c) })),
      verliesFte: fromTenths(lost),
      winstFte: fromTenths(gained),
      verplaatstFte: fromTenths(moved),
      moved,
    });
  }
  moves.sort((a, b) => b.moved - a.moved || byCode(a.organisatieCode, b.organisatieCode));
  return moves.map(({ moved: _moved, ...move }) => move);
}
