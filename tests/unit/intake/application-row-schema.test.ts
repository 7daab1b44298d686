import { describe, expect, it } from 'vitest';
import { readCsvRecords } from '../../../src/lib/import/csv-records.ts';
import { toCsv } from '../../../src/lib/import/formula-guard.ts';
import { zodIssuesToRowIssues } from '../../../src/lib/import/row-report.ts';
import { APPLICATION_COLUMNS, APPLICATION_REQUIRED_COLUMNS, applicationRowSchema } from '../../../src/lib/intake/application-row-schema.ts';

const schema = applicationRowSchema({ today: '2026-11-29' });
const base = { sollicitant_id: 'A-1', vacature: 'V-1', sollicitatiedatum: '03-11-2026', fase: 'sollicitatie' };
const parse = (extra: Record<string, string>) => schema.parse({ ...base, ...extra });
const issues = (extra: Record<string, string | undefined>) => {
  const result = schema.safeParse({ ...base, ...extra });
  return result.success ? [] : zodIssuesToRowIssues(7, result.error).map((i) => [i.field, i.message]);
};

describe('postcode', () => {
  it('keeps only the four digits, with or without letters and spaces', () => {
    for (const postcode of ['9711 AB', '9711AB', '9711ab', ' 9711  ab ', '9711']) {
      expect(parse({ postcode })).toMatchObject({ pc4: '9711', postcodeStatus: 'geldig' });
    }
  });

  it('turns an empty or non-Dutch postcode into an unknown home region instead of rejecting the row', () => {
    expect(parse({ postcode: '' })).toMatchObject({ pc4: null, postcodeStatus: 'leeg' });
    expect(parse({})).toMatchObject({ pc4: null, postcodeStatus: 'leeg' });
    for (const postcode of ['B-1000', '0123 AB', 'onbekend', '97111']) expect(parse({ postcode })).toMatchObject({ pc4: null, postcodeStatus: 'ongeldig' });
  });

  it('never returns the full postcode in the parsed row', () => {
    expect(JSON.stringify(parse({ postcode: '9711 AB' }))).not.toMatch(/AB/);
  });
});

describe('dates', () => {
  it('accepts dd-mm-jjjj, d-m-jjjj, dd/mm/jjjj and ISO, all as ISO', () => {
    for (const sollicitatiedatum of ['03-11-2026', '3-11-2026', '03/11/2026', '2026-11-03', '2026-11-03T09:15:00+01:00']) {
      expect(parse({ sollicitatiedatum }).sollicitatiedatum).toBe('2026-11-03');
    }
  });

  it('rejects impossible, future and out-of-order dates with Dutch messages', () => {
    expect(issues({ sollicitatiedatum: '31-11-2026' })).toEqual([['sollicitatiedatum', '"31-11-2026" bestaat niet: november 2026 heeft 30 dagen.']]);
    expect(issues({ sollicitatiedatum: '30-11-2026' })).toEqual([['sollicitatiedatum', 'De sollicitatiedatum ligt in de toekomst.']]);
    expect(issues({ sollicitatiedatum: '' })).toEqual([['sollicitatiedatum', 'Datum ontbreekt.']]);
    expect(issues({ fase: 'aanbod', datum_gesprek: '02-11-2026', datum_aanbod: '01-12-2026' })).toEqual([['datum_gesprek', 'Het gesprek ligt vóór de sollicitatiedatum.']]);
    expect(issues({ fase: 'aanbod', datum_gesprek: '20-11-2026', datum_aanbod: '10-11-2026' })).toEqual([['datum_aanbod', 'Het aanbod ligt vóór het gesprek.']]);
    expect(issues({ fase: 'aangenomen', datum_aanbod: '20-11-2026', datum_indiensttreding: '10-11-2026' })).toEqual([
      ['datum_indiensttreding', 'De indiensttreding ligt vóór het aanbod.'],
    ]);
  });

  it('allows a planned interview or start date after today', () => {
    expect(parse({ fase: 'aangenomen', datum_gesprek: '10-11-2026', datum_aanbod: '20-11-2026', datum_indiensttreding: '01-02-2027' })).toMatchObject({
      datumIndiensttreding: '2027-02-01',
    });
  });
});

