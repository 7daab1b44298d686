import { buildChoropleth, NO_DATA_STYLE, REGION_BORDER_COLOR, ZERO_STYLE, type Choropleth } from './choropleth.ts';
import { pickTextColor } from './color-contrast.ts';
import { escapeXml } from './escape-xml.ts';
import { formatDutchNumber } from './format-dutch-number.ts';
import { renderMarkers, type MapMarker } from './map-markers.ts';
import type { RegionShape } from './region-shapes.ts';
import { svgIdPrefix } from './svg-id.ts';
import { formatCoordinate } from './svg-path.ts';

const FONT_FAMILY = "'Fira Sans', Arial, sans-serif";
const LABEL_FONT_SIZE = 11;

/** Fill for every region when a map shows no values (the home-page province map): Rijks dark blue. */
export const NEUTRAL_REGION_FILL = '#01689b';

/** Input for `renderChoroplethSvg`. */
export interface ChoroplethSvgInput {
  readonly shapes: readonly RegionShape[];
  readonly viewBox: string;
  /** Value per region code; missing or null means no data. Omit to draw all regions in one neutral colour. */
  readonly values?: ReadonlyMap<string, number | null>;
  /** Accessible name of the map (also the SVG `<title>`). */
  readonly title: string;
  /** Longer description (SVG `<desc>`), e.g. what is coloured and where the data comes from. */
  readonly description: string;
  /** When given, every region becomes a keyboard-focusable link to this URL. */
  readonly linkFor?: (code: string) => string;
  /** Formats a region's value for its tooltip/link name and value label (default nl-NL). */
  readonly formatValue?: (value: number) => string;
  /** A classification to share with an HTML legend; built from `values` (5 quantile classes) when omitted. */
  readonly choropleth?: Choropleth;
  /** Prefix for element ids; derived from the title when omitted. */
  readonly idPrefix?: string;
  /** Shown for regions without a value (default "geen gegevens"). */
  readonly noDataLabel?: string;
  /** Print the formatted value at each region's label point (default false; fine for 12 provinces, too busy for 40 COROP areas). */
  readonly showValueLabels?: boolean;
  /** With value labels: put the region's name above its value, so the map names its regions (default false). */
  readonly labelNames?: boolean;
  /** Label the values but draw every region in the neutral colour (no classes, so no legend is needed). */
  readonly uniformFill?: boolean;
  /** The value as the region's accessible name says it ("12 open vacatures"); default the formatted value. */
  readonly describeValue?: (value: number) => string;
  /**
   * Hide the value labels below `LABELS_MIN_WIDTH` (default false). Scaled down to a phone's width, 11-unit labels
   * render at about 9–10 CSS px; the page must then offer the same figures in a table next to or under the map. Print (the PDF) keeps them.
   */
  readonly labelsOnWideScreensOnly?: boolean;
  /** Points drawn on top of the regions (e.g. hubs), already projected into the viewBox. */
  readonly markers?: readonly MapMarker[];
}

/**
 * The narrowest viewport that shows value labels on maps with `labelsOnWideScreensOnly`. From here the figures
 * page puts the map in a column at least ~500 viewBox units wide, so labels render at ≥ 12 CSS px.
 */
export const LABELS_MIN_WIDTH = '60rem';

