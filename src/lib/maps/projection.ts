import type { PolygonRings, RegionFeatureCollection, RegionGeometry } from './geojson-types.ts';

/** Maps longitude/latitude (degrees) to SVG user units, y pointing down and north up. */
export type Projection = (lon: number, lat: number) => [number, number];

/** The box a projection is fitted into. */
export interface FitOptions {
  readonly width: number;
  readonly height: number;
  /** Empty margin kept on every side, in SVG units (default 0). */
  readonly padding?: number;
  /** Latitude where the map is true to scale (default 52.1°, the middle of the Netherlands). */
  readonly standardParallel?: number;
}

/** The polygons of a geometry, a Polygon being a MultiPolygon of one. */
export function geometryPolygons(geometry: RegionGeometry): readonly PolygonRings[] {
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

/**
 * Fits an equirectangular projection with longitude scaled by cos(standard parallel) into the box,
 * centred, keeping the aspect ratio. At Dutch latitudes (50.7°–53.6°) the distortion of this
 * projection is a few percent at most, invisible at the sizes these maps are drawn.
 */
export function fitProjection(collection: RegionFeatureCollection, options: FitOptions): Projection {
  const { width, height, padding = 0, standardParallel = 52.1 } = options;
  const innerWidth = width - 2 * padding;
  const innerHeight = height - 2 * padding;
  if (!(innerWidth > 0 && innerHeight > 0)) {
    throw new RangeError(`No room to draw: ${width}×${height} with padding ${padding}`);
  }
  const kx = Math.cos((standardParallel * Math.PI) / 180);

  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const feature of collection.features) {
    for (const polygon of geometryPolygons(feature.geometry)) {
      for (const ring of polygon) {
        for (const [lon, lat] of ring) {
          const x = lon * kx;
          const y = -lat;
          if (x < minX) minX = x;
          if (x > maxX) maxX = x;
          if (y < minY) minY = y;
          if (y > maxY) maxY = y;
        }
      }
    }
  }
  if (minX === Infinity) throw new RangeError('Cannot fit a projection to a collection without coordinates');

  const spanX = maxX - minX;
  const spanY = maxY - minY;
  // A zero span (one point, or a vertical/horizontal line) must not divide by zero.
  const scale = Math.min(spanX > 0 ? innerWidth / spanX : Infinity, spanY > 0 ? innerHeight / spanY : Infinity);
  const k = Number.isFinite(scale) ? scale : 1;
  const offsetX = (width - k * spanX) / 2 - k * minX;
  const offsetY = (height - k * spanY) / 2 - k * minY;

  return (lon, lat) => [lon * kx * k + offsetX, -lat * k + offsetY];
}
