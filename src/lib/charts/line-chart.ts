import { escapeXml } from '../maps/escape-xml.ts';
import { formatDutchNumber } from '../maps/format-dutch-number.ts';
import { svgIdPrefix } from '../maps/svg-id.ts';
import { formatCoordinate as f } from '../maps/svg-path.ts';
import { niceTicks } from './nice-ticks.ts';
import { renderMarker, seriesStyle } from './series-styles.ts';
import { spreadLabels } from './spread-labels.ts';
import { estimateTextWidth } from './text-width.ts';

/** One line: a name (used as direct label) and its points; y null leaves a gap (e.g. a suppressed value). */
export interface LineSeries {
  readonly name: string;
  readonly points: readonly { readonly x: string; readonly y: number | null }[];
}

/** Input for `renderLineChartSvg`. */
export interface LineChartInput {
  readonly series: readonly LineSeries[];
  readonly title: string;
  readonly description: string;
  /** Unit or quantity shown above the y axis, e.g. "Aantal vacatures". */
  readonly yLabel: string;
  /** Formats y tick labels and point tooltips (default nl-NL). */
  readonly formatY?: (value: number) => string;
  readonly width?: number;
  readonly height?: number;
  /** Start the y axis at zero (default true: honest for counts). */
  readonly includeZero?: boolean;
  readonly idPrefix?: string;
  /** Shown when no series has a value (default "Geen gegevens"). */
  readonly noDataLabel?: string;
}

const FONT_SIZE = 12;
const TEXT_COLOR = '#1a1a1a';
const AXIS_COLOR = '#595959';
const GRID_COLOR = '#d9d9d9';
const FONT_FAMILY = "'Fira Sans', Arial, sans-serif";

/**
 * Renders a line chart as an accessible SVG string (`role="img"` with `<title>`/`<desc>`; the page
 * should also offer the data as a table). The x axis is categorical, in order of first appearance
 * across series; the y axis has nice ticks. Series differ by colour, dash pattern and marker shape
 * and are labelled directly at the right end instead of with a legend.
 */
