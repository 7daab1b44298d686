import type { PolygonRings, RegionGeometry } from './geojson-types.ts';
import { geometryPolygons, type Projection } from './projection.ts';

/** A point in SVG user units. */
export type Point = readonly [number, number];

/** Signed shoelace area of a closed or open ring (sign depends on winding). */
export function ringSignedArea(ring: readonly Point[]): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i, i += 1) {
    const [xi, yi] = ring[i] as Point;
    const [xj, yj] = ring[j] as Point;
    sum += xj * yi - xi * yj;
  }
  return sum / 2;
}

/** Even-odd point-in-polygon test over all rings (so a point in a hole is outside). */
export function pointInRings(point: Point, rings: readonly (readonly Point[])[]): boolean {
  const [px, py] = point;
  let inside = false;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i, i += 1) {
      const [xi, yi] = ring[i] as Point;
      const [xj, yj] = ring[j] as Point;
      if (yi > py !== yj > py && px < ((xj - xi) * (py - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

/** Area (holes subtracted) and area-weighted centroid of one projected polygon. */
export function polygonAreaCentroid(rings: readonly (readonly Point[])[]): { area: number; centroid: Point } {
  let area = 0;
  let cx = 0;
  let cy = 0;
  rings.forEach((ring, index) => {
    // Whatever the winding in the file, the exterior counts positive and holes negative.
    const ringArea = Math.abs(ringSignedArea(ring)) * (index === 0 ? 1 : -1);
    const [rx, ry] = ringCentroid(ring);
    area += ringArea;
    cx += rx * ringArea;
    cy += ry * ringArea;
  });
  if (area <= 0) return { area: 0, centroid: vertexMean(rings[0] ?? []) };
  return { area, centroid: [cx / area, cy / area] };
}

/**
 * The point to put a label or marker for a region: the area-weighted centroid of its largest
 * polygon (so the Wadden islands do not pull Fryslân's label into the sea). When that centroid
 * falls outside the polygon (a crescent, a U, or Zeeland's islands around the Oosterschelde), the
 * point deepest inside the polygon among the midpoints of its horizontal runs is used instead.
 */
export function labelPoint(geometry: RegionGeometry, project: Projection): Point {
  let best: { area: number; centroid: Point; rings: Point[][] } | undefined;
  for (const polygon of geometryPolygons(geometry)) {
    const rings = projectRings(polygon, project);
    const { area, centroid } = polygonAreaCentroid(rings);
    if (best === undefined || area > best.area) best = { area, centroid, rings };
  }
  if (best === undefined) throw new RangeError('Geometry has no polygons');
  if (best.area === 0 || pointInRings(best.centroid, best.rings)) return best.centroid;
  return deepestRunMidpoint(best.rings) ?? best.centroid;
}

function projectRings(polygon: PolygonRings, project: Projection): Point[][] {
  return polygon.map((ring) => ring.map(([lon, lat]) => project(lon, lat)));
}

function ringCentroid(ring: readonly Point[]): Point {
  let area = 0;
  let cx = 0;
  let cy = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i, i += 1) {
    const [xi, yi] = ring[i] as Point;
    const [xj, yj] = ring[j] as Point;
    const cross = xj * yi - xi * yj;
    area += cross;
    cx += (xj + xi) * cross;
    cy += (yj + yi) * cross;
  }
  if (area === 0) return vertexMean(ring);
  return [cx / (3 * area), cy / (3 * area)];
}

function vertexMean(ring: readonly Point[]): Point {
  if (ring.length === 0) return [0, 0];
  let sx = 0;
  let sy = 0;
  for (const [x, y] of ring) {
    sx += x;
    sy += y;
  }
  return [sx / ring.length, sy / ring.length];
}

/** Number of horizontal scan lines tried when the centroid is outside its polygon. */
const SCAN_LINES = 32;

/**
 * A cheap stand-in for the "pole of inaccessibility": scan the polygon with horizontal lines, take
 * the midpoint of every inside stretch and keep the one farthest from any edge.
 */
function deepestRunMidpoint(rings: readonly (readonly Point[])[]): Point | undefined {
  let minY = Infinity;
  let maxY = -Infinity;
  for (const ring of rings) {
    for (const [, y] of ring) {
      if (y < minY) minY = y;
      if (y > maxY) maxY = y;
    }
  }
  let best: Point | undefined;
  let bestDistance = -Infinity;
  for (let line = 0; line < SCAN_LINES; line += 1) {
    // Offset by half a step so no scan line runs exactly through the top or bottom vertex.
    const y = minY + ((maxY - minY) * (line + 0.5)) / SCAN_LINES;
    for (const candidate of runMidpoints(rings, y)) {
      const distance = distanceToEdges(candidate, rings);
      if (distance > bestDistance) {
        bestDistance = distance;
        best = candidate;
      }
    }
  }
  return best;
}

/** Midpoints of the stretches of the horizontal line y that lie inside the polygon (even-odd). */
function runMidpoints(rings: readonly (readonly Point[])[], y: number): Point[] {
  const crossings: number[] = [];
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i, i += 1) {
      const [xi, yi] = ring[i] as Point;
      const [xj, yj] = ring[j] as Point;
      if (yi > y !== yj > y) crossings.push(xi + ((y - yi) * (xj - xi)) / (yj - yi));
    }
  }
  crossings.sort((a, b) => a - b);
  const midpoints: Point[] = [];
  for (let i = 0; i + 1 < crossings.length; i += 2) {
    midpoints.push([((crossings[i] as number) + (crossings[i + 1] as number)) / 2, y]);
  }
  return midpoints;
}

/** Distance from a point to the nearest edge of any ring. */
function distanceToEdges(point: Point, rings: readonly (readonly Point[])[]): number {
  const [px, py] = point;
  let nearest = Infinity;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i, i += 1) {
      const [ax, ay] = ring[j] as Point;
      const [bx, by] = ring[i] as Point;
      const dx = bx - ax;
      const dy = by - ay;
      const lengthSquared = dx * dx + dy * dy;
      const t = lengthSquared === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / lengthSquared));
      nearest = Math.min(nearest, Math.hypot(px - (ax + t * dx), py - (ay + t * dy)));
    }
  }
  return nearest;
}
