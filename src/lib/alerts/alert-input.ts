import { z } from 'zod';

/** Limits against abuse: alerts per address, and subscribe requests per client per hour. */
export const ALERT_LIMITS = { perAddress: 10, perClientPerHour: 5, unconfirmedDays: 7 } as const;

/** The subscribe form: an e-mail address, how often, and the search (a query string). */
export const alertSubscribeSchema = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email('Vul een e-mailadres in, zoals naam@voorbeeld.nl.').max(200, 'Dit e-mailadres is te lang.')),
  frequentie: z.enum(['dagelijks', 'wekelijks'], 'Kies dagelijks of wekelijks.').default('wekelijks'),
  zoekopdracht: z.string().max(2000, 'Deze zoekopdracht is te lang om te bewaren.').default(''),
});

/** A validated subscribe request. */
export type AlertSubscribeInput = z.output<typeof alertSubscribeSchema>;
