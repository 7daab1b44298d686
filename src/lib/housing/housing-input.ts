import { z } from 'zod';
import { keysOf } from '../signals/signal-vocabulary.ts';
import { codesOf, VAKGEBIEDEN } from '../vacancies/vacancy-vocabulary.ts';
import { AFSTAND_TOT, OMVANG_EENHEDEN } from './housing-vocabulary.ts';

const optionalText = (max: number, message: string) =>
  z
    .string()
    .trim()
    .max(max, message)
    .transform((s) => (s === '' ? null : s));

const optionalInteger = (min: number, max: number, message: string) =>
  z
    .string()
    .trim()
    .transform((s) => (s === '' ? null : Number(s)))
    .pipe(z.number({ error: message }).int(message).min(min, message).max(max, message).nullable());

/** The fields of the housing-question form, in form order. */
export const HOUSING_FIELDS = ['organisatie', 'omvang', 'eenheid', 'vakgebied', 'jaar', 'kwartaal', 'max_afstand_km', 'afstand_tot', 'buiten_randstad', 'van_gemeente', 'toelichting'] as const;

/** The staff form's input for a housing question (measure 1d), with Dutch messages per field. */
export const housingQuestionInput = z.object({
  organisatie: z.string().regex(/^[a-z0-9-]{1,40}$/, 'Kies een organisatie.'),
  omvang: z
    .string()
    .trim()
    .transform((s, ctx) => {
      if (!/^\d{1,6}([.,]\d)?$/.test(s) || Number(s.replace(',', '.')) <= 0) {
        ctx.addIssue({ code: 'custom', message: 'Vul een aantal groter dan 0 in, zoals 40 of 12,5 (hoogstens één decimaal).' });
        return z.NEVER;
      }
      return Number(s.replace(',', '.'));
    }),
  eenheid: z.enum(keysOf(OMVANG_EENHEDEN), { error: 'Kies werkplekken of fte.' }),
  vakgebied: z.enum(codesOf(VAKGEBIEDEN), { error: 'Kies het soort werk.' }),
  jaar: z
    .string()
    .trim()
    .transform((s) => Number(s))
    .pipe(z.number().int('Vul een jaartal in.').min(2024, 'Vul een jaar vanaf 2024 in.').max(2100, 'Vul een jaar tot 2100 in.')),
  kwartaal: optionalInteger(1, 4, 'Kies een kwartaal (1 tot en met 4) of laat het leeg.'),
  max_afstand_km: optionalInteger(1, 300, 'Vul een afstand van 1 tot 300 km in, of laat het leeg.'),
  afstand_tot: z.enum(keysOf(AFSTAND_TOT), { error: 'Kies waarheen de afstand geldt.' }),
  // A checkbox: present ("ja") or absent.
  buiten_randstad: z.string().transform((s) => s === 'ja'),
  van_gemeente: z
    .string()
    .trim()
    .regex(/^(GM\d{4})?$/, 'Kies een huidige vestiging of laat het leeg.')
    .transform((s) => (s === '' ? null : s)),
  toelichting: optionalText(2000, 'De toelichting is te lang (hoogstens 2000 tekens).'),
});

/** A validated housing question. */
export type HousingQuestionInput = z.output<typeof housingQuestionInput>;

/**
 * Checks what only the reference data knows: the organisation must exist, and a "from" municipality must be
 * one where the organisation has fte in the inventory the match uses. Field → Dutch message; empty when fine.
 */
export function housingReferenceErrors(input: HousingQuestionInput, organisationCodes: ReadonlySet<string>, currentMunicipalities: ReadonlySet<string>): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!organisationCodes.has(input.organisatie)) errors.organisatie = 'Deze organisatie is niet bekend.';
  else if (input.van_gemeente !== null && !currentMunicipalities.has(input.van_gemeente)) errors.van_gemeente = 'De organisatie heeft in deze gemeente geen fte in de inventarisatie.';
  return errors;
}
