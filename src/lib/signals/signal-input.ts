import { z } from 'zod';
import { todayInAmsterdam } from '../action-plan/measure-status.ts';
import { GESPREK_ROLLEN, keysOf, SIGNAAL_BRONNEN, SIGNAAL_SOORTEN, SIGNAAL_STATUSSEN } from './signal-vocabulary.ts';

const optionalText = (max: number, message: string) =>
  z
    .string()
    .trim()
    .max(max, message)
    .transform((s) => (s === '' ? null : s));

/** A Dutch or English decimal ("-12,5", "12.5"), empty = null, one decimal at most. */
const fte = z
  .string()
  .trim()
  .transform((s, ctx) => {
    if (s === '') return null;
    if (!/^[+-]?\d{1,7}([.,]\d)?$/.test(s)) {
      ctx.addIssue({ code: 'custom', message: 'Vul een aantal fte in, zoals 25 of 12,5 (hoogstens één decimaal).' });
      return z.NEVER;
    }
    return Number(s.replace(',', '.'));
  });

/** The staff form's input for a new signal, with Dutch messages per field. */
export function signalInput(now: Date = new Date()) {
  return z
    .object({
      provincie: z.string().regex(/^PV(2[0-9]|3[01])$/, 'Kies een provincie.'),
      corop: z.string().regex(/^(CR\d{2})?$/, 'Kies een COROP-regio of laat het leeg.').transform((s) => (s === '' ? null : s)),
      organisatie: z.string().regex(/^[a-z0-9-]{0,40}$/, 'Kies een organisatie of laat het leeg.').transform((s) => (s === '' ? null : s)),
      soort: z.enum(keysOf(SIGNAAL_SOORTEN), { error: 'Kies de soort signaal.' }),
      omschrijving: z.string().trim().min(3, 'Beschrijf het signaal.').max(2000, 'De omschrijving is te lang (hoogstens 2000 tekens).'),
      fte_verandering: fte,
      verwacht_jaar: z
        .string()
        .trim()
        .transform((s) => (s === '' ? null : Number(s)))
        .pipe(z.number({ error: 'Vul een jaartal in.' }).int('Vul een jaartal in.').min(2024, 'Vul een jaar vanaf 2024 in.').max(2100, 'Vul een jaar tot 2100 in.').nullable()),
      bron: z.enum(keysOf(SIGNAAL_BRONNEN), { error: 'Kies de bron van het signaal.' }),
      gesprek_met: z.enum(keysOf(GESPREK_ROLLEN), { error: 'Kies met wie het gesprek was (een functie, geen naam).' }),
      gesprek_datum: z.iso.date({ error: 'Vul een datum in als jjjj-mm-dd.' }).refine((d) => d <= todayInAmsterdam(now), 'De datum ligt in de toekomst.'),
      vervolg: optionalText(2000, 'Het vervolg is te lang (hoogstens 2000 tekens).'),
      status: z.enum(keysOf(SIGNAAL_STATUSSEN), { error: 'Kies een status.' }),
    })
    .transform((s, ctx) => {
      // Shrinkage is entered as a plain number; store it negative so sums add up.
      let change = s.fte_verandering;
      if (change !== null && s.soort === 'verwachte-krimp' && change > 0) change = -change;
      if (change !== null && s.soort === 'verwachte-groei' && change <= 0) ctx.addIssue({ code: 'custom', path: ['fte_verandering'], message: 'Bij verwachte groei is de verandering een positief aantal fte.' });
      if (change === 0) ctx.addIssue({ code: 'custom', path: ['fte_verandering'], message: 'Laat het veld leeg als er geen verandering in fte verwacht wordt.' });
      return { ...s, fte_verandering: change };
    });
}

/** A validated new signal. */
export type SignalInput = z.output<ReturnType<typeof signalInput>>;

/** The follow-up form of an existing signal. */
export const signalFollowUpInput = z.object({
  status: z.enum(keysOf(SIGNAAL_STATUSSEN), { error: 'Kies een status.' }),
  vervolg: optionalText(2000, 'Het vervolg is te lang (hoogstens 2000 tekens).'),
  notitie: optionalText(1000, 'De toelichting is te lang (hoogstens 1000 tekens).'),
});
