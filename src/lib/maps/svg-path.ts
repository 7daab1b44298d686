import type { LinearRing, PolygonRings, RegionGeometry } from './geojson-types.ts';
import { geometryPolygons, type Projection } from './projection.ts';

/** Rounds to one decimal and prints it as short as possible: 12 → "12", 3.14 → "3.1", -0.01 → "0". */
export function formatCoordinate(value: number): string {
  const rounded = Math.round(value * 10) / 10;
  // Normalise -0 (from rounding small negatives) so it can never surface as "-0".
  return String(rounded === 0 ? 0 : rounded);
}

/**
 * One ring as "M x,y L x,y … Z" (without spaces), after projecting and rounding. Points that round
 * to the same spot as their predecessor are dropped, as is GeoJSON's repeated closing point; a ring
 * left with fewer than three points encloses nothing visible and yields "".
 */
export function ringToPath(ring: LinearRing, project: Projection): string {
  const points: string[] = [];
  for (const [lon, lat] of ring) {
    const [x, y] = project(lon, lat);
    const point = `${formatCoordinate(x)},${formatCoordinate(y)}`;
    if (points[points.length - 1] !== point) points.push(point);
  }
  if (points.length > 1 && points[0] === points[points.length - 1]) points.pop();
  if (points.length < 3) return '';
  return `M${points.join('L')}Z`;
}

/**
 * A polygon (exterior ring, then holes) as one path. Draw it with fill-rule="evenodd" so holes stay
 * empty whatever their winding. A degenerate exterior drops the whole polygon, holes included.
 */
export function polygonToPath(polygon: PolygonRings, project: Projection): string {
  const [exterior, ...holes] = polygon;
  if (exterior === undefined) return '';
  const outline = ringToPath(exterior, project);
  if (outline === '') return '';
  return outline + holes.map((hole) => ringToPath(hole, project)).join('');
}

/** A Polygon or MultiPolygon as one SVG path `d` string (use fill-rule="evenodd"). */
export function geometryToPath(geometry: RegionGeometry, project: Projection): string {
  return geometryPolygons(geometry)
    .map((polygon) => polygonToPath(polygon, project))
    .join('');
}
