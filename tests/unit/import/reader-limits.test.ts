import { describe, expect, it } from 'vitest';
import { CsvSyntaxError } from '../../../src/lib/import/csv-parser.ts';
import { readCsvRecords } from '../../../src/lib/import/csv-records.ts';
import { ImportFileError, ImportHeaderError } from '../../../src/lib/import/import-errors.ts';
import { readJsonArray, readJsonlRecords } from '../../../src/lib/import/jsonl-records.ts';
import { chunks, collect, utf8 } from './chunk-source.ts';

// Issue 11, defects 4 and 10: quadratic parsing froze the event loop for seconds to minutes, and Latin-1 files
// were decoded silently. Budgets are CPU time of this process, not wall time, so a busy machine cannot fail them.
const columns = { requiredColumns: ['sollicitant_id', 'fase'], knownColumns: ['postcode'] };

/** Runs `work` and returns its result (or error) with the CPU milliseconds it used. */
async function cpuTimed<T>(work: () => Promise<T>): Promise<{ value: T | unknown; cpuMs: number }> {
  const before = process.cpuUsage();
  let value: T | unknown;
  try {
    value = await work();
  } catch (error) {
    value = error;
  }
  const used = process.cpuUsage(before);
  return { value, cpuMs: (used.user + used.system) / 1000 };
}

/** Yields `total` bytes of text in 256 KB chunks without holding it all (`fill` makes each chunk). */
async function* generated(total: number, first: string, fill: (size: number) => string): AsyncGenerator<Uint8Array> {
  yield utf8(first);
  for (let sent = 0; sent < total; sent += 256 * 1024) yield utf8(fill(256 * 1024));
}

describe('CSV limits (csv-parse)', () => {
  it('refuses a header of 100,000 distinct names (789 KB) at once instead of blocking for 19 s', async () => {
    const header = Array.from({ length: 100_000 }, (_, i) => `kolom${i}`).join(';');
    const { value, cpuMs } = await cpuTimed(() => collect(readCsvRecords(chunks(utf8(`${header}\n1;2\n`)), columns)));
    expect(value).toBeInstanceOf(ImportHeaderError);
    expect((value as Error).message).toBe('De kopregel heeft 100.000 kolommen; hoogstens 500 zijn toegestaan. Controleer het scheidingsteken of laat overbodige kolommen weg.');
    expect(cpuMs).toBeLessThan(2000);
  });

  it('handles 500 ignored columns, many duplicates among them, in linear time and lists each once', async () => {
    const extra = Array.from({ length: 498 }, (_, i) => `extra${i % 100}`);
    const reader = readCsvRecords(chunks(utf8(`sollicitant_id;fase;${extra.join(';')}\n`)), columns);
    expect(await collect(reader)).toEqual([]);
    expect(reader.ignoredColumns).toHaveLength(100);
  });

  it('stops a 40 MB file without a line break at the 1 MB record limit instead of parsing for a minute', async () => {
    const source = generated(40 * 1024 * 1024, 'sollicitant_id;fase\n1;', (size) => 'x'.repeat(size));
    const { value, cpuMs } = await cpuTimed(() => collect(readCsvRecords(source, columns)));
    expect(value).toBeInstanceOf(CsvSyntaxError);
    expect((value as CsvSyntaxError).rowNumber).toBe(2);
    expect((value as Error).message).toMatch(/^Regel 2: deze regel is langer dan 1\.048\.576 tekens\./);
    expect(cpuMs).toBeLessThan(3000);
  });

  it('refuses a header line over the record limit before the delimiter is known', async () => {
    const value = await collect(readCsvRecords(generated(3 * 1024 * 1024, '', (size) => 'k'.repeat(size)), columns)).catch((e: unknown) => e);
    expect(value).toBeInstanceOf(CsvSyntaxError);
    expect((value as CsvSyntaxError).rowNumber).toBe(1);
  });

  it('stops after maxRecords data rows', async () => {
    const value = await collect(readCsvRecords(chunks(utf8('sollicitant_id;fase\n1;a\n2;b\n3;c\n')), { ...columns, maxRecords: 2 })).catch((e: unknown) => e);
    expect(value).toBeInstanceOf(ImportFileError);
    expect((value as Error).message).toBe('Het bestand heeft meer dan 2 regels. Splits het bestand en lees de delen na elkaar in.');
  });
});

