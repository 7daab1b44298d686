import { z } from 'zod';

/** Outcome of normalising one input value: the normalised value, or a Dutch message for the import report. */
export type NormaliseResult<T> = { ok: true; value: T } | { ok: false; message: string };

const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];

const MIN_YEAR = 1900;
const MAX_YEAR = 2100;

// Dutch order with - or / (same separator twice), and ISO with an optional time part that is ignored.
const DUTCH_DATE = /^(\d{1,2})([-/])(\d{1,2})\2(\d{4})$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;

/** Days in a month of the proleptic Gregorian calendar (month 1–12). */
function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Quotes user input in a message, shortened so one cell cannot flood the report. */
const quoted = (input: string): string => `"${input.length > 40 ? `${input.slice(0, 40)}…` : input}"`;

/**
 * Normalises a date to ISO `YYYY-MM-DD`. Accepts `dd-mm-jjjj`, `d-m-jjjj`, `dd/mm/jjjj` (also `d/m/jjjj`),
 * ISO `jjjj-mm-dd` and ISO date-times, of which the written date part is taken as-is (no time zone
 * conversion: `2024-02-29T23:30:00Z` → `2024-02-29`). Checks that the date exists and lies in 1900–2100.
 */
export function normaliseDate(input: string): NormaliseResult<string> {
  const text = input.trim();
  if (text === '') return { ok: false, message: 'Datum ontbreekt.' };
  let day: number;
  let month: number;
  let year: number;
  const dutch = DUTCH_DATE.exec(text);
  const iso = dutch ? null : ISO_DATE.exec(text);
  if (dutch) {
    day = Number(dutch[1]);
    month = Number(dutch[3]);
    year = Number(dutch[4]);
  } else if (iso) {
    year = Number(iso[1]);
    month = Number(iso[2]);
    day = Number(iso[3]);
  } else if (/^\d{5}$/.test(text)) {
    // Excel writes a date cell that is not formatted as date as its serial number (45351 = 29-02-2024).
    return {
      ok: false,
      message: `${quoted(text)} lijkt een Excel-datumnummer. Geef de kolom in Excel de datumnotatie dd-mm-jjjj en exporteer opnieuw.`,
    };
  } else {
    return { ok: false, message: `${quoted(text)} is geen datum. Gebruik dd-mm-jjjj (bijvoorbeeld 31-12-2024) of jjjj-mm-dd.` };
  }
  if (month < 1 || month > 12) return { ok: false, message: `${quoted(text)} is geen geldige datum: maand ${month} bestaat niet.` };
  if (year < MIN_YEAR || year > MAX_YEAR) {
    return { ok: false, message: `${quoted(text)} is geen geldige datum: het jaar moet tussen ${MIN_YEAR} en ${MAX_YEAR} liggen.` };
  }
  const maxDay = daysInMonth(year, month);
  if (day < 1 || day > maxDay) {
    return {
      ok: false,
      message: `${quoted(text)} bestaat niet: ${MONTHS[month - 1]} ${year} heeft ${maxDay} dagen.`,
    };
  }
  const pad = (n: number): string => String(n).padStart(2, '0');
  return { ok: true, value: `${year}-${pad(month)}-${pad(day)}` };
}

/** Zod schema: a date string in any form {@link normaliseDate} accepts, output as ISO `YYYY-MM-DD`. */
export const zDutchDate = z.string().transform((input, ctx) => {
  const result = normaliseDate(input);
  if (result.ok) return result.value;
  ctx.addIssue({ code: 'custom', message: result.message });
  return z.NEVER;
});

/** Zod schema for an optional date column: empty or whitespace → null, otherwise as {@link zDutchDate}. */
export const zOptionalDutchDate = z.string().transform((input, ctx): string | null => {
  if (input.trim() === '') return null;
  const result = normaliseDate(input);
  if (result.ok) return result.value;
  ctx.addIssue({ code: 'custom', message: result.message });
  return z.NEVER;
});
