/**
 * The ten measures of the BZK action plan after the Flach/Zeedijk motion (annex 2 to Kamerstuk
 * 31 490, nr. 347), in the plan's own order. The one list: the content schema, the status form and
 * the database check all derive from it.
 */
export const MAATREGEL_CODES = ['1a', '1b', '1c', '1d', '2', '3', '4', '5', '6', '7'] as const;

/** One measure code, e.g. `1d`. */
export type MaatregelCode = (typeof MAATREGEL_CODES)[number];

/** Whether a string is one of the ten measure codes. */
export function isMaatregelCode(value: string): value is MaatregelCode {
  return (MAATREGEL_CODES as readonly string[]).includes(value);
}