// These rules live in the site stylesheet (src/styles/site.css, "Maps"), not in an SVG <style>
// element: the page's Content-Security-Policy allows no inline styles. Kept here as the reference
// copy that a test compares with the stylesheet.
// Focus and hover fill the region yellow AND draw a black edge: black stands out on the light
// classes, yellow on the dark ones, so the indicator has ≥3:1 against every class colour.
// Neighbours painted later may cover the outer half of the edge; the yellow fill stays fully visible.
export const MAP_STYLE = [
  '.rir-map__region{stroke:' + REGION_BORDER_COLOR + ';stroke-width:1px;stroke-linejoin:round;vector-effect:non-scaling-stroke}',
  '.rir-map__region--no-data{stroke:' + NO_DATA_STYLE.stripe + '}',
  // Zero is pale: a grey edge keeps a zero region's outline against the white page.
  '.rir-map__region--zero{stroke:' + ZERO_STYLE.stroke + '}',
  '.rir-map__link:focus{outline:none}',
  '.rir-map__link:hover .rir-map__region,.rir-map__link:focus .rir-map__region{fill:#ffb612;stroke:#000000;stroke-width:3px}',
  '.rir-map__link:hover .rir-map__label,.rir-map__link:focus .rir-map__label{fill:#000000}',
  '.rir-map__label{font-size:' + LABEL_FONT_SIZE + 'px;pointer-events:none}',
  '.rir-map__label-name{font-weight:600}',
  // A white halo keeps the label readable on the striped no-data pattern.
  '.rir-map__label--no-data{stroke:#ffffff;stroke-width:3px;paint-order:stroke;stroke-linejoin:round}',
  `@media screen and (max-width:${LABELS_MIN_WIDTH}){.rir-map--wide-labels .rir-map__label{display:none}}`,
  // Markers: a filled circle and an open diamond, black and white, so they differ by shape and fill on every class colour.
  '.rir-map__marker{stroke-width:2px;vector-effect:non-scaling-stroke}',
  '.rir-map__marker--filled{fill:#000000;stroke:#ffffff}',
  '.rir-map__marker--hollow{fill:#ffffff;stroke:#000000}',
  '.rir-map__link:hover .rir-map__marker,.rir-map__link:focus .rir-map__marker{fill:#ffb612;stroke:#000000;stroke-width:3px}',
  '@media (forced-colors:active){.rir-map__region{stroke:CanvasText}.rir-map__link:focus .rir-map__region{stroke:Highlight;stroke-width:4px}.rir-map__marker--filled{fill:CanvasText;stroke:Canvas}.rir-map__marker--hollow{fill:Canvas;stroke:CanvasText}}',
].join('');

/**
 * Renders a choropleth (or, without values, a plain region map) as an SVG string. With `linkFor`,
 * every region is an `<a href>` whose `<title>` ("Utrecht: 1.234") is its accessible name, so the
 * map works as keyboard navigation; without it the SVG is a single `role="img"` and the page
 * should offer the same numbers in a table. All text is XML-escaped.
 */
