import { describe, expect, it } from 'vitest';
import { CsvSyntaxError } from '../../../src/lib/import/csv-parser.ts';
import { readCsvRecords, type CsvRecordOptions } from '../../../src/lib/import/csv-records.ts';
import { ImportHeaderError } from '../../../src/lib/import/import-errors.ts';
import { chunks, collect, utf8 } from './chunk-source.ts';

const columns = { requiredColumns: ['postcode', 'functie'], knownColumns: ['uren'] };

/** Reads CSV text with the test columns and returns the entries plus the ignored columns. */
async function read(text: string, options: CsvRecordOptions = columns) {
  const reader = readCsvRecords(chunks(utf8(text)), options);
  const entries = await collect(reader);
  return { entries, ignoredColumns: reader.ignoredColumns };
}

describe('readCsvRecords', () => {
  it('keys records by trimmed, lower-cased header names in any column order', async () => {
    const { entries, ignoredColumns } = await read('\uFEFF Uren ;FUNCTIE;Postcode\r\n36;Beleidsmedewerker; 9711 AB \r\n');
    expect(entries).toEqual([{ rowNumber: 2, record: { uren: '36', functie: 'Beleidsmedewerker', postcode: '9711 AB' } }]);
    expect(ignoredColumns).toEqual([]);
  });

  it('drops unknown columns from records and reports them once', async () => {
    const { entries, ignoredColumns } = await read('postcode;bsn;functie;Opmerking\n9711;123456782;Jurist;x\n8911;987654321;Analist;y\n');
    expect(entries).toEqual([
      { rowNumber: 2, record: { postcode: '9711', functie: 'Jurist' } },
      { rowNumber: 3, record: { postcode: '8911', functie: 'Analist' } },
    ]);
    expect(ignoredColumns).toEqual(['bsn', 'opmerking']);
  });

  it('leaves out a known optional column that the header lacks', async () => {
    const { entries } = await read('functie;postcode\nJurist;9711\n');
    expect(entries).toEqual([{ rowNumber: 2, record: { functie: 'Jurist', postcode: '9711' } }]);
  });

  it('throws ImportHeaderError in Dutch listing the missing required column', async () => {
    const error = await read('postcode;uren\n9711;36\n').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportHeaderError);
    expect((error as ImportHeaderError).message).toBe('Verplichte kolom ontbreekt: functie. Gevonden kolommen: postcode en uren.');
    expect((error as ImportHeaderError).missingColumns).toEqual(['functie']);
  });

  it('lists all missing required columns (a wrong delimiter shows as one long column name)', async () => {
    const error = await read('postcode|functie\n', { requiredColumns: ['postcode', 'functie'], knownColumns: [] }).catch((e: unknown) => e);
    expect((error as ImportHeaderError).message).toBe(
      'Verplichte kolommen ontbreken: postcode en functie. Gevonden kolommen: postcode|functie.',
    );
    expect((error as ImportHeaderError).missingColumns).toEqual(['postcode', 'functie']);
  });

  it('throws ImportHeaderError for an empty file', async () => {
    const error = await read('\n\n').catch((e: unknown) => e);
    expect((error as ImportHeaderError).message).toBe('Het bestand is leeg: er is geen kopregel met kolomnamen gevonden.');
  });

  it('throws ImportHeaderError when a known column appears twice', async () => {
    const error = await read('postcode;functie;Postcode\n').catch((e: unknown) => e);
    expect((error as ImportHeaderError).message).toBe('De kolom postcode komt meer dan één keer voor in de kopregel.');
    expect((error as ImportHeaderError).duplicateColumns).toEqual(['postcode']);
  });

  it('yields a row error for a field-count mismatch and goes on', async () => {
    const { entries } = await read('postcode;functie\n9711;Jurist;extra\n8911\n1234;Analist\n');
    expect(entries).toEqual([
      {
        rowNumber: 2,
        error: 'Deze regel heeft 3 kolommen, de kopregel heeft er 2. Controleer scheidingstekens en aanhalingstekens in deze regel.',
      },
      {
        rowNumber: 3,
        error: 'Deze regel heeft 1 kolom, de kopregel heeft er 2. Controleer scheidingstekens en aanhalingstekens in deze regel.',
      },
      { rowNumber: 4, record: { postcode: '1234', functie: 'Analist' } },
    ]);
  });

  it('skips empty lines and rows of empty cells, keeping physical row numbers', async () => {
    const { entries } = await read('postcode;functie\r\n\r\n;\r\n ; \r\n9711;"Jurist\r\nsenior"\r\n8911;Analist\r\n\r\n');
    expect(entries).toEqual([
      { rowNumber: 5, record: { postcode: '9711', functie: 'Jurist\r\nsenior' } },
      { rowNumber: 7, record: { postcode: '8911', functie: 'Analist' } },
    ]);
  });

  it('yields nothing for a header-only file', async () => {
    expect((await read('postcode;functie\n')).entries).toEqual([]);
  });

  it('lets a CsvSyntaxError through after the rows before it', async () => {
    const reader = readCsvRecords(chunks('postcode;functie\n9711;Jurist\n8911;"Analist\n'), columns);
    const seen: unknown[] = [];
    const error = await (async () => {
      for await (const entry of reader) seen.push(entry);
    })().catch((e: unknown) => e);
    expect(seen).toEqual([{ rowNumber: 2, record: { postcode: '9711', functie: 'Jurist' } }]);
    expect(error).toBeInstanceOf(CsvSyntaxError);
  });

  it('uses a given delimiter', async () => {
    const { entries } = await read('postcode,functie\n9711,"Jurist; senior"\n', { ...columns, delimiter: ',' });
    expect(entries).toEqual([{ rowNumber: 2, record: { postcode: '9711', functie: 'Jurist; senior' } }]);
  });
});