describe('stage and outcome', () => {
  it('reads stages case-insensitively and fills an empty outcome', () => {
    expect(parse({ fase: ' Gesprek ' })).toMatchObject({ fase: 'gesprek', uitkomst: 'lopend' });
    expect(parse({ fase: 'AANGENOMEN' })).toMatchObject({ fase: 'aangenomen', uitkomst: 'aangenomen' });
    expect(parse({ fase: 'aangenomen', uitkomst: 'lopend' })).toMatchObject({ uitkomst: 'aangenomen' });
    expect(parse({ fase: 'aanbod', uitkomst: 'Teruggetrokken' })).toMatchObject({ uitkomst: 'teruggetrokken' });
  });

  it('rejects unknown values and contradictions', () => {
    expect(issues({ fase: 'intake' })).toEqual([['fase', 'Onbekende fase. Kies uit: sollicitatie, gesprek, aanbod, aangenomen.']]);
    expect(issues({ uitkomst: 'misschien' })).toEqual([['uitkomst', 'Onbekende uitkomst. Kies uit: lopend, afgewezen, teruggetrokken, aangenomen (of laat leeg).']]);
    expect(issues({ fase: 'aangenomen', uitkomst: 'teruggetrokken' })).toEqual([
      ['uitkomst', 'De fase is aangenomen, dan moet de uitkomst aangenomen zijn (of leeg), niet teruggetrokken.'],
    ]);
    expect(issues({ fase: 'gesprek', uitkomst: 'aangenomen' })).toEqual([['fase', 'De uitkomst is aangenomen, dan moet de fase ook aangenomen zijn, niet gesprek.']]);
    expect(issues({ datum_gesprek: '10-11-2026' })).toEqual([['datum_gesprek', 'Er is een gespreksdatum, maar de fase is sollicitatie. Zet de fase op gesprek of verder.']]);
    expect(issues({ fase: 'aanbod', datum_indiensttreding: '10-12-2026' })).toEqual([
      ['datum_indiensttreding', 'Er is een datum van indiensttreding, maar de fase is aanbod. Zet de fase op aangenomen.'],
    ]);
  });
});

describe('other fields', () => {
  it('reads consent as ja/nee in several spellings, empty as nee', () => {
    for (const [text, value] of [['ja', true], ['J', true], ['yes', true], ['1', true], ['nee', false], ['', false], ['0', false]] as const) {
      expect(parse({ toestemming_bewaren: text }).toestemming).toBe(value);
    }
    expect(issues({ toestemming_bewaren: 'misschien' })).toEqual([['toestemming_bewaren', 'Gebruik ja of nee (leeg betekent nee).']]);
  });

  it('requires the applicant id and vacancy without repeating the id in messages', () => {
    expect(issues({ sollicitant_id: '   ' })).toEqual([['sollicitant_id', 'Het sollicitant_id is leeg.']]);
    expect(issues({ sollicitant_id: undefined })).toEqual([['sollicitant_id', 'Dit veld is verplicht.']]);
    expect(issues({ vacature: '' })).toEqual([['vacature', 'Vul de vacature in: ons vacature-id, het kenmerk van de vacature of je eigen vacaturenummer.']]);
    expect(JSON.stringify(issues({ sollicitant_id: 'x'.repeat(201) }))).not.toContain('xxxx');
  });

  it('keeps a spreadsheet formula as plain text, and the report guards it when written out', () => {
    const row = parse({ vacature: '=HYPERLINK("http://evil.example","klik")', werkplaats_gemeente: '+31 Utrecht' });
    expect(row.vacature).toBe('=HYPERLINK("http://evil.example","klik")');
    expect(row.werkplaatsGemeente).toBe('+31 Utrecht');
    expect(toCsv([[row.vacature]])).toBe('"\'=HYPERLINK(""http://evil.example"",""klik"")"\r\n');
  });
});

describe('through the CSV reader', () => {
  it('recognises the first column behind a UTF-8 BOM, in any column order, and drops personal extra columns', async () => {
    const text = '\uFEFFFase;Naam;Sollicitatiedatum;E-mail;Vacature;Sollicitant_id;Postcode\r\nGesprek;Jan Jansen;03-11-2026;jan@example.nl;V-1;A-1;9711 AB\r\n';
    const reader = readCsvRecords((async function* () { yield new TextEncoder().encode(text); })(), { requiredColumns: APPLICATION_REQUIRED_COLUMNS, knownColumns: APPLICATION_COLUMNS });
    const records = [];
    for await (const entry of reader) records.push(entry);
    expect(reader.ignoredColumns).toEqual(['naam', 'e-mail']);
    expect(records).toEqual([{ rowNumber: 2, record: { fase: 'Gesprek', sollicitatiedatum: '03-11-2026', vacature: 'V-1', sollicitant_id: 'A-1', postcode: '9711 AB' } }]);
    expect(schema.parse(records[0]!.record)).toMatchObject({ sollicitantId: 'A-1', fase: 'gesprek', pc4: '9711', sollicitatiedatum: '2026-11-03' });
  });
});
