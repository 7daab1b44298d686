import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../../../src/lib/import/csv-parser.ts';
import { fileSource, webStreamSource } from '../../../src/lib/import/open-source.ts';
import { collect, utf8 } from './chunk-source.ts';

const dir = mkdtempSync(join(tmpdir(), 'rir-import-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('fileSource', () => {
  it('streams a file into the CSV parser', async () => {
    const path = join(dir, 'vacatures.csv');
    writeFileSync(path, '\uFEFFprovincie;plaats\r\nFryslân;Leeuwarden\r\n');
    expect(await collect(parseCsv(fileSource(path)))).toEqual([
      { rowNumber: 1, fields: ['provincie', 'plaats'] },
      { rowNumber: 2, fields: ['Fryslân', 'Leeuwarden'] },
    ]);
  });
});

describe('webStreamSource', () => {
  it('yields the chunks of a ReadableStream', async () => {
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(utf8('a;b\n'));
        controller.enqueue(utf8('1;2\n'));
        controller.close();
      },
    });
    expect(await collect(parseCsv(webStreamSource(stream)))).toEqual([
      { rowNumber: 1, fields: ['a', 'b'] },
      { rowNumber: 2, fields: ['1', '2'] },
    ]);
  });

  it('cancels the stream when the reader stops early', async () => {
    let cancelled = false;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        controller.enqueue(utf8('a;b\n1;2\n'));
      },
      cancel() {
        cancelled = true;
      },
    });
    for await (const row of parseCsv(webStreamSource(stream))) {
      if (row.rowNumber === 3) break;
    }
    expect(cancelled).toBe(true);
  });
});
