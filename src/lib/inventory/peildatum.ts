import type { NormaliseResult } from '../import/normalise-date.ts';

/**
 * Checks a peildatum for the inventory: BZK counts employment on 1 January, so only `YYYY-01-01` is accepted
 * (years 2000–2100). Returns the date unchanged or a Dutch message.
 */
export function validatePeildatum(input: string): NormaliseResult<string> {
  const text = input.trim();
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return { ok: false, message: `Peildatum "${text.slice(0, 30)}" heeft niet de vorm jjjj-01-01 (bijvoorbeeld 2025-01-01).` };
  const year = Number(match[1]);
  if (year < 2000 || year > 2100) return { ok: false, message: `Peildatum ${text}: het jaar moet tussen 2000 en 2100 liggen.` };
  if (match[2] !== '01' || match[3] !== '01') {
    return { ok: false, message: `Peildatum ${text} is geen 1 januari: de rijkswerkgelegenheid wordt geteld op 1 januari (gebruik ${year}-01-01).` };
  }
  return { ok: true, value: text };
}

/** The year of a valid peildatum ('2025-01-01' → 2025). */
export function peildatumYear(peildatum: string): number {
  return Number(peildatum.slice(0, 4));
}
