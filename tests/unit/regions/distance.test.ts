import { describe, expect, it } from 'vitest';
import { distanceKm } from '../../../src/lib/regions/distance.ts';

const GRONINGEN = { lat: 53.2194, lon: 6.5665 };
const ASSEN = { lat: 52.9925, lon: 6.5649 };

describe('distanceKm', () => {
  it('is 0 for the same point', () => {
    expect(distanceKm(GRONINGEN, GRONINGEN)).toBe(0);
  });

  it('measures Groningen–Assen as about 25.2 km (0.2269° of latitude at 111.195 km per degree)', () => {
    expect(Math.abs(distanceKm(GRONINGEN, ASSEN) - 25.23)).toBeLessThan(0.5);
  });

  it('is symmetric', () => {
    expect(distanceKm(ASSEN, GRONINGEN)).toBe(distanceKm(GRONINGEN, ASSEN));
  });

  it('makes one degree of latitude 111.195 km (mean earth radius 6371.0088 km)', () => {
    expect(distanceKm({ lat: 52, lon: 5 }, { lat: 53, lon: 5 })).toBeCloseTo(111.195, 3);
  });

  it('shrinks a degree of longitude with the cosine of the latitude', () => {
    expect(distanceKm({ lat: 0, lon: 0 }, { lat: 0, lon: 1 })).toBeCloseTo(111.195, 3);
    expect(distanceKm({ lat: 60, lon: 0 }, { lat: 60, lon: 1 })).toBeCloseTo(55.596, 2);
  });

  it('stays finite for antipodal points (half the circumference)', () => {
    expect(distanceKm({ lat: 0, lon: 0 }, { lat: 0, lon: 180 })).toBeCloseTo(Math.PI * 6371.0088, 6);
  });
});
