import type { RegionFeatureCollection } from './geojson-types.ts';
import { labelPoint } from './polygon-label-point.ts';
import { fitProjection, type Projection } from './projection.ts';
import { formatCoordinate, geometryToPath } from './svg-path.ts';

/** One region ready to draw: its CBS code and name, SVG path and a point for a label or marker. */
export interface RegionShape {
  readonly code: string;
  readonly name: string;
  /** SVG path data; draw with fill-rule="evenodd". */
  readonly d: string;
  /** Rounded to one decimal, like the path. */
  readonly labelPoint: readonly [number, number];
}

/** All regions of a collection projected into one viewBox. */
export interface RegionShapes {
  readonly viewBox: string;
  readonly width: number;
  readonly height: number;
  readonly shapes: readonly RegionShape[];
}

/** Size of the map in SVG units. */
export interface RegionShapeOptions {
  readonly width?: number;
  readonly height?: number;
  /** Margin kept free on every side (default 4) so border strokes are not clipped. */
  readonly padding?: number;
}

/**
 * Projects a CBS region collection into a `0 0 width height` viewBox (default 400×480, which
 * suits the Netherlands' upright shape) and returns a path and label point per region, in file order.
 */
export function buildRegionShapes(collection: RegionFeatureCollection, options: RegionShapeOptions = {}): RegionShapes {
  const { width = 400, height = 480 } = options;
  const project = regionProjection(collection, options);
  const shapes = collection.features.map((feature): RegionShape => {
    const [x, y] = labelPoint(feature.geometry, project);
    return {
      code: feature.properties.statcode,
      name: feature.properties.statnaam,
      d: geometryToPath(feature.geometry, project),
      labelPoint: [Number(formatCoordinate(x)), Number(formatCoordinate(y))],
    };
  });
  return { viewBox: `0 0 ${width} ${height}`, width, height, shapes };
}

/** The projection {@link buildRegionShapes} uses for the same collection and options, to place points (hubs) on its map. */
export function regionProjection(collection: RegionFeatureCollection, options: RegionShapeOptions = {}): Projection {
  const { width = 400, height = 480, padding = 4 } = options;
  return fitProjection(collection, { width, height, padding });
}
