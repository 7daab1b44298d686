import { z } from 'zod';
import type { RegionFeatureCollection } from './geojson-types.ts';

const position = z.tuple([z.number(), z.number()], z.number());
const polygonRings = z.array(z.array(position));

const regionCollectionSchema = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(
    z.object({
      type: z.literal('Feature'),
      properties: z.object({ statcode: z.string().min(1), statnaam: z.string().min(1) }),
      geometry: z.discriminatedUnion('type', [
        z.object({ type: z.literal('Polygon'), coordinates: polygonRings }),
        z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(polygonRings) }),
      ]),
    }),
  ),
});

/**
 * Validates parsed GeoJSON (from `JSON.parse` or a JSON import, whose inferred types are too wide)
 * as a region FeatureCollection; throws a ZodError naming the offending path otherwise.
 */
export function parseRegionCollection(input: unknown): RegionFeatureCollection {
  return regionCollectionSchema.parse(input);
}
