import { describe, expect, it } from 'vitest';
import { parseRegionCollection } from '../../../src/lib/maps/parse-region-collection.ts';

const feature = {
  type: 'Feature',
  id: 'PV26',
  properties: { statcode: 'PV26', statnaam: 'Utrecht', rubriek: 'provincie' },
  geometry: { type: 'Polygon', coordinates: [[[5, 52], [5, 52.1], [5.1, 52.1], [5, 52]]] },
};

describe('parseRegionCollection', () => {
  it('accepts a CBS FeatureCollection and keeps only the properties the maps use', () => {
    expect(parseRegionCollection({ type: 'FeatureCollection', features: [feature] })).toEqual({
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: { statcode: 'PV26', statnaam: 'Utrecht' },
          geometry: feature.geometry,
        },
      ],
    });
  });

  it('accepts MultiPolygons and positions with an altitude', () => {
    const multi = { ...feature, geometry: { type: 'MultiPolygon', coordinates: [[[[5, 52, 0], [5, 53, 0], [6, 53, 0]]]] } };
    expect(parseRegionCollection({ type: 'FeatureCollection', features: [multi] }).features[0]?.geometry.type).toBe('MultiPolygon');
  });

  it('rejects other geometry types, missing codes and malformed positions', () => {
    const point = { ...feature, geometry: { type: 'Point', coordinates: [5, 52] } };
    const noCode = { ...feature, properties: { statnaam: 'Utrecht' } };
    const shortPosition = { ...feature, geometry: { type: 'Polygon', coordinates: [[[5]]] } };
    for (const bad of [point, noCode, shortPosition]) {
      expect(() => parseRegionCollection({ type: 'FeatureCollection', features: [bad] })).toThrow();
    }
    expect(() => parseRegionCollection({ type: 'Feature' })).toThrow();
    expect(() => parseRegionCollection(null)).toThrow();
  });
});