export function renderChoroplethSvg(input: ChoroplethSvgInput): string {
  const { shapes, viewBox, values, title, description, linkFor, showValueLabels = false, labelNames = false } = input;
  const noDataLabel = input.noDataLabel ?? NO_DATA_STYLE.label;
  const formatValue = input.formatValue ?? ((value: number) => formatDutchNumber(value));
  const prefix = input.idPrefix ?? svgIdPrefix(`${title}\n${viewBox}`, 'rir-map');
  const titleId = `${prefix}-title`;
  const descId = `${prefix}-desc`;
  const patternId = `${prefix}-no-data`;
  const uniformFill = input.uniformFill ?? false;
  const describeValue = input.describeValue ?? formatValue;
  const choropleth =
    values === undefined || uniformFill ? undefined : (input.choropleth ?? buildChoropleth(shapes.map((shape) => values.get(shape.code))));

  const box = parseViewBox(viewBox);
  const regions: string[] = [];
  const labels: string[] = [];
  let needsPattern = false;
  const markers = input.markers ?? [];
  for (const shape of shapes) {
    let fill = NEUTRAL_REGION_FILL;
    let textColor: string = pickTextColor(NEUTRAL_REGION_FILL);
    let tooltip = shape.name;
    let valueText: string | undefined;
    let noData = false;
    let zero = false;
    const uniformValue = uniformFill ? values?.get(shape.code) : undefined;
    if (uniformValue !== undefined && uniformValue !== null) {
      valueText = formatValue(uniformValue);
      tooltip = `${shape.name}: ${describeValue(uniformValue)}`;
    } else if (values !== undefined && choropleth !== undefined) {
      const value = values.get(shape.code);
      const classified = choropleth.classify(value);
      noData = classified.kind === 'no-data';
      zero = classified.kind === 'zero';
      if (noData) {
        needsPattern = true;
        fill = `url(#${patternId})`;
        textColor = NO_DATA_STYLE.textColor;
        valueText = noDataLabel;
      } else {
        fill = classified.fill;
        textColor = classified.textColor;
        valueText = formatValue(value as number);
      }
      tooltip = `${shape.name}: ${noData ? valueText : describeValue(value as number)}`;
    }

    const pathClass = noData ? 'rir-map__region rir-map__region--no-data' : zero ? 'rir-map__region rir-map__region--zero' : 'rir-map__region';
    const path = `<path class="${pathClass}" d="${escapeXml(shape.d)}" fill="${fill}" fill-rule="evenodd" data-code="${escapeXml(shape.code)}"/>`;
    const titleElement = `<title>${escapeXml(tooltip)}</title>`;
    let label = '';
    if (showValueLabels && valueText !== undefined) {
      // With one fill, a long name ("Noord-Holland") runs over the water next to its region: a halo in the
      // region colour keeps white text at full contrast there. Presentation attributes, as the CSP allows no inline style.
      // With points on the map, a halo in the region colour keeps a label readable where it crosses a point.
      const haloColor = uniformFill ? NEUTRAL_REGION_FILL : markers.length > 0 && !noData ? fill : null;
      const halo = haloColor ? ` stroke="${haloColor}" stroke-width="3" stroke-linejoin="round" paint-order="stroke"` : '';
      const labelClass = noData ? 'rir-map__label rir-map__label--no-data' : 'rir-map__label';
      if (labelNames) {
        // Two lines, name above value; clamped on the longer line and on the height of both.
        const [x, y] = keepLabelInside(shape.labelPoint, shape.name.length > valueText.length ? shape.name : valueText, box, 2);
        const x0 = formatCoordinate(x);
        label = `<text class="${labelClass}" x="${x0}" y="${formatCoordinate(y - LABEL_FONT_SIZE * 0.55)}" text-anchor="middle" dominant-baseline="central" fill="${textColor}"${halo} aria-hidden="true"><tspan x="${x0}" class="rir-map__label-name">${escapeXml(shape.name)}</tspan><tspan x="${x0}" dy="${formatCoordinate(LABEL_FONT_SIZE * 1.1)}">${escapeXml(valueText)}</tspan></text>`;
      } else {
        const [x, y] = keepLabelInside(shape.labelPoint, valueText, box);
        label = `<text class="${labelClass}" x="${x}" y="${y}" text-anchor="middle" dominant-baseline="central" fill="${textColor}"${halo} aria-hidden="true">${escapeXml(valueText)}</text>`;
      }
    }
    if (linkFor === undefined) {
      regions.push(`<g>${titleElement}${path}</g>`);
      if (label !== '') labels.push(label);
    } else {
      // Inside the link the label can follow the region's hover/focus colours (see MAP_STYLE).
      regions.push(`<a class="rir-map__link" href="${escapeXml(linkFor(shape.code))}">${titleElement}${path}${label}</a>`);
    }
  }

  // Linked markers are interactive: the map is then a group, like a map with linked regions.
  const rootRole = linkFor === undefined && !markers.some((m) => m.href !== undefined) ? 'img' : 'group';
  const rootClass = input.labelsOnWideScreensOnly === true ? 'rir-map rir-map--wide-labels' : 'rir-map';
  const defs = needsPattern
    ? `<defs><pattern id="${patternId}" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="${NO_DATA_STYLE.background}"/><rect width="2" height="6" fill="${NO_DATA_STYLE.stripe}"/></pattern></defs>`
    : '';
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" class="${rootClass}" viewBox="${escapeXml(viewBox)}" role="${rootRole}" aria-labelledby="${titleId}" aria-describedby="${descId}" font-family="${FONT_FAMILY}">`,
    `<title id="${titleId}">${escapeXml(title)}</title>`,
    `<desc id="${descId}">${escapeXml(description)}</desc>`,
    defs,
    `<g class="rir-map__regions">${regions.join('')}</g>`,
    // Markers below the value labels: a label stays readable where a point falls on it (labels ignore the pointer).
    renderMarkers(markers),
    labels.length > 0 ? `<g class="rir-map__labels">${labels.join('')}</g>` : '',
    '</svg>',
  ].join('');
}

interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

function parseViewBox(viewBox: string): Box {
  const [x = 0, y = 0, width = 0, height = 0] = viewBox.trim().split(/[\s,]+/).map(Number);
  return { x, y, width, height };
}

/** Shifts a centred label so its (estimated) extent stays inside the viewBox, e.g. for coastal Zeeland. */
function keepLabelInside(point: readonly [number, number], text: string, box: Box, lines = 1): [number, number] {
  const halfWidth = (text.length * 0.6 * LABEL_FONT_SIZE) / 2 + 2;
  const halfHeight = lines === 1 ? LABEL_FONT_SIZE / 2 + 2 : (LABEL_FONT_SIZE * lines * 1.1) / 2 + 2;
  const clamp = (value: number, low: number, high: number): number => (low > high ? (low + high) / 2 : Math.min(high, Math.max(low, value)));
  return [
    Number(formatCoordinate(clamp(point[0], box.x + halfWidth, box.x + box.width - halfWidth))),
    Number(formatCoordinate(clamp(point[1], box.y + halfHeight, box.y + box.height - halfHeight))),
  ];
}