describe('encoding: only UTF-8', () => {
  // "LAT-é" and "LAT-è" in Windows-1252 / Latin-1: both became "LAT-\uFFFD" and were merged as one applicant.
  const latin1 = new Uint8Array([...utf8('sollicitant_id;fase\nLAT-'), 0xe9, ...utf8(';sollicitatie\nLAT-'), 0xe8, ...utf8(';sollicitatie\n')]);

  it('refuses a Latin-1 CSV with the line of the first foreign byte, instead of merging LAT-é and LAT-è', async () => {
    const value = await collect(readCsvRecords(chunks(latin1), columns)).catch((e: unknown) => e);
    expect(value).toBeInstanceOf(ImportFileError);
    expect((value as Error).message).toBe(
      'Het bestand is niet in UTF-8 opgeslagen (regel 2 bevat een teken in een andere codering, zoals é of è uit Windows of Latin-1). Sla het bestand in Excel op als "CSV UTF-8 (gescheiden door komma\'s)" of kies bij het exporteren de codering UTF-8, en probeer het opnieuw.',
    );
  });

  it('refuses Latin-1 JSON Lines and JSON too, and a character cut off at the end', async () => {
    const jsonl = new Uint8Array([...utf8('{"sollicitant_id":"LAT-'), 0xe9, ...utf8('","fase":"x"}\n')]);
    expect(await collect(readJsonlRecords(chunks(jsonl), columns)).catch((e: unknown) => e)).toBeInstanceOf(ImportFileError);
    expect(await collect(readJsonArray(chunks(new Uint8Array([0x5b, 0x22, 0xe9, 0x22, 0x5d])), columns)).catch((e: unknown) => e)).toBeInstanceOf(ImportFileError);
    const cut = utf8('sollicitant_id;fase\nLAT-é;x').subarray(0, -3);
    expect(await collect(readCsvRecords(chunks(cut), columns)).catch((e: unknown) => e)).toBeInstanceOf(ImportFileError);
  });

  it('still reads é and è in UTF-8 split over chunks as two applicants', async () => {
    const bytes = utf8('sollicitant_id;fase\nLAT-é;a\nLAT-è;b\n');
    const entries = await collect(readCsvRecords(chunks(bytes.subarray(0, 25), bytes.subarray(25)), columns));
    expect(entries.map((e) => e.record?.sollicitant_id)).toEqual(['LAT-é', 'LAT-è']);
  });
});

describe('JSON Lines limits', () => {
  it('reports an object with 60,000 keys (600 KB) as a row error without freezing, and reads on', async () => {
    const big = `{${Array.from({ length: 60_000 }, (_, i) => `"k${i}":1`).join(',')}}`;
    const { value, cpuMs } = await cpuTimed(() => collect(readJsonlRecords(chunks(`${big}\n{"sollicitant_id":"A","fase":"x"}\n`), columns)));
    expect(value).toEqual([
      { rowNumber: 1, error: 'Dit object heeft 60.000 velden; hoogstens 500 zijn toegestaan.' },
      { rowNumber: 2, record: { sollicitant_id: 'A', fase: 'x' } },
    ]);
    expect(cpuMs).toBeLessThan(2000);
  });

  it('skips a line over the size limit without keeping it, and numbers the next lines right', async () => {
    const reader = readJsonlRecords(chunks('{"sollicitant_id":"A","fase":"x"}\n{"x":"', 'y'.repeat(50), 'y'.repeat(50), '"}\n\n{"sollicitant_id":"B","fase":"x","extra":1}\n'), { ...columns, maxLineChars: 60 });
    expect(await collect(reader)).toEqual([
      { rowNumber: 1, record: { sollicitant_id: 'A', fase: 'x' } },
      { rowNumber: 2, error: 'Deze regel is langer dan 60 tekens en is overgeslagen.' },
      { rowNumber: 4, record: { sollicitant_id: 'B', fase: 'x' } },
    ]);
    expect(reader.ignoredColumns).toEqual(['extra']);
  });

  it('stops a 40 MB line without a line break at the limit, in bounded time', async () => {
    const { value, cpuMs } = await cpuTimed(() => collect(readJsonlRecords(generated(40 * 1024 * 1024, '{"a":"', (size) => 'x'.repeat(size)), columns)));
    expect(value).toEqual([{ rowNumber: 1, error: 'Deze regel is langer dan 1.048.576 tekens en is overgeslagen.' }]);
    expect(cpuMs).toBeLessThan(3000);
  });
});
