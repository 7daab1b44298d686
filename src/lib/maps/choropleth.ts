import { pickTextColor } from './color-contrast.ts';
import { formatDutchNumber, formatDutchRange } from './format-dutch-number.ts';

/** How class breaks are chosen: equal counts per class, or equal-width intervals. */
export type ClassificationMethod = 'quantile' | 'equal';

/**
 * Sequential blues, light to dark, for up to five classes. Even the lightest has 3.1:1 contrast
 * with white, so every class stands out from the page background and from the white region
 * borders (WCAG 1.4.11 non-text contrast). The luminance steps are equal ratios from that lightest
 * blue down to near-black navy, so neighbouring classes differ by ≥ 1.5:1 in contrast and ≥ 13 in
 * ΔE*ab (the earlier palette's two darkest differed by 1.41:1 and looked alike on a phone).
 */
export const SEQUENTIAL_BLUES: readonly string[] = ['#5897cf', '#2c74bc', '#1b5496', '#0d366b', '#04142e'];

/** Least contrast ratio between neighbouring classes of `SEQUENTIAL_BLUES` (checked by a unit test). */
export const MIN_NEIGHBOUR_CONTRAST = 1.5;

/** Least CIE76 colour difference between neighbouring classes, and between the zero class and the lightest. */
export const MIN_NEIGHBOUR_DELTA_E = 13;

/**
 * The class of exactly zero (e.g. a COROP area without government staff): a pale blue-grey, far from
 * the lightest class, with a grey outline so the region keeps its edge against the white page.
 */
export const ZERO_STYLE = {
  background: '#e6eef6',
  stroke: '#767676',
  textColor: '#000000',
} as const;

/** Stroke between regions; white works because every class colour contrasts ≥3:1 with it. */
export const REGION_BORDER_COLOR = '#ffffff';

/**
 * "No data": white with grey diagonal stripes, so it cannot be mistaken for the lightest class
 * even in greyscale. The stripe grey has 4.5:1 contrast with white.
 */
export const NO_DATA_STYLE = {
  label: 'geen gegevens',
  background: '#ffffff',
  stripe: '#767676',
  /** Equivalent CSS background for an HTML legend swatch. */
  css: 'repeating-linear-gradient(45deg, #767676 0 2px, #ffffff 2px 6px)',
  textColor: '#000000',
} as const;

/** What a legend row or a classified value is: one of the value classes, the zero class, or no data. */
export type ClassKind = 'class' | 'zero' | 'no-data';

/** One legend row. `classIndex` is null for the zero and no-data rows. */
export interface LegendEntry {
  readonly kind: ClassKind;
  readonly classIndex: number | null;
  /** Fill colour; for the no-data row the pattern's background colour (see `NO_DATA_STYLE`). */
  readonly color: string;
  readonly textColor: '#000000' | '#ffffff';
  /** "1.234 – 2.345", the zero label, or the no-data label. */
  readonly label: string;
  /** Lowest and highest value shown by the label (0 for the zero class, null for no data). */
  readonly from: number | null;
  readonly to: number | null;
  /** How many values fall in this class. */
  readonly count: number;
}

/** Where a value lands: its class (null = zero or no data), fill and readable text colour. */
export interface ClassifiedValue {
  readonly kind: ClassKind;
  readonly classIndex: number | null;
  readonly fill: string;
  readonly textColor: '#000000' | '#ffffff';
}

/** A classification of a set of values, shared by a map and its legend. */
export interface Choropleth {
  readonly method: ClassificationMethod;
  /** Class boundaries, ascending, length = number of classes + 1; empty when there is no data. */
  readonly breaks: readonly number[];
  /** One colour per class. */
  readonly colors: readonly string[];
  /** A zero row if zero has its own class, the class rows (ascending), then a no-data row if any value is missing. */
  readonly legend: readonly LegendEntry[];
  /** Classifies one value; null, undefined and non-finite numbers count as no data. */
  classify(value: number | null | undefined): ClassifiedValue;
}

/** Options for `buildChoropleth`. */
export interface ChoroplethOptions {
  readonly method?: ClassificationMethod;
  /** Wanted number of classes, 1–5 (default 5); fewer are used when the data has fewer distinct values. */
  readonly classes?: number;
  /** Formats legend numbers (default nl-NL with at most one decimal). */
  readonly formatNumber?: (value: number) => string;
  readonly noDataLabel?: string;
  /**
   * Gives exactly 0 its own class with this legend label (e.g. "0 fte"), so a region without any value does
   * not share the lightest class with small ones. Ignored when any value is negative (0 is then a middle value).
   */
  readonly zeroLabel?: string;
}

/** Linear-interpolation quantile (R type 7, as in d3 and Excel) of ascending values; p in [0, 1]. */
export function quantile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) throw new RangeError('quantile of no values');
  const position = (sorted.length - 1) * Math.min(1, Math.max(0, p));
  const lower = Math.floor(position);
  const below = sorted[lower] as number;
  const above = sorted[Math.min(lower + 1, sorted.length - 1)] as number;
  return below + (above - below) * (position - lower);
}

/**
 * Class breaks [min, …, max] for the finite values. For quantiles, breaks that coincide (from ties)
 * are merged and no more classes are made than there are distinct values, so the result may have
 * fewer classes than asked. A single distinct value gives [v, v]: one class. No values give [].
 */
