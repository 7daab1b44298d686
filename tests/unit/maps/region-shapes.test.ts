import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { RegionFeatureCollection } from '../../../src/lib/maps/geojson-types.ts';
import { parseRegionCollection } from '../../../src/lib/maps/parse-region-collection.ts';
import { buildRegionShapes, type RegionShapes } from '../../../src/lib/maps/region-shapes.ts';

function loadGeo(name: string): RegionFeatureCollection {
  return parseRegionCollection(JSON.parse(readFileSync(new URL(`../../../db/geo/${name}`, import.meta.url), 'utf8')));
}

/** Every number in every path, as [x, y] pairs. */
function pathPoints(shapes: RegionShapes): [number, number][] {
  return shapes.shapes.flatMap((shape) =>
    [...shape.d.matchAll(/(-?[\d.]+),(-?[\d.]+)/g)].map((m): [number, number] => [Number(m[1]), Number(m[2])]),
  );
}

function expectInsideViewBox(shapes: RegionShapes): void {
  const points = pathPoints(shapes);
  expect(points.length).toBeGreaterThan(100);
  for (const [x, y] of points) {
    expect(x).toBeGreaterThanOrEqual(0);
    expect(x).toBeLessThanOrEqual(shapes.width);
    expect(y).toBeGreaterThanOrEqual(0);
    expect(y).toBeLessThanOrEqual(shapes.height);
  }
}

describe('buildRegionShapes', () => {
  it('projects two neighbouring squares side by side and labels each at its centre', () => {
    // At 52.1° a degree of longitude is drawn cos(52.1°) ≈ 0.614 as wide as a degree of latitude.
    const collection: RegionFeatureCollection = {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: { statcode: 'PV01', statnaam: 'West' },
          geometry: { type: 'Polygon', coordinates: [[[0, 0], [0, 1], [1, 1], [1, 0], [0, 0]]] },
        },
        {
          type: 'Feature',
          properties: { statcode: 'PV02', statnaam: 'Oost' },
          geometry: { type: 'Polygon', coordinates: [[[1, 0], [1, 1], [2, 1], [2, 0], [1, 0]]] },
        },
      ],
    };
    expect(buildRegionShapes(collection, { width: 100, height: 100, padding: 0 })).toEqual({
      viewBox: '0 0 100 100',
      width: 100,
      height: 100,
      shapes: [
        { code: 'PV01', name: 'West', d: 'M0,90.7L0,9.3L50,9.3L50,90.7Z', labelPoint: [25, 50] },
        { code: 'PV02', name: 'Oost', d: 'M50,90.7L50,9.3L100,9.3L100,90.7Z', labelPoint: [75, 50] },
      ],
    });
  });

  it('defaults to a 400×480 viewBox', () => {
    expect(buildRegionShapes(loadGeo('provincie_2025.geojson')).viewBox).toBe('0 0 400 480');
  });

  it('draws the 12 provinces from db/geo in PV20…PV31 order, inside the viewBox', () => {
    const shapes = buildRegionShapes(loadGeo('provincie_2025.geojson'));
    expect(shapes.shapes.map((shape) => shape.code)).toEqual(
      Array.from({ length: 12 }, (_, i) => `PV${20 + i}`),
    );
    expect(shapes.shapes.find((shape) => shape.code === 'PV21')?.name).toBe('Fryslân');
    for (const shape of shapes.shapes) {
      expect(shape.d).toMatch(/^M[\d.,LMZ]+Z$/);
      const [x, y] = shape.labelPoint;
      expect(x).toBeGreaterThan(0);
      expect(x).toBeLessThan(400);
      expect(y).toBeGreaterThan(0);
      expect(y).toBeLessThan(480);
    }
    expectInsideViewBox(shapes);
  });

  it('places province labels where they belong: Groningen north-east of Limburg, Zeeland west', () => {
    const byCode = new Map(buildRegionShapes(loadGeo('provincie_2025.geojson')).shapes.map((s) => [s.code, s.labelPoint]));
    const groningen = byCode.get('PV20') ?? [0, 0];
    const zeeland = byCode.get('PV29') ?? [0, 0];
    const limburg = byCode.get('PV31') ?? [0, 0];
    expect(groningen[1]).toBeLessThan(limburg[1]);
    expect(zeeland[0]).toBeLessThan(limburg[0]);
  });

  it('draws the 40 COROP areas inside the viewBox', () => {
    const shapes = buildRegionShapes(loadGeo('coropgebied_2025.geojson'));
    expect(shapes.shapes.map((shape) => shape.code)).toEqual(
      Array.from({ length: 40 }, (_, i) => `CR${String(i + 1).padStart(2, '0')}`),
    );
    expectInsideViewBox(shapes);
  });
});
