import { escapeXml } from './escape-xml.ts';
import { formatCoordinate } from './svg-path.ts';

/**
 * A point on a map (a hub, an office). `filled` draws a filled circle, `hollow` an open diamond: the two differ by
 * shape and fill, not only by colour. `name` is the marker's accessible name (its `<title>`); with `href` the
 * marker is a keyboard-focusable link.
 */
export interface MapMarker {
  readonly x: number;
  readonly y: number;
  readonly style: 'filled' | 'hollow';
  readonly name: string;
  readonly href?: string;
}

/** Radius of a marker in SVG units (the diamond has the same half-diagonal plus one, so both look the same size). */
const R = 5;

/** The SVG shape of one marker style, centred on (x, y); also used for the HTML legend. */
export function markerShape(style: MapMarker['style'], x: number, y: number): string {
  const [cx, cy] = [formatCoordinate(x), formatCoordinate(y)];
  if (style === 'filled') return `<circle class="rir-map__marker rir-map__marker--filled" cx="${cx}" cy="${cy}" r="${R}"/>`;
  const d = R + 1;
  const p = (dx: number, dy: number) => `${formatCoordinate(x + dx)},${formatCoordinate(y + dy)}`;
  return `<polygon class="rir-map__marker rir-map__marker--hollow" points="${p(0, -d)} ${p(d, 0)} ${p(0, d)} ${p(-d, 0)}"/>`;
}

/** The markers as one SVG group, each with its title; links when they have an href. */
export function renderMarkers(markers: readonly MapMarker[]): string {
  if (markers.length === 0) return '';
  const items = markers.map((m) => {
    const inner = `<title>${escapeXml(m.name)}</title>${markerShape(m.style, m.x, m.y)}`;
    return m.href === undefined ? `<g role="img" aria-label="${escapeXml(m.name)}">${inner}</g>` : `<a class="rir-map__link" href="${escapeXml(m.href)}">${inner}</a>`;
  });
  return `<g class="rir-map__markers">${items.join('')}</g>`;
}
