import { z } from 'zod';
import type { Locale } from '../i18n/locales.ts';
import { MAATREGEL_CODES } from './measure-codes.ts';

/**
 * How far a measure is, as BZK analysts record it. `doorlopend` is for the plan's recurring
 * actions (yearly talks, yearly reporting) that are never "done".
 */
export const MAATREGEL_STATUSES = ['niet-gestart', 'lopend', 'doorlopend', 'gereed', 'gestopt'] as const;

/** One status value. */
export type MaatregelStatus = (typeof MAATREGEL_STATUSES)[number];

const LABELS: Record<MaatregelStatus, Record<Locale, string>> = {
  'niet-gestart': { nl: 'Nog niet gestart', en: 'Not started' },
  lopend: { nl: 'Loopt', en: 'In progress' },
  doorlopend: { nl: 'Doorlopend (terugkerend)', en: 'Ongoing (recurring)' },
  gereed: { nl: 'Gereed', en: 'Completed' },
  gestopt: { nl: 'Gestopt', en: 'Stopped' },
};

/** The display label of a status. */
export function statusLabel(status: MaatregelStatus, locale: Locale): string {
  return LABELS[status][locale];
}

/** Today as an ISO date in Europe/Amsterdam (a status date may not lie in the future). */
export function todayInAmsterdam(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** The staff form's input for a new status of a measure, with Dutch messages for the form. */
export function measureStatusInput(now: Date = new Date()) {
  return z.object({
    maatregel: z.enum(MAATREGEL_CODES, { error: 'Kies een maatregel uit het actieplan.' }),
    status: z.enum(MAATREGEL_STATUSES, { error: 'Kies een status.' }),
    peildatum: z.iso
      .date({ error: 'Vul een datum in als jjjj-mm-dd.' })
      .refine((d) => d >= '2024-10-25', 'De datum ligt vóór het actieplan (25 oktober 2024).')
      .refine((d) => d <= todayInAmsterdam(now), 'De datum ligt in de toekomst.'),
    notitie: z
      .string()
      .trim()
      .max(1000, 'De toelichting is te lang (hoogstens 1000 tekens).')
      .transform((s) => (s === '' ? null : s)),
  });
}

/** A validated new status. */
export type MeasureStatusInput = z.output<ReturnType<typeof measureStatusInput>>;
