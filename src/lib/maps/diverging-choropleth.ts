import { computeBreaks, classIndexFor, NO_DATA_STYLE, ZERO_STYLE, type Choropleth, type ClassifiedValue, type LegendEntry } from './choropleth.ts';
import { pickTextColor } from './color-contrast.ts';
import { formatDutchNumber, formatDutchRange } from './format-dutch-number.ts';

/**
 * Colours for a change map, from the largest loss to the largest gain: two oranges, the zero class's pale
 * blue-grey, two blues. Orange against blue stays apart for the common colour-vision deficiencies; every class
 * colour has ≥ 3:1 against white and neighbouring classes differ by ≥ 2.2:1 (checked by a unit test).
 */
export const DIVERGING_LOSS: readonly string[] = ['#6b2c00', '#c4621c'];
/** Gain colours, small then large: the first and third of `SEQUENTIAL_BLUES`. */
export const DIVERGING_GAIN: readonly string[] = ['#5897cf', '#1b5496'];

/** Options for `buildDivergingChoropleth`. */
export interface DivergingOptions {
  /** Formats legend numbers (default nl-NL, at most one decimal). */
  readonly formatNumber?: (value: number) => string;
  /** Legend label of exactly 0 (e.g. "geen verandering"). */
  readonly zeroLabel: string;
  readonly noDataLabel?: string;
}

/**
 * Classifies changes (negative, zero, positive) for a diverging map: up to two quantile classes of losses
 * in orange, zero in its own neutral class, up to two classes of gains in blue. The legend runs from the
 * largest loss to the largest gain, then no data. Shares the `Choropleth` shape, so the same map renderer
 * and legend draw it; `breaks` holds the gain breaks and `colors` every class colour in legend order.
 */
export function buildDivergingChoropleth(values: Iterable<number | null | undefined>, options: DivergingOptions): Choropleth {
  const format = options.formatNumber ?? ((value: number) => formatDutchNumber(value));
  const noDataLabel = options.noDataLabel ?? NO_DATA_STYLE.label;
  const all = [...values];
  const present = all.filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
  const losses = present.filter((v) => v < 0).map((v) => -v);
  const gains = present.filter((v) => v > 0);
  const lossBreaks = computeBreaks(losses, 'quantile', 2);
  const gainBreaks = computeBreaks(gains, 'quantile', 2);
  const lossColors = lossBreaks.length === 2 ? [DIVERGING_LOSS[1] as string] : [...DIVERGING_LOSS].reverse();
  const gainColors = gainBreaks.length === 2 ? [DIVERGING_GAIN[0] as string] : [...DIVERGING_GAIN];

  const classifyValue = (value: number | null | undefined): ClassifiedValue => {
    if (typeof value !== 'number' || !Number.isFinite(value)) return { kind: 'no-data', classIndex: null, fill: NO_DATA_STYLE.background, textColor: NO_DATA_STYLE.textColor };
    if (value === 0) return { kind: 'zero', classIndex: null, fill: ZERO_STYLE.background, textColor: ZERO_STYLE.textColor };
    // Loss classes count from the small loss (index 0) outwards; the legend shows them reversed.
    const [breaks, colors, sign] = value < 0 ? [lossBreaks, lossColors, -1] : [gainBreaks, gainColors, 1];
    const index = classIndexFor(Math.abs(value), breaks);
    const fill = colors[index] as string;
    return { kind: 'class', classIndex: sign * (index + 1), fill, textColor: pickTextColor(fill) };
  };

  const groups = new Map<string, number[]>();
  let missing = 0;
  for (const value of all) {
    const classified = classifyValue(value);
    if (classified.kind === 'no-data') missing += 1;
    else groups.set(`${classified.kind}:${classified.classIndex}`, [...(groups.get(`${classified.kind}:${classified.classIndex}`) ?? []), value as number]);
  }
  const legend: LegendEntry[] = [];
  const entry = (kind: 'class' | 'zero', classIndex: number | null, color: string, label: string | null): void => {
    const members = groups.get(`${kind}:${classIndex}`) ?? [];
    if (members.length === 0) return;
    const from = Math.min(...members);
    const to = Math.max(...members);
    legend.push({ kind, classIndex, color, textColor: pickTextColor(color), label: label ?? formatDutchRange(from, to, format), from, to, count: members.length });
  };
  for (let i = lossColors.length - 1; i >= 0; i -= 1) entry('class', -(i + 1), lossColors[i] as string, null);
  entry('zero', null, ZERO_STYLE.background, options.zeroLabel);
  gainColors.forEach((color, i) => entry('class', i + 1, color, null));
  if (missing > 0) legend.push({ kind: 'no-data', classIndex: null, color: NO_DATA_STYLE.background, textColor: NO_DATA_STYLE.textColor, label: noDataLabel, from: null, to: null, count: missing });

  return {
    method: 'quantile',
    breaks: gainBreaks,
    colors: legend.filter((row) => row.kind !== 'no-data').map((row) => row.color),
    legend,
    classify: classifyValue,
  };
}
