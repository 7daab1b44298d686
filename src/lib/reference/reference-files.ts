import { fileURLToPath } from 'node:url';
import { readCsvRecords } from '../import/csv-records.ts';
import { fileSource } from '../import/open-source.ts';

/** The folder with the reference CSVs (copied from public sources, see db/SOURCES.md). */
export const REFERENCE_DIR = fileURLToPath(new URL('../../../db/reference/', import.meta.url));

/** Reads one reference CSV completely; any malformed row is a packaging error, so it throws. */
export async function readReferenceCsv(file: string, columns: string[]): Promise<Record<string, string>[]> {
  const rows: Record<string, string>[] = [];
  for await (const entry of readCsvRecords(fileSource(REFERENCE_DIR + file), { requiredColumns: columns, knownColumns: columns })) {
    if ('error' in entry && entry.error) throw new Error(`db/reference/${file} row ${entry.rowNumber}: ${entry.error}`);
    if ('record' in entry && entry.record) rows.push(entry.record);
  }
  return rows;
}
