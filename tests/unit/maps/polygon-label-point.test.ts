import { describe, expect, it } from 'vitest';
import type { Position, RegionGeometry } from '../../../src/lib/maps/geojson-types.ts';
import {
  labelPoint,
  pointInRings,
  polygonAreaCentroid,
  ringSignedArea,
  type Point,
} from '../../../src/lib/maps/polygon-label-point.ts';
import type { Projection } from '../../../src/lib/maps/projection.ts';

const identity: Projection = (lon, lat) => [lon, lat];
const square = (x: number, y: number, size: number): Position[] => [
  [x, y],
  [x, y + size],
  [x + size, y + size],
  [x + size, y],
  [x, y],
];

describe('ringSignedArea', () => {
  it('gives the area with a sign that follows the winding', () => {
    const ring: Point[] = [[0, 0], [4, 0], [4, 3], [0, 3]];
    expect(ringSignedArea(ring)).toBe(12);
    expect(ringSignedArea([...ring].reverse())).toBe(-12);
  });
});

describe('polygonAreaCentroid', () => {
  it('subtracts holes from the area and shifts the centroid away from them', () => {
    const outer: Point[] = [[0, 0], [4, 0], [4, 2], [0, 2]];
    const hole: Point[] = [[2, 0.5], [3, 0.5], [3, 1.5], [2, 1.5]];
    const { area, centroid } = polygonAreaCentroid([outer, hole]);
    expect(area).toBe(7);
    // (8 × 2 − 1 × 2.5) / 7 for x; y stays on the symmetry axis.
    expect(centroid[0]).toBeCloseTo(13.5 / 7, 12);
    expect(centroid[1]).toBeCloseTo(1, 12);
  });

  it('falls back to the vertex mean for a zero-area ring', () => {
    expect(polygonAreaCentroid([[[0, 0], [2, 0], [4, 0]]])).toEqual({ area: 0, centroid: [2, 0] });
  });
});

describe('pointInRings', () => {
  it('treats points in a hole as outside', () => {
    const outer: Point[] = [[0, 0], [10, 0], [10, 10], [0, 10]];
    const hole: Point[] = [[4, 4], [6, 4], [6, 6], [4, 6]];
    expect(pointInRings([2, 2], [outer, hole])).toBe(true);
    expect(pointInRings([5, 5], [outer, hole])).toBe(false);
    expect(pointInRings([11, 5], [outer, hole])).toBe(false);
  });
});

describe('labelPoint', () => {
  it('is the centroid of a simple polygon', () => {
    expect(labelPoint({ type: 'Polygon', coordinates: [square(0, 0, 2)] }, identity)).toEqual([1, 1]);
  });

  it('uses the largest polygon of a MultiPolygon, ignoring small islands', () => {
    const geometry: RegionGeometry = { type: 'MultiPolygon', coordinates: [[square(100, 100, 1)], [square(0, 0, 4)]] };
    expect(labelPoint(geometry, identity)).toEqual([2, 2]);
  });

  it('measures size after projection', () => {
    const geometry: RegionGeometry = { type: 'MultiPolygon', coordinates: [[square(0, 0, 2)], [square(10, 0, 1)]] };
    // Stretching x tenfold beyond x = 5 makes the geographically smaller square the larger one on screen.
    const stretch: Projection = (lon, lat) => [lon < 5 ? lon : 10 + (lon - 10) * 10, lat];
    expect(labelPoint(geometry, stretch)).toEqual([15, 0.5]);
  });

  it('moves into the polygon when the centroid of a U shape falls in its gap', () => {
    // A U: two 1-wide uprights joined by a 1-high base; the centroid (2.5, 1.5…) lies in the gap.
    const u: Position[] = [[0, 0], [0, 5], [1, 5], [1, 1], [4, 1], [4, 5], [5, 5], [5, 0], [0, 0]];
    const geometry: RegionGeometry = { type: 'Polygon', coordinates: [u] };
    const [x, y] = labelPoint(geometry, identity);
    const rings: Point[][] = [u.map(([a, b]) => [a, b] as Point)];
    expect(pointInRings(polygonAreaCentroid(rings).centroid, rings)).toBe(false);
    expect(pointInRings([x, y], rings)).toBe(true);
  });
});
