import { describe, expect, it } from 'vitest';
import type { RegionFeatureCollection, RegionGeometry } from '../../../src/lib/maps/geojson-types.ts';
import { fitProjection } from '../../../src/lib/maps/projection.ts';

function collection(...geometries: RegionGeometry[]): RegionFeatureCollection {
  return {
    type: 'FeatureCollection',
    features: geometries.map((geometry, i) => ({
      type: 'Feature',
      properties: { statcode: `PV${20 + i}`, statnaam: `Regio ${i}` },
      geometry,
    })),
  };
}

// Roughly the Netherlands' bounding box.
const netherlands = collection({
  type: 'Polygon',
  coordinates: [
    [
      [3.36, 50.75],
      [3.36, 53.55],
      [7.23, 53.55],
      [7.23, 50.75],
      [3.36, 50.75],
    ],
  ],
});

const round = ([x, y]: [number, number]): [number, number] => [Math.round(x * 1000) / 1000, Math.round(y * 1000) / 1000];

describe('fitProjection', () => {
  it('puts north up and west left (y grows southwards)', () => {
    const project = fitProjection(netherlands, { width: 400, height: 480 });
    const [westX] = project(3.36, 52);
    const [eastX] = project(7.23, 52);
    const [, northY] = project(5, 53.55);
    const [, southY] = project(5, 50.75);
    expect(westX).toBeLessThan(eastX);
    expect(northY).toBeLessThan(southY);
  });

  it('fills the limiting dimension exactly and centres the other, inside the padding', () => {
    const project = fitProjection(netherlands, { width: 400, height: 480, padding: 10 });
    // Width is limiting here: 3.87° × cos(52.1°) ≈ 2.377 units wide vs 2.8 high in a 380×460 box.
    const [left, top] = project(3.36, 53.55);
    const [right, bottom] = project(7.23, 50.75);
    expect(round([left, right] as [number, number])).toEqual([10, 390]);
    expect(top).toBeGreaterThanOrEqual(10);
    expect(bottom).toBeLessThanOrEqual(470);
    expect(Math.round((top + bottom) * 1000) / 1000).toBe(480);
  });

  it('scales longitude by cos(52.1°) so the shape keeps its true proportions there', () => {
    const project = fitProjection(netherlands, { width: 1000, height: 1000 });
    const [x0, y0] = project(5, 52.1);
    const [x1] = project(6, 52.1);
    const [, y1] = project(5, 53.1);
    expect((x1 - x0) / (y0 - y1)).toBeCloseTo(Math.cos((52.1 * Math.PI) / 180), 12);
  });

  it('fits a height-limited shape to the full height', () => {
    const tall = collection({ type: 'Polygon', coordinates: [[[5, 50], [5, 54], [5.1, 54], [5.1, 50], [5, 50]]] });
    const project = fitProjection(tall, { width: 400, height: 480, padding: 4 });
    expect(round(project(5, 54))[1]).toBe(4);
    expect(round(project(5, 50))[1]).toBe(476);
    expect(Math.round((project(5, 50)[0] + project(5.1, 50)[0]) * 1000) / 1000).toBe(400);
  });

  it('handles a collection that is a single point without dividing by zero', () => {
    const point = collection({ type: 'Polygon', coordinates: [[[5, 52], [5, 52], [5, 52]]] });
    expect(round(fitProjection(point, { width: 100, height: 50 })(5, 52))).toEqual([50, 25]);
  });

  it('rejects an empty collection and a box without room', () => {
    expect(() => fitProjection(collection(), { width: 100, height: 100 })).toThrow(RangeError);
    expect(() => fitProjection(netherlands, { width: 20, height: 100, padding: 10 })).toThrow(RangeError);
  });
});
