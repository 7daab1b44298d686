import type { DisclosurePolicy } from './policy.ts';

/** Why a figure is hidden: a small count, protection of another hidden count, or a too small denominator. */
export type SuppressionReason = 'primair' | 'secundair' | 'noemer';

/** One published figure: either a (rounded) value with its Dutch display text or a hidden figure with its reason. */
export type PublishedCell =
  | { readonly kind: 'value'; readonly value: number; readonly display: string }
  | {
      readonly kind: 'suppressed';
      readonly reason: SuppressionReason;
      readonly display: `<${number}` | '…';
      readonly explanation: string;
      readonly explanationEn: string;
    };

/** Footnote for every table or list with rounded counts. */
export const ROUNDING_NOTE = 'Afgeronde aantallen tellen niet altijd op tot het totaal.';

/** English variant of ROUNDING_NOTE. */
export const ROUNDING_NOTE_EN = 'Rounded counts do not always add up to the total.';

// Building an Intl formatter costs far more than using one; tables format thousands of cells.
const numberFormats = new Map<number, Intl.NumberFormat>();

/** Formats a number the Dutch way ("1.235", "12,5"). */
export function formatNumber(value: number, decimals = 0): string {
  let format = numberFormats.get(decimals);
  if (!format) {
    format = new Intl.NumberFormat('nl-NL', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
    numberFormats.set(decimals, format);
  }
  return format.format(value);
}

/** A shown figure; `display` defaults to the Dutch formatting of `value`. */
export function valueCell(value: number, display = formatNumber(value)): PublishedCell {
  return { kind: 'value', value, display };
}

/** A hidden figure with the explanation texts for `reason`, worded with the policy's thresholds. */
export function suppressedCell(
  reason: SuppressionReason,
  policy: DisclosurePolicy,
  display: `<${number}` | '…' = '…',
): PublishedCell {
  const texts: Record<SuppressionReason, readonly [string, string]> = {
    primair: [
      `Minder dan ${policy.minCount} waarnemingen: niet getoond om herleidbaarheid te voorkomen.`,
      `Fewer than ${policy.minCount} observations: not shown to prevent identification.`,
    ],
    secundair: [
      'Verborgen zodat een ander verborgen getal niet uit de totalen kan worden afgeleid.',
      'Hidden so that another hidden number cannot be derived from the totals.',
    ],
    noemer: [
      `Percentage niet getoond: minder dan ${policy.minDenominator} waarnemingen in de noemer.`,
      `Percentage not shown: fewer than ${policy.minDenominator} observations in the denominator.`,
    ],
  };
  const [explanation, explanationEn] = texts[reason];
  return { kind: 'suppressed', reason, display, explanation, explanationEn };
}
