import { distanceKm } from '../regions/distance.ts';

/** A rijksontmoetingsplein with its point. */
export interface HubPoint {
  plaats: string;
  provincieCode: string;
  lat: number;
  lon: number;
  status: string;
}

/** The open hub nearest to any of the given points, with its distance in km (one decimal); null when there is none. */
export function nearestHub(points: { lat: number; lon: number }[], hubs: HubPoint[]): { hub: HubPoint; km: number } | null {
  let best: { hub: HubPoint; km: number } | null = null;
  for (const hub of hubs.filter((h) => h.status === 'open')) {
    for (const p of points) {
      const km = distanceKm(p, hub);
      if (!best || km < best.km) best = { hub, km };
    }
  }
  return best ? { hub: best.hub, km: Math.round(best.km * 10) / 10 } : null;
}
