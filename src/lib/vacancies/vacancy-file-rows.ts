import { readCsvRecords } from '../import/csv-records.ts';
import { detectFormat } from '../import/detect-format.ts';
import type { RowIssue } from '../import/row-report.ts';
import { csvRecordToVacancyInput, VACANCY_CSV_COLUMNS, VACANCY_CSV_REQUIRED } from './vacancy-input.ts';
import type { RawVacancyRow } from './vacancy-publish-service.ts';

const camelByLower = new Map(VACANCY_CSV_COLUMNS.map((c) => [c.toLowerCase(), c]));

/** Restores the camelCase field names the input schema uses (readers lower-case column names). */
function toCamel(record: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(record).map(([k, v]) => [camelByLower.get(k) ?? k, v]));
}

/**
 * Reads a vacancy file (CSV with "|" between standplaatsen, JSON array or JSON Lines) into raw
 * rows plus row-level read errors. Validation happens later, in one place for API and import.
 */
export async function readVacancyFile(source: AsyncIterable<Uint8Array>, hints: { filename: string; firstBytes?: Uint8Array }): Promise<{ rows: RawVacancyRow[]; issues: RowIssue[]; ignoredColumns: readonly string[] }> {
  const detected = detectFormat({ filename: hints.filename, firstBytes: hints.firstBytes });
  if (!detected.ok) throw new Error(detected.message);
  const rows: RawVacancyRow[] = [];
  const issues: RowIssue[] = [];
  if (detected.format === 'csv') {
    const reader = readCsvRecords(source, { requiredColumns: VACANCY_CSV_REQUIRED, knownColumns: VACANCY_CSV_COLUMNS });
    for await (const entry of reader) {
      if (entry.error !== undefined) issues.push({ rowNumber: entry.rowNumber, field: null, message: entry.error });
      else rows.push({ rowNumber: entry.rowNumber, data: csvRecordToVacancyInput(toCamel(entry.record)) });
    }
    return { rows, issues, ignoredColumns: reader.ignoredColumns };
  }
  // JSON keeps structure (standplaatsen as an array), so it is parsed as a whole: vacancy files are small.
  const chunks: Uint8Array[] = [];
  for await (const chunk of source) chunks.push(chunk);
  const text = Buffer.concat(chunks).toString('utf8').replace(/^\uFEFF/, '');
  const lines = detected.format === 'jsonl' ? text.split(/\r?\n/).map((line, i) => ({ line, rowNumber: i + 1 })).filter((l) => l.line.trim()) : null;
  if (lines) {
    for (const { line, rowNumber } of lines) {
      try {
        rows.push({ rowNumber, data: JSON.parse(line) });
      } catch {
        issues.push({ rowNumber, field: null, message: 'geen geldige JSON op deze regel' });
      }
    }
  } else {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      throw new Error('Het bestand is geen geldige JSON.');
    }
    const list = Array.isArray(parsed) ? parsed : (parsed as { vacatures?: unknown[] })?.vacatures;
    if (!Array.isArray(list)) throw new Error('Verwacht een JSON-array van vacatures (of een object met "vacatures").');
    list.forEach((data, i) => rows.push({ rowNumber: i + 1, data }));
  }
  return { rows, issues, ignoredColumns: [] };
}
