import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CsvSyntaxError, detectDelimiter, parseCsv, type CsvParseOptions, type CsvRow } from '../../../src/lib/import/csv-parser.ts';
import { neutraliseCsvCell, toCsv } from '../../../src/lib/import/formula-guard.ts';
import { chunks, collect, splitBytes, utf8 } from './chunk-source.ts';

/** Parses the given chunks and returns all rows. */
const parse = (parts: (string | Uint8Array)[], options?: CsvParseOptions): Promise<CsvRow[]> => collect(parseCsv(chunks(...parts), options));

describe('parseCsv', () => {
  it('strips a UTF-8 BOM and detects semicolons', async () => {
    expect(await parse([utf8('\uFEFFnaam;plaats\r\nPiet;Leeuwarden\r\n')])).toEqual([
      { rowNumber: 1, fields: ['naam', 'plaats'] },
      { rowNumber: 2, fields: ['Piet', 'Leeuwarden'] },
    ]);
  });

  it('strips a BOM whose bytes are split over chunks, and a BOM in a string source', async () => {
    expect(await parse(splitBytes('\uFEFFa;b\n1;2', [1, 2]))).toEqual([
      { rowNumber: 1, fields: ['a', 'b'] },
      { rowNumber: 2, fields: ['1', '2'] },
    ]);
    expect(await parse(['\uFEFFa;b'])).toEqual([{ rowNumber: 1, fields: ['a', 'b'] }]);
  });

  it('keeps delimiters inside quoted fields', async () => {
    expect(await parse(['a;b\n"x;y";z\n'])).toEqual([
      { rowNumber: 1, fields: ['a', 'b'] },
      { rowNumber: 2, fields: ['x;y', 'z'] },
    ]);
  });

  it('turns doubled quotes into one quote', async () => {
    expect(await parse(['a;b\n"zei ""hoi""";""""\n'])).toEqual([
      { rowNumber: 1, fields: ['a', 'b'] },
      { rowNumber: 2, fields: ['zei "hoi"', '"'] },
    ]);
  });

  it('keeps an embedded LF newline and numbers the following row by physical line', async () => {
    expect(await parse(['a;b\n"regel 1\nregel 2";x\nc;d\n'])).toEqual([
      { rowNumber: 1, fields: ['a', 'b'] },
      { rowNumber: 2, fields: ['regel 1\nregel 2', 'x'] },
      { rowNumber: 4, fields: ['c', 'd'] },
    ]);
  });

  it('counts an embedded CRLF as one line', async () => {
    expect(await parse(['a;b\r\n"r1\r\nr2\r\nr3";x\r\nc;d\r\n'])).toEqual([
      { rowNumber: 1, fields: ['a', 'b'] },
      { rowNumber: 2, fields: ['r1\r\nr2\r\nr3', 'x'] },
      { rowNumber: 5, fields: ['c', 'd'] },
    ]);
  });

  it('counts an embedded CRLF split over two chunks as one line', async () => {
    expect(await parse(['a;b\n"r1\r', '\nr2";x\nc;d'])).toEqual([
      { rowNumber: 1, fields: ['a', 'b'] },
      { rowNumber: 2, fields: ['r1\r\nr2', 'x'] },
      { rowNumber: 4, fields: ['c', 'd'] },
    ]);
  });

  it('parses CRLF line endings, also with CR and LF in different chunks', async () => {
    const expected = [
      { rowNumber: 1, fields: ['a', 'b'] },
      { rowNumber: 2, fields: ['1', '2'] },
      { rowNumber: 3, fields: ['3', '4'] },
    ];
    expect(await parse(['a;b\r\n1;2\r\n3;4\r\n'])).toEqual(expected);
    expect(await parse(['a;b\r', '\n1;2\r', '\n3;4\r', '\n'])).toEqual(expected);
  });

  it('accepts lone CR line endings (classic Mac exports)', async () => {
    expect(await parse(['a;b\r1;2\r'])).toEqual([
      { rowNumber: 1, fields: ['a', 'b'] },
      { rowNumber: 2, fields: ['1', '2'] },
    ]);
  });

  it('gives the same rows with or without a trailing newline, and ignores trailing empty lines', async () => {
    const expected = [
      { rowNumber: 1, fields: ['a', 'b'] },
      { rowNumber: 2, fields: ['1', '2'] },
    ];
    expect(await parse(['a;b\n1;2'])).toEqual(expected);
    expect(await parse(['a;b\n1;2\n'])).toEqual(expected);
    expect(await parse(['a;b\r\n1;2\r\n\r\n\n'])).toEqual(expected);
  });

  it('skips blank lines but still counts them', async () => {
    expect(await parse(['\na;b\n\n1;2\n'])).toEqual([
      { rowNumber: 2, fields: ['a', 'b'] },
      { rowNumber: 4, fields: ['1', '2'] },
    ]);
  });

  it('keeps empty fields, including a trailing one and a quoted empty one', async () => {
    expect(await parse(['a;b;\n;"";\n'])).toEqual([
      { rowNumber: 1, fields: ['a', 'b', ''] },
      { rowNumber: 2, fields: ['', '', ''] },
    ]);
    expect(await parse(['a;""'])).toEqual([{ rowNumber: 1, fields: ['a', ''] }]);
  });

  it('handles a chunk boundary inside a quoted field, inside "" and right after the closing quote', async () => {
    const expected = [
      { rowNumber: 1, fields: ['a', 'b'] },
      { rowNumber: 2, fields: ['x;"y"', 'z'] },
    ];
    expect(await parse(['a;b\n"x;', '""y""";z'])).toEqual(expected);
    expect(await parse(['a;b\n"x;"', '"y""";z'])).toEqual(expected);
    expect(await parse(['a;b\n"x;""y"""', ';z'])).toEqual(expected);
    expect(await parse(['a;b\n"', 'x;""y""";', 'z'])).toEqual(expected);
  });

  it('decodes a multi-byte character split over chunks (â in Fryslân)', async () => {
    const text = 'provincie;plaats\nFryslân;Leeuwarden\n';
    const split = utf8('provincie;plaats\nFrysl').length + 1; // between the two bytes of â (C3 A2)
    expect(await parse(splitBytes(text, [split]))).toEqual([
      { rowNumber: 1, fields: ['provincie', 'plaats'] },
      { rowNumber: 2, fields: ['Fryslân', 'Leeuwarden'] },
    ]);
  });

  it('decodes a multi-byte character split inside a quoted field (é)', async () => {
    const text = 'a;b\n"café;bar";1\n';
    const split = utf8('a;b\n"caf').length + 1;
    expect(await parse(splitBytes(text, [split]))).toEqual([
      { rowNumber: 1, fields: ['a', 'b'] },
      { rowNumber: 2, fields: ['café;bar', '1'] },
    ]);
  });

  it('gives identical output for every single split point, as text and as bytes', async () => {
    const text = '\uFEFFnaam;"omschrijving"\r\n"Fryslân";"zei ""ja""\r\nen ging"\r\n\r\nGrônn;é\n"";x\r\n';
    const whole = await parse([text]);
    expect(whole).toEqual([
      { rowNumber: 1, fields: ['naam', 'omschrijving'] },
      { rowNumber: 2, fields: ['Fryslân', 'zei "ja"\r\nen ging'] },
      { rowNumber: 5, fields: ['Grônn', 'é'] },
      { rowNumber: 6, fields: ['', 'x'] },
    ]);
    for (let i = 1; i < text.length; i++) {
      expect(await parse([text.slice(0, i), text.slice(i)])).toEqual(whole);
    }
    const byteLength = utf8(text).length;
    for (let i = 1; i < byteLength; i++) {
      expect(await parse(splitBytes(text, [i]))).toEqual(whole);
    }
  });

  it('detects comma and tab delimiters, counting only outside quotes', async () => {
    expect(await parse(['"a;b",c,d\n1,2,3'])).toEqual([
      { rowNumber: 1, fields: ['a;b', 'c', 'd'] },
      { rowNumber: 2, fields: ['1', '2', '3'] },
    ]);
    expect(await parse(['a\tb;c\td\n1\t2;3\t4'])).toEqual([
      { rowNumber: 1, fields: ['a', 'b;c', 'd'] },
      { rowNumber: 2, fields: ['1', '2;3', '4'] },
    ]);
  });

  it('detects the delimiter when the header line is split over chunks', async () => {
    expect(await parse(['a,', 'b', ',c\n1,2,3'])).toEqual([
      { rowNumber: 1, fields: ['a', 'b', 'c'] },
      { rowNumber: 2, fields: ['1', '2', '3'] },
    ]);
  });

  it('uses a given delimiter instead of detecting one', async () => {
    expect(await parse(['a;b,c\n1;2,3'], { delimiter: ',' })).toEqual([
      { rowNumber: 1, fields: ['a;b', 'c'] },
      { rowNumber: 2, fields: ['1;2', '3'] },
    ]);
  });

  it('is lenient about stray quotes, keeping them as text (csv-parse relax_quotes)', async () => {
    expect(await parse(['a;b\nvan "t Hof;x\n"ab"c;d'])).toEqual([
      { rowNumber: 1, fields: ['a', 'b'] },
      { rowNumber: 2, fields: ['van "t Hof', 'x'] },
      { rowNumber: 3, fields: ['"ab"c', 'd'] },
    ]);
  });

  it('yields nothing for empty input', async () => {
    expect(await parse([])).toEqual([]);
    expect(await parse(['', new Uint8Array(0)])).toEqual([]);
  });

  it('throws CsvSyntaxError with the start line of a quote left open at the end', async () => {
    const error = await parse(['a;b\n1;2\n3;"open\n4;5\n']).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CsvSyntaxError);
    expect((error as CsvSyntaxError).rowNumber).toBe(3);
    expect((error as CsvSyntaxError).message).toBe('Regel 3: een veld begint met een aanhalingsteken (") dat nergens wordt afgesloten.');
  });

  it('round-trips random tables written by toCsv, split at random byte offsets', async () => {
    const cell = fc.string({ unit: fc.constantFrom('a', 'é', 'â', '€', ';', ',', '"', '\n', '\r', '\r\n', ' ', '=', '-'), maxLength: 6 });
    const table = fc.integer({ min: 2, max: 4 }).chain((width) => fc.array(fc.array(cell, { minLength: width, maxLength: width }), { minLength: 1, maxLength: 6 }));
    await fc.assert(
      fc.asyncProperty(table, fc.array(fc.nat(), { maxLength: 5 }), async (rows, cutSeeds) => {
        const text = toCsv(rows);
        const length = utf8(text).length;
        const cuts = [...new Set(cutSeeds.map((seed) => seed % (length + 1)))].sort((a, b) => a - b);
        const parsed = await parse(splitBytes(text, cuts), { delimiter: ';' });
        let line = 1;
        const expected = rows.map((row) => {
          const rowNumber = line;
          line += 1 + row.reduce((sum, value) => sum + value.split(/\r\n|\r|\n/).length - 1, 0);
          return { rowNumber, fields: row.map(neutraliseCsvCell) };
        });
        expect(parsed).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });
});

describe('detectDelimiter', () => {
  it('prefers the semicolon on a tie and for a single column', () => {
    expect(detectDelimiter('a,b;c')).toBe(';');
    expect(detectDelimiter('naam')).toBe(';');
    expect(detectDelimiter('a,b,c;d')).toBe(',');
    expect(detectDelimiter('a\tb\tc')).toBe('\t');
  });
});
