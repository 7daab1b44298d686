import { distanceKm } from '../regions/distance.ts';

/** A municipality as the coverage sees it: its centre and a weight (inhabitants or a proxy for them). */
export interface WeightedMunicipality {
  code: string;
  naam: string;
  provincieCode: string;
  lat: number;
  lon: number;
  weight: number;
}

/** A hub location (an open rijksontmoetingsplein) by its municipality centre. */
export interface HubPoint {
  gemeenteCode: string;
  lat: number;
  lon: number;
}

/** Coverage of one province: the weighted share of municipalities whose centre is within each radius of an open hub. */
export interface ProvinceCoverage {
  provincieCode: string;
  /** radius (km) → share 0..1 */
  share: Record<number, number>;
  /** Municipalities not within the largest radius (white spots), heaviest first. */
  witteVlekken: { code: string; naam: string; weight: number; nearestKm: number | null }[];
}

/** Distance from a municipality to the nearest hub, or null without hubs. */
export function nearestHubKm(m: { lat: number; lon: number }, hubs: readonly HubPoint[]): number | null {
  let best: number | null = null;
  for (const h of hubs) {
    const d = distanceKm(m, h);
    if (best === null || d < best) best = d;
  }
  return best;
}

/**
 * Coverage per province at the given radii. A municipality counts as covered when its centre lies
 * within the radius of an open hub's municipality centre (the same rule as the vacancy radius).
 */
export function coverageByProvince(provinceCodes: readonly string[], municipalities: readonly WeightedMunicipality[], hubs: readonly HubPoint[], radii: readonly number[]): ProvinceCoverage[] {
  const largest = Math.max(...radii);
  const nearest = new Map(municipalities.map((m) => [m.code, nearestHubKm(m, hubs)]));
  return provinceCodes.map((code) => {
    const own = municipalities.filter((m) => m.provincieCode === code);
    const total = own.reduce((s, m) => s + m.weight, 0);
    const share: Record<number, number> = {};
    for (const r of radii) {
      const covered = own.filter((m) => (nearest.get(m.code) ?? Infinity) <= r).reduce((s, m) => s + m.weight, 0);
      share[r] = total > 0 ? covered / total : 0;
    }
    const witteVlekken = own
      .filter((m) => (nearest.get(m.code) ?? Infinity) > largest)
      .map((m) => ({ code: m.code, naam: m.naam, weight: m.weight, nearestKm: nearest.get(m.code) ?? null }))
      .sort((a, b) => b.weight - a.weight || a.naam.localeCompare(b.naam, 'nl'));
    return { provincieCode: code, share, witteVlekken };
  });
}

/** One step of the greedy suggestion: where the next hub adds most covered weight. */
export interface HubSuggestion {
  gemeenteCode: string;
  naam: string;
  provincieCode: string;
  /** Weight newly within the radius by adding this hub. */
  gain: number;
  /** Gain as a share of the national weight. */
  gainShare: number;
  /** National covered share after this step. */
  coveredShareAfter: number;
}

/**
 * Greedy maximum coverage: repeatedly adds the municipality (without a hub) whose centre brings
 * the most not-yet-covered weight within `radiusKm`. Ties go to the lower municipality code, so
 * the result is deterministic. Greedy is within (1 − 1/e) of the best possible set for this
 * kind of problem, which is good enough for a suggestion.
 */
export function greedyHubSuggestions(municipalities: readonly WeightedMunicipality[], hubs: readonly HubPoint[], radiusKm: number, steps: number): HubSuggestion[] {
  const total = municipalities.reduce((s, m) => s + m.weight, 0);
  const covered = new Set(municipalities.filter((m) => (nearestHubKm(m, hubs) ?? Infinity) <= radiusKm).map((m) => m.code));
  const withHub = new Set(hubs.map((h) => h.gemeenteCode));
  // Who each candidate would reach: computed once (342 × 342 distances).
  const reach = new Map(municipalities.map((c) => [c.code, municipalities.filter((m) => distanceKm(c, m) <= radiusKm)]));
  let coveredWeight = municipalities.filter((m) => covered.has(m.code)).reduce((s, m) => s + m.weight, 0);
  const out: HubSuggestion[] = [];
  const candidates = [...municipalities].sort((a, b) => a.code.localeCompare(b.code));
  for (let step = 0; step < steps; step++) {
    let best: { m: WeightedMunicipality; gain: number } | null = null;
    for (const c of candidates) {
      if (withHub.has(c.code)) continue;
      const gain = reach.get(c.code)!.filter((m) => !covered.has(m.code)).reduce((s, m) => s + m.weight, 0);
      if (gain > 0 && (best === null || gain > best.gain)) best = { m: c, gain };
    }
    if (!best) break;
    withHub.add(best.m.code);
    for (const m of reach.get(best.m.code)!) covered.add(m.code);
    coveredWeight += best.gain;
    out.push({ gemeenteCode: best.m.code, naam: best.m.naam, provincieCode: best.m.provincieCode, gain: best.gain, gainShare: total ? best.gain / total : 0, coveredShareAfter: total ? coveredWeight / total : 0 });
  }
  return out;
}
