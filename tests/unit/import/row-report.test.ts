import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { reportToCsv, zodIssuesToRowIssues, type ImportReport } from '../../../src/lib/import/row-report.ts';
import { zDutchDate } from '../../../src/lib/import/normalise-date.ts';

/** Issues for one row checked against a schema (which must fail). */
function issuesFor(schema: z.ZodType, input: unknown) {
  const result = schema.safeParse(input);
  if (result.success) throw new Error('expected the input to fail');
  return zodIssuesToRowIssues(7, result.error);
}

describe('zodIssuesToRowIssues', () => {
  it('maps default English messages to Dutch and keeps the field path', () => {
    const schema = z.object({
      functie: z.string().min(1),
      titel: z.string().min(3).max(5),
      uren: z.coerce.number().int().min(1).max(40),
      schaal: z.coerce.number().min(1),
      soort: z.enum(['vast', 'tijdelijk']),
      mail: z.email(),
      ontbreekt: z.string(),
      code: z.string().regex(/^\d+$/),
      nested: z.object({ a: z.number() }),
    });
    expect(
      issuesFor(schema, { functie: '', titel: 'ab', uren: '41', schaal: '0', soort: 'stage', mail: 'x', code: 'a1', nested: { a: 'x' } }),
    ).toEqual([
      { rowNumber: 7, field: 'functie', message: 'Mag niet leeg zijn.' },
      { rowNumber: 7, field: 'titel', message: 'Moet minstens 3 tekens lang zijn.' },
      { rowNumber: 7, field: 'uren', message: 'Moet 40 of minder zijn.' },
      { rowNumber: 7, field: 'schaal', message: 'Moet 1 of meer zijn.' },
      { rowNumber: 7, field: 'soort', message: 'Ongeldige waarde. Kies uit: vast, tijdelijk.' },
      { rowNumber: 7, field: 'mail', message: 'Geen geldig e-mailadres.' },
      { rowNumber: 7, field: 'ontbreekt', message: 'Dit veld is verplicht.' },
      { rowNumber: 7, field: 'code', message: 'Heeft niet de juiste vorm.' },
      { rowNumber: 7, field: 'nested.a', message: 'Moet een getal zijn.' },
    ]);
    expect(issuesFor(z.object({ uren: z.coerce.number().int() }), { uren: '1.5' })).toEqual([
      { rowNumber: 7, field: 'uren', message: 'Moet een geheel getal zijn.' },
    ]);
  });

  it('keeps messages written in the schema and our own Dutch normaliser messages', () => {
    const schema = z.object({ functie: z.string().min(1, 'Vul een functienaam in.'), start: zDutchDate });
    expect(issuesFor(schema, { functie: '', start: '31-02-2024' })).toEqual([
      { rowNumber: 7, field: 'functie', message: 'Vul een functienaam in.' },
      { rowNumber: 7, field: 'start', message: '"31-02-2024" bestaat niet: februari 2024 heeft 29 dagen.' },
    ]);
  });

  it('gives field null for an issue on the row itself', () => {
    const schema = z.object({ van: z.string(), tot: z.string() }).refine((row) => row.van <= row.tot, 'Einddatum ligt voor de begindatum.');
    expect(issuesFor(schema, { van: '2024-02-01', tot: '2024-01-01' })).toEqual([
      { rowNumber: 7, field: null, message: 'Einddatum ligt voor de begindatum.' },
    ]);
  });
});

describe('reportToCsv', () => {
  const report: ImportReport = {
    format: 'csv',
    accepted: 10,
    rejected: 2,
    unchanged: 3,
    issues: [
      { rowNumber: 4, field: 'postcode', message: 'Ongeldige postcode.' },
      { rowNumber: 9, field: null, message: 'Deze regel heeft 3 kolommen; de kopregel heeft er 2.' },
      { rowNumber: 12, field: 'functie', message: '=cmd' },
    ],
    ignoredColumns: ['bsn'],
  };

  it('writes a BOM, a header, ignored columns on line 1 and one line per issue, guarded and quoted', () => {
    expect(reportToCsv(report)).toBe(
      '\uFEFFRegel;Veld;Melding\r\n' +
        '1;bsn;Onbekende kolom: deze kolom is niet ingelezen.\r\n' +
        '4;postcode;Ongeldige postcode.\r\n' +
        '9;;"Deze regel heeft 3 kolommen; de kopregel heeft er 2."\r\n' +
        "12;functie;'=cmd\r\n",
    );
  });

  it('labels positions as Element for JSON arrays and leaves the position of ignored keys empty', () => {
    expect(reportToCsv({ ...report, format: 'json', issues: [] })).toBe(
      '\uFEFFElement;Veld;Melding\r\n;bsn;Onbekend veld: dit veld is niet ingelezen.\r\n',
    );
  });
});
