/**
 * Minimal GeoJSON types for the CBS region boundary files in db/geo/.
 * Only what the map code reads is typed; other properties are ignored.
 */

/** A [longitude, latitude] pair in WGS84 degrees (extra ordinates such as altitude are ignored). */
export type Position = readonly [number, number, ...number[]];

/** A ring of positions; GeoJSON repeats the first position at the end. */
export type LinearRing = readonly Position[];

/** Rings of one polygon: the exterior ring first, then any holes. */
export type PolygonRings = readonly LinearRing[];

/** GeoJSON Polygon geometry. */
export interface PolygonGeometry {
  readonly type: 'Polygon';
  readonly coordinates: PolygonRings;
}

/** GeoJSON MultiPolygon geometry. */
export interface MultiPolygonGeometry {
  readonly type: 'MultiPolygon';
  readonly coordinates: readonly PolygonRings[];
}

/** The geometries a region boundary can have. */
export type RegionGeometry = PolygonGeometry | MultiPolygonGeometry;

/** The CBS properties the maps use: the region code (PV20, CR01, …) and its name. */
export interface RegionProperties {
  readonly statcode: string;
  readonly statnaam: string;
}

/** One region boundary. */
export interface RegionFeature {
  readonly type: 'Feature';
  readonly properties: RegionProperties;
  readonly geometry: RegionGeometry;
}

/** A CBS region boundary file (provinces or COROP areas). */
export interface RegionFeatureCollection {
  readonly type: 'FeatureCollection';
  readonly features: readonly RegionFeature[];
}

/** Short alias of `RegionFeatureCollection`, as used by src/views/boundaries.ts. */
export type FeatureCollection = RegionFeatureCollection;
