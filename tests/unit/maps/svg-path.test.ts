import { describe, expect, it } from 'vitest';
import type { Position, RegionGeometry } from '../../../src/lib/maps/geojson-types.ts';
import type { Projection } from '../../../src/lib/maps/projection.ts';
import { formatCoordinate, geometryToPath, polygonToPath, ringToPath } from '../../../src/lib/maps/svg-path.ts';

const identity: Projection = (lon, lat) => [lon, lat];
const unitSquare: Position[] = [
  [0, 0],
  [0, 1],
  [1, 1],
  [1, 0],
  [0, 0],
];

describe('formatCoordinate', () => {
  it('rounds to one decimal and drops a trailing .0', () => {
    expect([12, 12.04, 12.05, 3.14159, 399.96, 1e-9].map(formatCoordinate)).toEqual(['12', '12', '12.1', '3.1', '400', '0']);
  });

  it('never prints -0', () => {
    expect([-0, -0.04, -0.0001].map(formatCoordinate)).toEqual(['0', '0', '0']);
    expect(formatCoordinate(-0.06)).toBe('-0.1');
  });
});

describe('ringToPath', () => {
  it('draws a unit square, dropping the repeated closing point and closing with Z', () => {
    expect(ringToPath(unitSquare, identity)).toBe('M0,0L0,1L1,1L1,0Z');
  });

  it('accepts a ring whose last point does not repeat the first', () => {
    expect(ringToPath(unitSquare.slice(0, 4), identity)).toBe('M0,0L0,1L1,1L1,0Z');
  });

  it('applies the projection before rounding', () => {
    expect(ringToPath(unitSquare, (lon, lat) => [lon * 10.26, 100 - lat * 33.333])).toBe('M0,100L0,66.7L10.3,66.7L10.3,100Z');
  });

  it('drops points that round onto their predecessor', () => {
    const ring: Position[] = [[0, 0], [0.01, 0.02], [5, 0], [5, 5], [0, 0]];
    expect(ringToPath(ring, identity)).toBe('M0,0L5,0L5,5Z');
  });

  it('returns an empty string for a ring too small to enclose anything after rounding', () => {
    expect(ringToPath([[0, 0], [0.01, 0], [0.01, 0.01], [0, 0]], identity)).toBe('');
    expect(ringToPath([], identity)).toBe('');
  });
});

describe('polygonToPath', () => {
  it('appends holes as extra subpaths (for fill-rule evenodd)', () => {
    const outer: Position[] = [[0, 0], [0, 10], [10, 10], [10, 0], [0, 0]];
    const hole: Position[] = [[2, 2], [8, 2], [8, 8], [2, 8], [2, 2]];
    expect(polygonToPath([outer, hole], identity)).toBe('M0,0L0,10L10,10L10,0ZM2,2L8,2L8,8L2,8Z');
  });

  it('drops the whole polygon when the exterior is degenerate', () => {
    const sliver: Position[] = [[0, 0], [0, 0.01], [0, 0]];
    expect(polygonToPath([sliver, unitSquare], identity)).toBe('');
    expect(polygonToPath([], identity)).toBe('');
  });
});

describe('geometryToPath', () => {
  it('draws a Polygon', () => {
    const geometry: RegionGeometry = { type: 'Polygon', coordinates: [unitSquare] };
    expect(geometryToPath(geometry, identity)).toBe('M0,0L0,1L1,1L1,0Z');
  });

  it('draws every polygon of a MultiPolygon in order', () => {
    const shifted: Position[] = unitSquare.map(([x, y]) => [x + 3, y]);
    const geometry: RegionGeometry = { type: 'MultiPolygon', coordinates: [[unitSquare], [shifted]] };
    expect(geometryToPath(geometry, identity)).toBe('M0,0L0,1L1,1L1,0ZM3,0L3,1L4,1L4,0Z');
  });
});
