import { describe, expect, it } from 'vitest';
import { nearestHub, type HubPoint } from '../../../src/lib/vacancies/nearest-hub.ts';

const GRONINGEN = { lat: 53.2194, lon: 6.5665 };
const ASSEN = { lat: 52.9925, lon: 6.5649 };
const hub = (plaats: string, point: { lat: number; lon: number }, status = 'open'): HubPoint => ({ plaats, provincieCode: 'PV20', status, ...point });

describe('nearestHub', () => {
  it('returns null without hubs, without points, or when no hub is open', () => {
    expect(nearestHub([GRONINGEN], [])).toBeNull();
    expect(nearestHub([], [hub('Groningen', GRONINGEN)])).toBeNull();
    expect(nearestHub([GRONINGEN], [hub('Groningen', GRONINGEN, 'gepland')])).toBeNull();
  });

  it('finds the hub at the same point at 0 km', () => {
    expect(nearestHub([GRONINGEN], [hub('Assen', ASSEN), hub('Groningen', GRONINGEN)])).toEqual({ hub: hub('Groningen', GRONINGEN), km: 0 });
  });

  it('measures from the nearest of several points and rounds to one decimal', () => {
    const result = nearestHub([{ lat: 52, lon: 4 }, ASSEN], [hub('Groningen', GRONINGEN)]);
    expect(result?.hub.plaats).toBe('Groningen');
    expect(result?.km).toBe(25.2);
  });

  it('skips a nearer hub that is not open', () => {
    expect(nearestHub([GRONINGEN], [hub('Groningen', GRONINGEN, 'gesloten'), hub('Assen', ASSEN)])?.hub.plaats).toBe('Assen');
  });

  it('keeps the first hub on a tie', () => {
    expect(nearestHub([GRONINGEN], [hub('Eerste', ASSEN), hub('Tweede', ASSEN)])?.hub.plaats).toBe('Eerste');
  });
});
