import { z } from 'zod';
import type { IntakeFase, IntakeUitkomst } from '../db/schema-intake.ts';
import { normaliseDate } from '../import/normalise-date.ts';
import { normalisePostcode } from '../import/normalise-postcode.ts';
import { FASES, faseRank, UITKOMSTEN } from './intake-vocabulary.ts';

/** Every column of the published application import format (CSV header names / JSON keys). */
export const APPLICATION_COLUMNS = [
  'sollicitant_id',
  'vacature',
  'werkplaats_gemeente',
  'sollicitatiedatum',
  'postcode',
  'fase',
  'uitkomst',
  'datum_gesprek',
  'datum_aanbod',
  'datum_indiensttreding',
  'toestemming_bewaren',
] as const;

/** Columns that must be present in the header. */
export const APPLICATION_REQUIRED_COLUMNS = ['sollicitant_id', 'vacature', 'sollicitatiedatum', 'fase'] as const;

/** What happened to the postcode: the digits were usable, the cell was empty, or it was not a Dutch postcode. */
export type PostcodeStatus = 'geldig' | 'leeg' | 'ongeldig';

/** One validated row. The postcode is already reduced to PC4 and is only used to find the municipality. */
export interface ApplicationRow {
  sollicitantId: string;
  vacature: string;
  werkplaatsGemeente: string | null;
  sollicitatiedatum: string;
  pc4: string | null;
  postcodeStatus: PostcodeStatus;
  fase: IntakeFase;
  uitkomst: IntakeUitkomst;
  datumGesprek: string | null;
  datumAanbod: string | null;
  datumIndiensttreding: string | null;
  toestemming: boolean;
}

const YES = new Set(['ja', 'j', 'yes', 'y', 'true', '1', 'waar']);
const NO = new Set(['nee', 'n', 'no', 'false', '0', 'onwaar', '']);

/** A column that may be absent from the file: absent and empty both become ''. */
const optionalText = z
  .string()
  .optional()
  .transform((value) => (value ?? '').trim());

/** A required date column. */
const requiredDate = z.string().transform((input, ctx) => {
  const result = normaliseDate(input);
  if (result.ok) return result.value;
  ctx.addIssue({ code: 'custom', message: result.message });
  return z.NEVER;
});

/** An optional date column: absent or empty → null. */
const optionalDate = optionalText.transform((input, ctx): string | null => {
  if (input === '') return null;
  const result = normaliseDate(input);
  if (result.ok) return result.value;
  ctx.addIssue({ code: 'custom', message: result.message });
  return z.NEVER;
});

/** Lower-cased choice from a closed list, with a Dutch message naming the options. */
function choice<const T extends readonly string[]>(options: T, what: string) {
  return z
    .string()
    .transform((value) => value.trim().toLowerCase())
    .pipe(z.enum(options, { error: `Onbekende ${what}. Kies uit: ${options.join(', ')}.` }));
}

/**
 * Zod schema for one record of the application import (keys = lower-cased column names, values = trimmed text).
 * Checks each field, then the consistency of stage, outcome and dates; issues carry the column name as path
 * and a Dutch message that never repeats the applicant id or the postcode. `today` (ISO date, Amsterdam)
 * rejects application dates in the future. An empty outcome becomes `lopend`, or `aangenomen` at stage
 * `aangenomen`; stage `aangenomen` with outcome `lopend` is read as `aangenomen` too.
 */
