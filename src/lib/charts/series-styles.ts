import { formatCoordinate } from '../maps/svg-path.ts';

/** How a marker is drawn: the shape, so series differ without relying on colour. */
export type MarkerShape = 'circle' | 'square' | 'triangle' | 'diamond' | 'triangle-down' | 'ring';

/** Colour, dash pattern and marker of one line series. */
export interface SeriesStyle {
  readonly color: string;
  /** SVG stroke-dasharray, or undefined for a solid line. */
  readonly dash: string | undefined;
  readonly marker: MarkerShape;
}

/**
 * Line styles in order of use. Every colour has ≥4.5:1 contrast with white (so the series-coloured
 * direct labels are readable text), and each series also gets its own dash pattern and marker
 * shape, so they stay apart for colour-blind readers and in greyscale print.
 */
export const SERIES_STYLES: readonly SeriesStyle[] = [
  { color: '#01689b', dash: undefined, marker: 'circle' },
  { color: '#ca005d', dash: '8 4', marker: 'square' },
  { color: '#39870c', dash: '2 3', marker: 'triangle' },
  { color: '#a85100', dash: '10 3 2 3', marker: 'diamond' },
  { color: '#42145f', dash: '4 4', marker: 'triangle-down' },
  { color: '#673327', dash: '1 2', marker: 'ring' },
];

/** The style of the i-th series, cycling when there are more series than styles. */
export function seriesStyle(index: number): SeriesStyle {
  return SERIES_STYLES[index % SERIES_STYLES.length] as SeriesStyle;
}

/** An SVG marker element centred on (x, y); `inner` goes inside it (e.g. a `<title>`). */
export function renderMarker(shape: MarkerShape, x: number, y: number, color: string, inner = ''): string {
  const f = formatCoordinate;
  const paint = `fill="${color}" stroke="#ffffff" stroke-width="1"`;
  switch (shape) {
    case 'circle':
      return `<circle cx="${f(x)}" cy="${f(y)}" r="4" ${paint}>${inner}</circle>`;
    case 'ring':
      return `<circle cx="${f(x)}" cy="${f(y)}" r="3.5" fill="#ffffff" stroke="${color}" stroke-width="2">${inner}</circle>`;
    case 'square':
      return `<rect x="${f(x - 3.5)}" y="${f(y - 3.5)}" width="7" height="7" ${paint}>${inner}</rect>`;
    case 'triangle':
      return `<path d="M${f(x)},${f(y - 5)}L${f(x + 4.5)},${f(y + 3.5)}L${f(x - 4.5)},${f(y + 3.5)}Z" ${paint}>${inner}</path>`;
    case 'triangle-down':
      return `<path d="M${f(x)},${f(y + 5)}L${f(x + 4.5)},${f(y - 3.5)}L${f(x - 4.5)},${f(y - 3.5)}Z" ${paint}>${inner}</path>`;
    case 'diamond':
      return `<path d="M${f(x)},${f(y - 5)}L${f(x + 5)},${f(y)}L${f(x)},${f(y + 5)}L${f(x - 5)},${f(y)}Z" ${paint}>${inner}</path>`;
  }
}
