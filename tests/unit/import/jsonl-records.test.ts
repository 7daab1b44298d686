import { describe, expect, it } from 'vitest';
import { ImportFileError } from '../../../src/lib/import/import-errors.ts';
import { readJsonArray, readJsonlRecords } from '../../../src/lib/import/jsonl-records.ts';
import { chunks, collect, splitBytes, utf8 } from './chunk-source.ts';

const columns = { requiredColumns: ['postcode'], knownColumns: ['functie', 'uren', 'thuiswerk', 'tags'] };

describe('readJsonlRecords', () => {
  it('converts values to trimmed strings, null to empty, and keeps only known keys', async () => {
    const text =
      '{"Postcode":" 9711 AB ","functie":"Jurist","uren":36,"thuiswerk":true,"tags":["a"],"bsn":"123"}\r\n' +
      '{"postcode":"8911","functie":null,"extra":1}\n';
    const reader = readJsonlRecords(chunks(utf8(text)), columns);
    expect(await collect(reader)).toEqual([
      { rowNumber: 1, record: { postcode: '9711 AB', functie: 'Jurist', uren: '36', thuiswerk: 'true', tags: '["a"]' } },
      { rowNumber: 2, record: { postcode: '8911', functie: '' } },
    ]);
    expect(reader.ignoredColumns).toEqual(['bsn', 'extra']);
  });

  it('gives Dutch row errors for invalid JSON, non-objects and missing required keys, and goes on', async () => {
    const text = '{"postcode":"9711"\n[1,2]\n"tekst"\nnull\n{"functie":"Jurist"}\n{"postcode":"1234"}';
    expect(await collect(readJsonlRecords(chunks(text), columns))).toEqual([
      { rowNumber: 1, error: 'Deze regel is geen geldige JSON.' },
      { rowNumber: 2, error: 'Dit is geen JSON-object: verwacht {"kolom": "waarde", …}.' },
      { rowNumber: 3, error: 'Dit is geen JSON-object: verwacht {"kolom": "waarde", …}.' },
      { rowNumber: 4, error: 'Dit is geen JSON-object: verwacht {"kolom": "waarde", …}.' },
      { rowNumber: 5, error: 'Verplicht veld ontbreekt: postcode.' },
      { rowNumber: 6, record: { postcode: '1234' } },
    ]);
  });

  it('skips blank lines but counts them, strips a BOM and handles a character split over chunks', async () => {
    const text = '\uFEFF{"postcode":"9711","functie":"Fryslân"}\n\n  \n{"postcode":"8911"}\n\n';
    const split = utf8('\uFEFF{"postcode":"9711","functie":"Frysl').length + 1;
    expect(await collect(readJsonlRecords(chunks(...splitBytes(text, [2, split])), columns))).toEqual([
      { rowNumber: 1, record: { postcode: '9711', functie: 'Fryslân' } },
      { rowNumber: 4, record: { postcode: '8911' } },
    ]);
  });
});

describe('readJsonArray', () => {
  it('numbers rows by array position', async () => {
    const reader = readJsonArray(chunks('\uFEFF[{"postcode":"9711","x":1},', '\n 42, {"functie":"Jurist"}]'), columns);
    expect(await collect(reader)).toEqual([
      { rowNumber: 1, record: { postcode: '9711' } },
      { rowNumber: 2, error: 'Dit is geen JSON-object: verwacht {"kolom": "waarde", …}.' },
      { rowNumber: 3, error: 'Verplicht veld ontbreekt: postcode.' },
    ]);
    expect(reader.ignoredColumns).toEqual(['x']);
  });

  it('throws ImportFileError for invalid JSON, a non-array and a file over maxBytes', async () => {
    const fail = (text: string, maxBytes?: number) =>
      collect(readJsonArray(chunks(text), { ...columns, ...(maxBytes ? { maxBytes } : {}) })).catch((e: unknown) => e);
    const invalid = await fail('[{"postcode":');
    expect(invalid).toBeInstanceOf(ImportFileError);
    expect((invalid as Error).message).toBe('Het bestand is geen geldige JSON.');
    expect(((await fail('{"postcode":"9711"}')) as Error).message).toBe('Het JSON-bestand moet een lijst met objecten bevatten: [{…}, {…}].');
    expect(((await fail('[' + ' '.repeat(2 * 1024 * 1024) + ']', 1024 * 1024)) as Error).message).toBe(
      'Het JSON-bestand is te groot (meer dan 1 MB). Gebruik JSON Lines of CSV voor grote bestanden.',
    );
  });
});
