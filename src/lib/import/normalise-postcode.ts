import { z } from 'zod';
import type { NormaliseResult } from './normalise-date.ts';

// Four digits (no leading zero), optional whitespace, optional two letters. The letters are matched only to
// accept the full form; they are never captured, so the 6-character postcode is not kept anywhere.
const POSTCODE = /^([1-9]\d{3})\s*(?:[a-z]{2})?$/i;

/**
 * Reduces a Dutch postcode to its 4-digit area (PC4): `9711 AB`, `9711ab`, ` 9711  ab ` and `9711` → `'9711'`.
 * Privacy: the letters identify a street and are discarded here, at the first step of every import.
 * Empty input → `null` (unknown). Messages never repeat the input, so a report cannot leak a full postcode.
 */
export function normalisePostcode(input: string | null | undefined): NormaliseResult<string | null> {
  const text = (input ?? '').trim();
  if (text === '') return { ok: true, value: null };
  const match = POSTCODE.exec(text);
  if (match) return { ok: true, value: match[1]! };
  const message = /^0\d{3}(\s*[a-z]{2})?$/i.test(text)
    ? 'Ongeldige postcode: een Nederlandse postcode begint niet met 0.'
    : 'Ongeldige postcode: gebruik vier cijfers, eventueel gevolgd door twee letters (bijvoorbeeld 9711 AB of 9711).';
  return { ok: false, message };
}

/** Zod schema: a postcode column reduced to PC4 (`'9711'`), or null when empty. */
export const zPostcodePc4 = z.string().transform((input, ctx): string | null => {
  const result = normalisePostcode(input);
  if (result.ok) return result.value;
  ctx.addIssue({ code: 'custom', message: result.message });
  return z.NEVER;
});