export function renderLineChartSvg(input: LineChartInput): string {
  const { series, title, description, yLabel, width = 640, height = 320, includeZero = true } = input;
  const formatY = input.formatY ?? ((value: number) => formatDutchNumber(value));
  const prefix = input.idPrefix ?? svgIdPrefix(title, 'rir-chart');

  const categories = [...new Set(series.flatMap((s) => s.points.map((point) => point.x)))];
  const lookups = series.map((s) => new Map(s.points.map((point) => [point.x, point.y])));
  const ys = lookups.flatMap((lookup) => [...lookup.values()].filter((y): y is number => y !== null && Number.isFinite(y)));

  const dataMin = ys.length > 0 ? Math.min(...ys) : 0;
  const dataMax = ys.length > 0 ? Math.max(...ys) : 1;
  const scale = niceTicks(includeZero ? Math.min(0, dataMin) : dataMin, includeZero ? Math.max(0, dataMax) : dataMax, 5);
  const tickLabels = scale.ticks.map(formatY);

  // Margins follow the text they must hold: tick labels left, direct series labels right.
  const left = Math.ceil(Math.max(...tickLabels.map((label) => estimateTextWidth(label, FONT_SIZE)))) + 10;
  const labelled = series.filter((_, i) => [...(lookups[i]?.values() ?? [])].some((y) => y !== null));
  const right = Math.min(
    Math.ceil(width * 0.4),
    Math.ceil(Math.max(0, ...labelled.map((s) => estimateTextWidth(s.name, FONT_SIZE)))) + 28,
  );
  const top = 28;
  const bottom = 28;
  const plotLeft = left;
  const plotRight = width - right;
  const plotTop = top;
  const plotBottom = height - bottom;
  if (plotRight - plotLeft < 20 || plotBottom - plotTop < 20) {
    throw new RangeError(`Chart of ${width}×${height} is too small for its labels`);
  }

  const inset = 8;
  const xFor = (index: number): number =>
    categories.length <= 1
      ? (plotLeft + plotRight) / 2
      : plotLeft + inset + ((plotRight - plotLeft - 2 * inset) * index) / (categories.length - 1);
  const yFor = (value: number): number =>
    plotBottom - ((value - scale.min) / (scale.max - scale.min)) * (plotBottom - plotTop);

  const parts: string[] = [];
  parts.push(`<text x="0" y="14" fill="${TEXT_COLOR}" font-weight="600">${escapeXml(yLabel)}</text>`);

  // Horizontal grid and y tick labels.
  scale.ticks.forEach((tick, i) => {
    const y = f(yFor(tick));
    parts.push(`<line x1="${plotLeft}" x2="${f(plotRight)}" y1="${y}" y2="${y}" stroke="${GRID_COLOR}" stroke-width="1"/>`);
    parts.push(
      `<text x="${plotLeft - 6}" y="${y}" text-anchor="end" dominant-baseline="central" fill="${TEXT_COLOR}">${escapeXml(tickLabels[i] ?? '')}</text>`,
    );
  });
  parts.push(`<line x1="${plotLeft}" x2="${f(plotRight)}" y1="${f(plotBottom)}" y2="${f(plotBottom)}" stroke="${AXIS_COLOR}" stroke-width="1"/>`);

  // Category labels, thinned out when they would overlap.
  const slot = Math.max(1, ...categories.map((c) => estimateTextWidth(c, FONT_SIZE) + 8));
  const every = Math.max(1, Math.ceil((categories.length * slot) / (plotRight - plotLeft)));
  categories.forEach((category, i) => {
    if (i % every !== 0) return;
    const x = f(xFor(i));
    parts.push(`<line x1="${x}" x2="${x}" y1="${f(plotBottom)}" y2="${f(plotBottom + 4)}" stroke="${AXIS_COLOR}" stroke-width="1"/>`);
    parts.push(`<text x="${x}" y="${f(plotBottom + 18)}" text-anchor="middle" fill="${TEXT_COLOR}">${escapeXml(category)}</text>`);
  });

  if (ys.length === 0) {
    const label = input.noDataLabel ?? 'Geen gegevens';
    parts.push(
      `<text x="${f((plotLeft + plotRight) / 2)}" y="${f((plotTop + plotBottom) / 2)}" text-anchor="middle" dominant-baseline="central" fill="${TEXT_COLOR}">${escapeXml(label)}</text>`,
    );
  }

  // Lines (broken at missing values), markers with tooltips, and end points for the direct labels.
  const ends: { name: string; index: number; y: number }[] = [];
  series.forEach((s, index) => {
    const style = seriesStyle(index);
    const lookup = lookups[index] ?? new Map<string, number | null>();
    let d = '';
    let penDown = false;
    let lastY: number | undefined;
    const markers: string[] = [];
    categories.forEach((category, i) => {
      const value = lookup.get(category);
      if (value === undefined || value === null || !Number.isFinite(value)) {
        penDown = false;
        return;
      }
      const x = xFor(i);
      const y = yFor(value);
      d += `${penDown ? 'L' : 'M'}${f(x)},${f(y)}`;
      penDown = true;
      lastY = y;
      markers.push(renderMarker(style.marker, x, y, style.color, `<title>${escapeXml(`${s.name}, ${category}: ${formatY(value)}`)}</title>`));
    });
    const dash = style.dash === undefined ? '' : ` stroke-dasharray="${style.dash}"`;
    parts.push(
      `<g class="rir-chart__series">${d === '' ? '' : `<path d="${d}" fill="none" stroke="${style.color}" stroke-width="2.5" stroke-linejoin="round" stroke-linecap="round"${dash}/>`}${markers.join('')}</g>`,
    );
    if (lastY !== undefined) ends.push({ name: s.name, index, y: lastY });
  });

  const labelYs = spreadLabels(
    ends.map((end) => end.y),
    FONT_SIZE + 3,
    plotTop,
    plotBottom,
  );
  ends.forEach((end, i) => {
    const style = seriesStyle(end.index);
    const y = labelYs[i] as number;
    parts.push(
      `${renderMarker(style.marker, plotRight + 12, y, style.color)}<text x="${f(plotRight + 22)}" y="${f(y)}" dominant-baseline="central" fill="${style.color}" font-weight="600">${escapeXml(end.name)}</text>`,
    );
  });

  return [
    `<svg xmlns="http://www.w3.org/2000/svg" class="rir-chart rir-chart--line" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="${prefix}-title" aria-describedby="${prefix}-desc" font-family="${FONT_FAMILY}" font-size="${FONT_SIZE}">`,
    `<title id="${prefix}-title">${escapeXml(title)}</title>`,
    `<desc id="${prefix}-desc">${escapeXml(description)}</desc>`,
    ...parts,
    '</svg>',
  ].join('');
}
