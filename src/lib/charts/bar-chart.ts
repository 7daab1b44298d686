import { escapeXml } from '../maps/escape-xml.ts';
import { svgIdPrefix } from '../maps/svg-id.ts';
import { formatCoordinate as f } from '../maps/svg-path.ts';
import { estimateTextWidth, truncateToWidth } from './text-width.ts';

/** One bar: its label, value (null when suppressed for privacy) and the value as it should be shown. */
export interface Bar {
  readonly label: string;
  readonly value: number | null;
  readonly display: string;
}

/** Input for `renderBarChartSvg`. */
export interface BarChartInput {
  readonly bars: readonly Bar[];
  readonly title: string;
  readonly description: string;
  readonly width?: number;
  readonly idPrefix?: string;
  /** Text in place of a suppressed (null) value (default "niet getoond"). */
  readonly suppressedLabel?: string;
  /** Bar fill; needs ≥3:1 contrast with white (default Rijks dark blue, 6.1:1). */
  readonly barColor?: string;
}

const FONT_SIZE = 12;
const ROW_HEIGHT = 28;
const BAR_HEIGHT = 18;
const PADDING = 4;
const TEXT_COLOR = '#1a1a1a';
const MUTED_TEXT_COLOR = '#595959';
const AXIS_COLOR = '#595959';
const FONT_FAMILY = "'Fira Sans', Arial, sans-serif";

/**
 * Renders a horizontal bar chart as an accessible SVG string (`role="img"` with `<title>`/`<desc>`).
 * Bars keep input order; each shows its `display` text at its end. A null value draws no bar and
 * shows "niet getoond" in grey italics, so a suppressed value never looks like a zero. Negative
 * values grow left from a zero line. Long labels are shortened with "…" (full text in a tooltip).
 */
export function renderBarChartSvg(input: BarChartInput): string {
  const { bars, title, description, width = 640, barColor = '#01689b' } = input;
  const suppressedLabel = input.suppressedLabel ?? 'niet getoond';
  const prefix = input.idPrefix ?? svgIdPrefix(title, 'rir-chart');
  const height = PADDING * 2 + Math.max(1, bars.length) * ROW_HEIGHT;

  const maxLabelWidth = Math.floor(width * 0.35);
  const labelColumn = Math.min(maxLabelWidth, Math.ceil(Math.max(0, ...bars.map((bar) => estimateTextWidth(bar.label, FONT_SIZE))))) + 8;
  const valueColumn =
    Math.ceil(
      Math.max(
        0,
        ...bars.map((bar) => estimateTextWidth(bar.value === null ? suppressedLabel : bar.display, FONT_SIZE)),
      ),
    ) + 8;
  const plotLeft = labelColumn;
  const plotRight = width - valueColumn;
  if (plotRight - plotLeft < 20) throw new RangeError(`Chart width ${width} is too small for its labels`);

  const values = bars.map((bar) => bar.value).filter((value): value is number => value !== null && Number.isFinite(value));
  const lo = Math.min(0, ...values);
  const hiRaw = Math.max(0, ...values);
  const hi = hiRaw === lo ? lo + 1 : hiRaw;
  const xFor = (value: number): number => plotLeft + ((value - lo) / (hi - lo)) * (plotRight - plotLeft);
  const zeroX = xFor(0);

  const rows = bars.map((bar, i) => {
    const rowTop = PADDING + i * ROW_HEIGHT;
    const centre = f(rowTop + ROW_HEIGHT / 2);
    const shown = truncateToWidth(bar.label, labelColumn - 8, FONT_SIZE);
    const labelTitle = shown === bar.label ? '' : `<title>${escapeXml(bar.label)}</title>`;
    const label = `<text x="${labelColumn - 8}" y="${centre}" text-anchor="end" dominant-baseline="central" fill="${TEXT_COLOR}">${labelTitle}${escapeXml(shown)}</text>`;
    if (bar.value === null || !Number.isFinite(bar.value)) {
      return `<g class="rir-chart__bar rir-chart__bar--suppressed">${label}<text x="${f(zeroX + 4)}" y="${centre}" dominant-baseline="central" fill="${MUTED_TEXT_COLOR}" font-style="italic">${escapeXml(suppressedLabel)}</text></g>`;
    }
    const end = xFor(bar.value);
    const x = Math.min(zeroX, end);
    const barWidth = Math.abs(end - zeroX);
    const rect = `<rect x="${f(x)}" y="${f(rowTop + (ROW_HEIGHT - BAR_HEIGHT) / 2)}" width="${f(barWidth)}" height="${BAR_HEIGHT}" fill="${barColor}"><title>${escapeXml(`${bar.label}: ${bar.display}`)}</title></rect>`;
    // Negative bars run left, so their value goes just right of the zero line to stay clear of the labels.
    const textX = bar.value >= 0 ? end + 4 : zeroX + 4;
    const value = `<text x="${f(textX)}" y="${centre}" dominant-baseline="central" fill="${TEXT_COLOR}">${escapeXml(bar.display)}</text>`;
    return `<g class="rir-chart__bar">${label}${rect}${value}</g>`;
  });

  return [
    `<svg xmlns="http://www.w3.org/2000/svg" class="rir-chart rir-chart--bar" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="${prefix}-title" aria-describedby="${prefix}-desc" font-family="${FONT_FAMILY}" font-size="${FONT_SIZE}">`,
    `<title id="${prefix}-title">${escapeXml(title)}</title>`,
    `<desc id="${prefix}-desc">${escapeXml(description)}</desc>`,
    ...rows,
    `<line x1="${f(zeroX)}" x2="${f(zeroX)}" y1="${PADDING}" y2="${height - PADDING}" stroke="${AXIS_COLOR}" stroke-width="1"/>`,
    '</svg>',
  ].join('');
}
