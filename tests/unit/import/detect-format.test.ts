import { describe, expect, it } from 'vitest';
import { detectFormat } from '../../../src/lib/import/detect-format.ts';

const SAVE_AS_CSV = 'Sla het bestand in Excel op als "CSV UTF-8 (gescheiden door komma\'s)" en probeer het opnieuw.';

describe('detectFormat', () => {
  it('uses the file extension', () => {
    expect(detectFormat({ filename: 'vacatures.CSV' })).toEqual({ ok: true, format: 'csv' });
    expect(detectFormat({ filename: 'export.tsv' })).toEqual({ ok: true, format: 'csv' });
    expect(detectFormat({ filename: 'ats.jsonl' })).toEqual({ ok: true, format: 'jsonl' });
    expect(detectFormat({ filename: 'ats.ndjson' })).toEqual({ ok: true, format: 'jsonl' });
    expect(detectFormat({ filename: 'lijst.json' })).toEqual({ ok: true, format: 'json' });
  });

  it('falls back to the content type, then to CSV', () => {
    expect(detectFormat({ filename: 'upload', contentType: 'application/x-ndjson' })).toEqual({ ok: true, format: 'jsonl' });
    expect(detectFormat({ contentType: 'application/json; charset=utf-8' })).toEqual({ ok: true, format: 'json' });
    expect(detectFormat({ contentType: 'application/vnd.ms-excel' })).toEqual({ ok: true, format: 'csv' });
    expect(detectFormat({})).toEqual({ ok: true, format: 'csv' });
  });

  it('lets the first bytes decide between JSON array and JSON Lines, after BOM and whitespace', () => {
    expect(detectFormat({ filename: 'a.json', firstBytes: '\uFEFF {"a":1}\n{"a":2}' })).toEqual({ ok: true, format: 'jsonl' });
    expect(detectFormat({ filename: 'a.jsonl', firstBytes: '\n[{"a":1}]' })).toEqual({ ok: true, format: 'json' });
    expect(detectFormat({ filename: 'a.csv', firstBytes: 'naam;plaats\n' })).toEqual({ ok: true, format: 'csv' });
    expect(detectFormat({ filename: 'a.json', firstBytes: 'naam;plaats\n' })).toEqual({ ok: true, format: 'json' });
  });

  it('rejects spreadsheets, PDF, UTF-16 and other binary files with a Dutch message', () => {
    const xlsx = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]);
    expect(detectFormat({ filename: 'vacatures.csv', firstBytes: xlsx })).toEqual({
      ok: false,
      message: `Dit is een Excel-bestand (.xlsx) of ander zip-bestand. ${SAVE_AS_CSV}`,
    });
    expect(detectFormat({ firstBytes: new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1]) })).toEqual({
      ok: false,
      message: `Dit is een oud Excel-bestand (.xls). ${SAVE_AS_CSV}`,
    });
    expect(detectFormat({ firstBytes: '%PDF-1.7' })).toEqual({
      ok: false,
      message: 'Dit is een PDF-bestand. Lever de gegevens aan als CSV, JSON Lines of JSON.',
    });
    expect(detectFormat({ firstBytes: new Uint8Array([0xff, 0xfe, 0x6e, 0x00]) })).toEqual({
      ok: false,
      message: `Dit bestand is opgeslagen als UTF-16 ("Unicode-tekst"). ${SAVE_AS_CSV}`,
    });
    expect(detectFormat({ firstBytes: new Uint8Array([0x41, 0x00, 0x42]) })).toEqual({
      ok: false,
      message: 'Dit is geen tekstbestand. Lever de gegevens aan als CSV, JSON Lines of JSON.',
    });
    expect(detectFormat({ filename: 'vacatures.xlsx' })).toEqual({
      ok: false,
      message: `Dit is een spreadsheetbestand (.xlsx). ${SAVE_AS_CSV}`,
    });
  });
});
