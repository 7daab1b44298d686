import type { ResolvedProfile } from '../province-profiles/resolved-profile.ts';

/** One province where the organisation is housed today, with its places and the province's profile. */
export interface CurrentHousingProvince {
  provincieCode: string;
  provincieNaam: string;
  fte: number;
  gemeenten: { code: string; naam: string; fte: number }[];
  profiel: ResolvedProfile | null;
}

/**
 * "Huidige huisvesting gekoppeld aan profielen" (the plan's action under measure 1d): the organisation's
 * current locations grouped per province, largest first, next to that province's kernprofiel and
 * ontwikkelkansen. Pure: takes the locations the match already derived from the inventory.
 */
export function currentHousingByProvince(
  locations: readonly { gemeenteCode: string; naam: string; provincieCode: string; fte: number }[],
  provinces: readonly { code: string; naam: string }[],
  profiles: ReadonlyMap<string, ResolvedProfile | null>,
): CurrentHousingProvince[] {
  const out = new Map<string, CurrentHousingProvince>();
  for (const l of locations) {
    const entry = out.get(l.provincieCode) ?? { provincieCode: l.provincieCode, provincieNaam: provinces.find((p) => p.code === l.provincieCode)?.naam ?? l.provincieCode, fte: 0, gemeenten: [], profiel: profiles.get(l.provincieCode) ?? null };
    entry.gemeenten.push({ code: l.gemeenteCode, naam: l.naam, fte: l.fte });
    // Sums in tenths (the stored precision).
    entry.fte = Math.round(entry.fte * 10 + l.fte * 10) / 10;
    out.set(l.provincieCode, entry);
  }
  return [...out.values()].sort((a, b) => b.fte - a.fte || a.provincieCode.localeCompare(b.provincieCode));
}
