const formatters = new Map<number, Intl.NumberFormat>();

/**
 * Formats a number the Dutch way (nl-NL): "1.234", "2,5". Never shows "-0"; rounds to at most
 * `maximumFractionDigits` decimals.
 */
export function formatDutchNumber(value: number, maximumFractionDigits = 1): string {
  let formatter = formatters.get(maximumFractionDigits);
  if (formatter === undefined) {
    formatter = new Intl.NumberFormat('nl-NL', { maximumFractionDigits, signDisplay: 'negative' });
    formatters.set(maximumFractionDigits, formatter);
  }
  return formatter.format(value);
}

/** Formats a range as "1.234 – 2.345" (en dash with spaces); a range of one value as just that value. */
export function formatDutchRange(
  from: number,
  to: number,
  format: (value: number) => string = (value) => formatDutchNumber(value),
): string {
  const left = format(from);
  const right = format(to);
  return left === right ? left : `${left} – ${right}`;
}
