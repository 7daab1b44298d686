import type { NormaliseResult } from '../import/normalise-date.ts';

/**
 * Fte values are kept as integer tenths (12,5 fte → 125) inside the inventory: sums are then exact and the
 * numeric(10,1) column round-trips without floating-point noise.
 */

/** Largest fte a single row may hold; far above any organisation, low enough to catch a misplaced separator. */
export const MAX_ROW_FTE = 999_999.9;

const NUMBER = /^(\d+)(?:[.,](\d+))?$/;

/** Quotes user input in a message, shortened so one cell cannot flood the report. */
const quoted = (input: string): string => `"${input.length > 20 ? `${input.slice(0, 20)}…` : input}"`;

/**
 * Parses an fte as written in Dutch ("12,5") or English ("12.5") notation into integer tenths. At most one
 * decimal (trailing zeros allowed: "12,50"); thousands separators are refused because "1.234" is ambiguous.
 */
export function parseFteTenths(input: string): NormaliseResult<number> {
  const text = input.trim().replace(/\s+/g, '');
  if (text === '') return { ok: false, message: 'Fte ontbreekt.' };
  if (text.startsWith('-')) return { ok: false, message: `${quoted(input.trim())}: fte mag niet negatief zijn.` };
  const match = NUMBER.exec(text);
  if (!match) {
    if (/^[\d.,]+$/.test(text)) {
      return { ok: false, message: `${quoted(text)} is geen geldig fte-getal: gebruik geen scheidingsteken voor duizendtallen (schrijf 1234,5).` };
    }
    return { ok: false, message: `${quoted(input.trim())} is geen getal. Schrijf fte als 12,5 of 12.5.` };
  }
  const decimals = (match[2] ?? '').replace(/0+$/, '');
  if (decimals.length > 1) {
    return { ok: false, message: `${quoted(text)} heeft te veel decimalen: fte wordt vastgelegd op één decimaal (bijvoorbeeld 12,5).` };
  }
  const tenths = Number(match[1]) * 10 + (decimals === '' ? 0 : Number(decimals));
  if (!Number.isSafeInteger(tenths) || tenths > MAX_ROW_FTE * 10) {
    return { ok: false, message: `${quoted(text)} is te groot voor één regel (hoogstens ${String(MAX_ROW_FTE).replace('.', ',')} fte).` };
  }
  return { ok: true, value: tenths };
}

/** Integer tenths → fte number with one decimal (125 → 12.5). */
export function tenthsToFte(tenths: number): number {
  return tenths / 10;
}

/** Fte number (at most one decimal, as read from numeric(10,1)) → integer tenths. */
export function fteToTenths(fte: number): number {
  if (!Number.isFinite(fte)) throw new RangeError(`fte must be a finite number, got ${fte}`);
  return Math.round(fte * 10);
}