export function applicationRowSchema(options: { today: string }) {
  return z
    .object({
      sollicitant_id: z
        .string()
        .trim()
        .min(1, 'Het sollicitant_id is leeg.')
        .max(200, 'Het sollicitant_id is langer dan 200 tekens.'),
      vacature: z
        .string()
        .trim()
        .min(1, 'Vul de vacature in: ons vacature-id, het kenmerk van de vacature of je eigen vacaturenummer.')
        .max(200, 'De vacature is langer dan 200 tekens.'),
      werkplaats_gemeente: optionalText.pipe(z.string().max(100, 'De werkplaats_gemeente is langer dan 100 tekens.')),
      sollicitatiedatum: requiredDate,
      postcode: optionalText.transform((input): { pc4: string | null; status: PostcodeStatus } => {
        if (input === '') return { pc4: null, status: 'leeg' };
        const result = normalisePostcode(input);
        // A foreign or mistyped postcode is not a reason to drop the application: the home region becomes 'onbekend'.
        return result.ok && result.value !== null ? { pc4: result.value, status: 'geldig' } : { pc4: null, status: 'ongeldig' };
      }),
      fase: choice(FASES, 'fase'),
      uitkomst: optionalText.transform((input, ctx): IntakeUitkomst | '' => {
        const value = input.toLowerCase();
        if (value === '' || (UITKOMSTEN as readonly string[]).includes(value)) return value as IntakeUitkomst | '';
        ctx.addIssue({ code: 'custom', message: `Onbekende uitkomst. Kies uit: ${UITKOMSTEN.join(', ')} (of laat leeg).` });
        return z.NEVER;
      }),
      datum_gesprek: optionalDate,
      datum_aanbod: optionalDate,
      datum_indiensttreding: optionalDate,
      toestemming_bewaren: optionalText.transform((input, ctx): boolean => {
        const value = input.toLowerCase();
        if (YES.has(value)) return true;
        if (NO.has(value)) return false;
        ctx.addIssue({ code: 'custom', message: 'Gebruik ja of nee (leeg betekent nee).' });
        return z.NEVER;
      }),
    })
    .transform((row, ctx): ApplicationRow => {
      const fase = row.fase;
      let uitkomst: IntakeUitkomst;
      if (row.uitkomst === '') uitkomst = fase === 'aangenomen' ? 'aangenomen' : 'lopend';
      else if (fase === 'aangenomen' && row.uitkomst === 'lopend') uitkomst = 'aangenomen';
      else uitkomst = row.uitkomst;
      const issue = (path: string, message: string): void => ctx.addIssue({ code: 'custom', path: [path], message });

      if (fase === 'aangenomen' && uitkomst !== 'aangenomen') {
        issue('uitkomst', `De fase is aangenomen, dan moet de uitkomst aangenomen zijn (of leeg), niet ${uitkomst}.`);
      }
      if (uitkomst === 'aangenomen' && fase !== 'aangenomen') {
        issue('fase', `De uitkomst is aangenomen, dan moet de fase ook aangenomen zijn, niet ${fase}.`);
      }
      const rank = faseRank(fase);
      if (row.datum_gesprek !== null && rank < faseRank('gesprek')) {
        issue('datum_gesprek', 'Er is een gespreksdatum, maar de fase is sollicitatie. Zet de fase op gesprek of verder.');
      }
      if (row.datum_aanbod !== null && rank < faseRank('aanbod')) {
        issue('datum_aanbod', `Er is een datum van het aanbod, maar de fase is ${fase}. Zet de fase op aanbod of aangenomen.`);
      }
      if (row.datum_indiensttreding !== null && fase !== 'aangenomen') {
        issue('datum_indiensttreding', `Er is een datum van indiensttreding, maar de fase is ${fase}. Zet de fase op aangenomen.`);
      }
      if (row.sollicitatiedatum > options.today) {
        issue('sollicitatiedatum', 'De sollicitatiedatum ligt in de toekomst.');
      }
      const notBeforeApplication: [string, string | null, string][] = [
        ['datum_gesprek', row.datum_gesprek, 'Het gesprek'],
        ['datum_aanbod', row.datum_aanbod, 'Het aanbod'],
        ['datum_indiensttreding', row.datum_indiensttreding, 'De indiensttreding'],
      ];
      for (const [path, date, what] of notBeforeApplication) {
        if (date !== null && date < row.sollicitatiedatum) issue(path, `${what} ligt vóór de sollicitatiedatum.`);
      }
      if (row.datum_gesprek !== null && row.datum_aanbod !== null && row.datum_aanbod >= row.sollicitatiedatum && row.datum_aanbod < row.datum_gesprek) {
        issue('datum_aanbod', 'Het aanbod ligt vóór het gesprek.');
      }
      if (
        row.datum_aanbod !== null &&
        row.datum_indiensttreding !== null &&
        row.datum_indiensttreding >= row.sollicitatiedatum &&
        row.datum_indiensttreding < row.datum_aanbod
      ) {
        issue('datum_indiensttreding', 'De indiensttreding ligt vóór het aanbod.');
      }
      return {
        sollicitantId: row.sollicitant_id,
        vacature: row.vacature,
        werkplaatsGemeente: row.werkplaats_gemeente === '' ? null : row.werkplaats_gemeente,
        sollicitatiedatum: row.sollicitatiedatum,
        pc4: row.postcode.pc4,
        postcodeStatus: row.postcode.status,
        fase,
        uitkomst,
        datumGesprek: row.datum_gesprek,
        datumAanbod: row.datum_aanbod,
        datumIndiensttreding: row.datum_indiensttreding,
        toestemming: row.toestemming_bewaren,
      };
    });
}

/** The schema's type, for callers that build it once per import. */
export type ApplicationRowSchema = ReturnType<typeof applicationRowSchema>;
