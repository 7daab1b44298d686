import { formatNumber, valueCell, type PublishedCell } from '../cell.ts';
import { fisherExactTwoSided } from '../../statistics/fisher-exact.ts';
import { wilsonInterval } from '../../statistics/wilson-interval.ts';

/**
 * Presentation rules applied to PUBLISHED (perturbed) values only. Every function here takes published values and
 * returns what may be shown; none of them sees a true count, so nothing shown can reveal more than the published
 * counts themselves — and a derived figure is only shown when every published count it uses is shown as a number.
 */

/** Published values below this are shown as "<10" (also 0: an exact zero would tell that a group is empty). */
export const MIN_SHOWN = 10;

/** Percentages, intervals, indices and tests need a published denominator of at least this. */
export const MIN_DENOMINATOR = 50;

/** A note for every table: cells, totals and stages are each perturbed by their own key. */
export const RELEASE_NOTE =
  'Elk getal heeft een eigen kleine afwijking (hooguit 3) om herleiding te voorkomen; rijen en kolommen tellen daardoor niet altijd precies op tot het totaal.';

/** English variant of RELEASE_NOTE. */
export const RELEASE_NOTE_EN =
  'Every number has its own small deviation (at most 3) to prevent identification; rows and columns therefore do not always add up exactly to the total.';

const HIDDEN_SMALL: PublishedCell = Object.freeze({
  kind: 'suppressed',
  reason: 'primair',
  display: `<${MIN_SHOWN}`,
  explanation: `Minder dan ${MIN_SHOWN}: niet als getal getoond om herleidbaarheid te voorkomen.`,
  explanationEn: `Fewer than ${MIN_SHOWN}: not shown as a number to prevent identification.`,
});

const HIDDEN_DENOMINATOR: PublishedCell = Object.freeze({
  kind: 'suppressed',
  reason: 'noemer',
  display: '…',
  explanation: `Niet getoond: minder dan ${MIN_DENOMINATOR} waarnemingen in de noemer, of de teller is kleiner dan ${MIN_SHOWN}.`,
  explanationEn: `Not shown: fewer than ${MIN_DENOMINATOR} observations in the denominator, or a numerator below ${MIN_SHOWN}.`,
});

/** Whether a published count is shown as a number. */
export function isShown(published: number): boolean {
  return published >= MIN_SHOWN;
}

/** A published count as a cell: "<10" below 10, otherwise the number. */
export function presentCount(published: number): PublishedCell {
  return isShown(published) ? valueCell(published) : HIDDEN_SMALL;
}

/** Whether a share numerator/denominator of published counts may be shown (both shown, denominator ≥ 50). */
export function shareAllowed(numerator: number, denominator: number): boolean {
  return denominator >= MIN_DENOMINATOR && isShown(numerator) && numerator <= denominator;
}

/** A percentage (whole percent) from published counts, or hidden. */
export function presentShare(numerator: number, denominator: number): PublishedCell {
  if (!shareAllowed(numerator, denominator)) return HIDDEN_DENOMINATOR;
  const value = Math.floor((200 * numerator + denominator) / (2 * denominator));
  return valueCell(value, `${formatNumber(value)}%`);
}

/** A Wilson 95% interval in whole percentages ("45–62%") from published counts, or hidden. */
export function presentInterval(numerator: number, denominator: number): PublishedCell {
  if (!shareAllowed(numerator, denominator)) return HIDDEN_DENOMINATOR;
  const interval = wilsonInterval(numerator, denominator);
  const lower = Math.round(interval.lower * 100);
  return valueCell(lower, `${lower}–${Math.round(interval.upper * 100)}%`);
}

/** A ratio of two shares from published counts (2 decimals), or hidden. */
export function presentRatio(value: number | null): PublishedCell {
  if (value === null || !Number.isFinite(value)) return HIDDEN_DENOMINATOR;
  const rounded = Math.round(value * 100) / 100;
  return valueCell(rounded, formatNumber(rounded, 2));
}

/** The hidden cell for a derived figure whose inputs are not shown. */
export function hiddenDerived(): PublishedCell {
  return HIDDEN_DENOMINATOR;
}

/** Fisher's exact test (two-sided) on published counts: group a of n versus reference b of m. */
export function publishedFisher(a: number, n: number, b: number, m: number): number {
  return fisherExactTwoSided([
    [a, n - a],
    [b, m - b],
  ]);
}

/** Holm–Bonferroni adjusted p-values, in the order given. */
export function holmAdjust(pValues: readonly number[]): number[] {
  const order = pValues.map((p, i) => ({ p, i })).sort((x, y) => x.p - y.p);
  const adjusted: number[] = Array.from({ length: pValues.length }, () => 0);
  let running = 0;
  order.forEach(({ p, i }, rank) => {
    running = Math.max(running, Math.min(1, (pValues.length - rank) * p));
    adjusted[i] = running;
  });
  return adjusted;
}

/** A p-value cell (3 decimals, "< 0,001"). */
export function presentPValue(p: number): PublishedCell {
  const rounded = Math.round(p * 1000) / 1000;
  return valueCell(rounded, p < 0.001 ? '< 0,001' : formatNumber(rounded, 3));
}
