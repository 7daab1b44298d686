import { z } from 'zod';
import { PLEIN_STATUSSEN } from './hub-vocabulary.ts';

const optional = (max: number, what: string) =>
  z
    .string()
    .trim()
    .max(max, `${what} is te lang (hoogstens ${max} tekens).`)
    .transform((s) => (s === '' ? null : s));
const optionalUrl = z
  .string()
  .trim()
  .transform((s) => (s === '' ? null : s))
  .pipe(z.url({ protocol: /^https?$/, error: 'Vul een webadres in dat begint met https:// of http://, of laat het leeg.' }).nullable());

/** The staff form for a hub, with Dutch messages per field. */
export const hubInput = z.object({
  plaats: z.string().trim().min(2, 'Vul de plaats in.').max(80, 'De plaats is te lang.'),
  gemeente_code: z.string().regex(/^GM\d{4}$/, 'Kies een gemeente.'),
  status: z.enum(PLEIN_STATUSSEN, { error: 'Kies een status.' }),
  faciliteiten: optional(1000, 'De beschrijving van de faciliteiten'),
  opmerking: optional(1000, 'De opmerking'),
  bron: optionalUrl,
});

/** A validated hub. */
export type HubInput = z.output<typeof hubInput>;

/** The staff form for a counter with a rijksfunctie. */
export const counterInput = z.object({
  organisaties: z.string().trim().min(2, 'Noem de organisatie(s) van de balie.').max(300, 'Te lang (hoogstens 300 tekens).'),
  diensten: z.string().trim().min(2, 'Beschrijf waarvoor burgers bij de balie terecht kunnen.').max(1000, 'Te lang (hoogstens 1000 tekens).'),
  openingstijden: z.string().trim().min(2, 'Vul de openingstijden in.').max(300, 'Te lang (hoogstens 300 tekens).'),
  bron: optionalUrl,
});

/** A validated counter. */
export type CounterInput = z.output<typeof counterInput>;