export function computeBreaks(
  values: Iterable<number | null | undefined>,
  method: ClassificationMethod = 'quantile',
  classes = 5,
): number[] {
  if (!Number.isInteger(classes) || classes < 1) throw new RangeError(`classes must be a positive integer, got ${classes}`);
  const sorted = finiteValues(values).sort((a, b) => a - b);
  if (sorted.length === 0) return [];
  const min = sorted[0] as number;
  const max = sorted[sorted.length - 1] as number;
  if (min === max) return [min, max];
  // Quantiles of fewer distinct values than classes would repeat; equal intervals may stay empty.
  const k = method === 'quantile' ? Math.min(classes, new Set(sorted).size) : classes;
  const breaks: number[] = [min];
  for (let i = 1; i < k; i += 1) {
    const exact = method === 'quantile' ? quantile(sorted, i / k) : min + ((max - min) * i) / k;
    // Drop floating-point noise (6.3999999999999995 → 6.4) so breaks read as the decimals they are.
    const edge = Number(exact.toPrecision(12));
    if (edge > (breaks[breaks.length - 1] as number) && edge < max) breaks.push(edge);
  }
  breaks.push(max);
  return breaks;
}

/**
 * The class of a value given breaks: class i holds breaks[i] ≤ v < breaks[i+1], the last class also
 * holds the maximum. Values outside the range are clamped to the first or last class.
 */
export function classIndexFor(value: number, breaks: readonly number[]): number {
  const classes = Math.max(1, breaks.length - 1);
  let index = 0;
  while (index < classes - 1 && value >= (breaks[index + 1] as number)) index += 1;
  return index;
}

/** Spreads k classes over the palette so few classes still span light to dark. */
export function paletteFor(classes: number, palette: readonly string[] = SEQUENTIAL_BLUES): string[] {
  if (classes > palette.length) throw new RangeError(`At most ${palette.length} classes, got ${classes}`);
  if (classes === 1) return [palette[Math.floor((palette.length - 1) / 2)] as string];
  return Array.from({ length: classes }, (_, i) => palette[Math.round((i * (palette.length - 1)) / (classes - 1))] as string);
}

/**
 * Classifies values for a choropleth map: breaks, a colour per class, legend rows with Dutch
 * labels and a classifier for single values. Legend labels show the lowest and highest value
 * actually in each class ("1 – 2", "3 – 4"), which never overlap; a class left empty (possible
 * with equal intervals) shows its interval instead.
 */
export function buildChoropleth(
  values: Iterable<number | null | undefined>,
  options: ChoroplethOptions = {},
): Choropleth {
  const { method = 'quantile', classes = 5, noDataLabel = NO_DATA_STYLE.label } = options;
  const format = options.formatNumber ?? ((value: number) => formatDutchNumber(value));
  const all = [...values];
  const zeroClass = options.zeroLabel !== undefined && all.every((value) => !isPresent(value) || value >= 0);
  const isZero = (value: number | null | undefined): boolean => zeroClass && value === 0;
  const breaks = computeBreaks(all.filter((value) => !isZero(value)), method, classes);
  const classCount = breaks.length === 0 ? 0 : breaks.length - 1;
  const colors = classCount === 0 ? [] : paletteFor(classCount);

  const members: number[][] = Array.from({ length: classCount }, () => []);
  let missing = 0;
  let zeros = 0;
  for (const value of all) {
    if (isZero(value)) zeros += 1;
    else if (isPresent(value) && classCount > 0) members[classIndexFor(value, breaks)]?.push(value);
    else missing += 1;
  }

  const legend: LegendEntry[] = [];
  if (zeros > 0) {
    legend.push({ kind: 'zero', classIndex: null, color: ZERO_STYLE.background, textColor: ZERO_STYLE.textColor, label: options.zeroLabel as string, from: 0, to: 0, count: zeros });
  }
  members.forEach((inClass, index) => {
    const color = colors[index] as string;
    const from = inClass.length > 0 ? Math.min(...inClass) : (breaks[index] as number);
    const to = inClass.length > 0 ? Math.max(...inClass) : (breaks[index + 1] as number);
    legend.push({
      kind: 'class',
      classIndex: index,
      color,
      textColor: pickTextColor(color),
      label: formatDutchRange(from, to, format),
      from,
      to,
      count: inClass.length,
    });
  });
  if (missing > 0) {
    legend.push({
      kind: 'no-data',
      classIndex: null,
      color: NO_DATA_STYLE.background,
      textColor: NO_DATA_STYLE.textColor,
      label: noDataLabel,
      from: null,
      to: null,
      count: missing,
    });
  }

  return {
    method,
    breaks,
    colors,
    legend,
    classify(value) {
      if (isZero(value)) return { kind: 'zero', classIndex: null, fill: ZERO_STYLE.background, textColor: ZERO_STYLE.textColor };
      if (!isPresent(value) || classCount === 0) {
        return { kind: 'no-data', classIndex: null, fill: NO_DATA_STYLE.background, textColor: NO_DATA_STYLE.textColor };
      }
      const classIndex = classIndexFor(value, breaks);
      const fill = colors[classIndex] as string;
      return { kind: 'class', classIndex, fill, textColor: pickTextColor(fill) };
    },
  };
}

function isPresent(value: number | null | undefined): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

function finiteValues(values: Iterable<number | null | undefined>): number[] {
  const result: number[] = [];
  for (const value of values) if (isPresent(value)) result.push(value);
  return result;
}
