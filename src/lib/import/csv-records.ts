import { parseCsv, type CsvParseOptions } from './csv-parser.ts';
import { ImportFileError, ImportHeaderError } from './import-errors.ts';
import { dutchList, knownColumnSet, normaliseColumnName, type RecordEntry, type RecordReader, type RecordReaderOptions } from './record-entry.ts';

/** Options for {@link readCsvRecords}: the column lists plus an optional fixed delimiter and limits. */
export interface CsvRecordOptions extends RecordReaderOptions, CsvParseOptions {
  /** Most columns a header may have (default 500): a header of 100,000 names is no export, it is an attack. */
  maxColumns?: number;
  /** Most data rows (default 5,000,000); more stops the import with a message. */
  maxRecords?: number;
}

/** Defaults for the limits of {@link CsvRecordOptions}. */
export const CSV_LIMITS = { maxColumns: 500, maxRecords: 5_000_000 } as const;

/** Shortens a user-supplied header name for a message, so a garbage header cannot flood the report. */
const shortName = (name: string): string => (name.length > 40 ? `${name.slice(0, 40)}…` : name);

/**
 * Reads CSV records keyed by header name. The first record is the header (names trimmed, lower-cased, BOM
 * stripped), columns may come in any order, unknown columns are dropped and listed once in `ignoredColumns`.
 * Rows that are blank or consist only of empty cells (`;;;`, as Excel writes them) are skipped.
 * Throws {@link ImportHeaderError} on the first iteration when required columns are missing or a known column
 * appears twice or the header has more than `maxColumns` columns; a {@link CsvSyntaxError} (or `ImportFileError` for
 * a file that is not UTF-8 or has more than `maxRecords` rows) also propagates, as the rest of the file is unreadable.
 */
export function readCsvRecords(source: AsyncIterable<string | Uint8Array>, options: CsvRecordOptions): RecordReader {
  const ignoredColumns: string[] = [];
  const known = knownColumnSet(options);
  const required = [...new Set(options.requiredColumns.map(normaliseColumnName))];
  const parseOptions: CsvParseOptions = { ...(options.delimiter ? { delimiter: options.delimiter } : {}), ...(options.maxRecordChars ? { maxRecordChars: options.maxRecordChars } : {}) };
  const maxColumns = options.maxColumns ?? CSV_LIMITS.maxColumns;
  const maxRecords = options.maxRecords ?? CSV_LIMITS.maxRecords;

  async function* rows(): AsyncGenerator<RecordEntry> {
    let headerLength = -1;
    // Parallel arrays of (column name, field index) for the known columns present in the header.
    const names: string[] = [];
    const indexes: number[] = [];
    let records = 0;
    for await (const row of parseCsv(source, parseOptions)) {
      const fields = row.fields;
      if (headerLength === -1) {
        if (fields.length > maxColumns) {
          throw new ImportHeaderError(`De kopregel heeft ${fields.length.toLocaleString('nl-NL')} kolommen; hoogstens ${maxColumns} zijn toegestaan. Controleer het scheidingsteken of laat overbodige kolommen weg.`);
        }
        headerLength = fields.length;
        readHeader(fields.map(normaliseColumnName));
        continue;
      }
      if (isBlankRow(fields)) continue;
      if (++records > maxRecords) {
        throw new ImportFileError(`Het bestand heeft meer dan ${maxRecords.toLocaleString('nl-NL')} regels. Splits het bestand en lees de delen na elkaar in.`);
      }
      if (fields.length !== headerLength) {
        yield { rowNumber: row.rowNumber, error: fieldCountMessage(fields.length, headerLength) };
        continue;
      }
      const record: Record<string, string> = {};
      for (let k = 0; k < names.length; k++) record[names[k]!] = fields[indexes[k]!]!.trim();
      yield { rowNumber: row.rowNumber, record };
    }
    if (headerLength === -1) {
      throw new ImportHeaderError('Het bestand is leeg: er is geen kopregel met kolomnamen gevonden.', required);
    }

    function readHeader(header: string[]): void {
      // Sets, not Array.includes: linear in the number of columns (a 100,000-name header took 19 s before the cap).
      const seen = new Set<string>();
      const duplicates = new Set<string>();
      const ignored = new Set<string>();
      header.forEach((name, index) => {
        if (known.has(name)) {
          if (seen.has(name)) {
            duplicates.add(name);
            return;
          }
          seen.add(name);
          names.push(name);
          indexes.push(index);
        } else if (name !== '' && !ignored.has(name)) {
          ignored.add(name);
          ignoredColumns.push(name);
        }
      });
      const missing = required.filter((name) => !seen.has(name));
      if (missing.length > 0) {
        const found = header.filter((name) => name !== '').map(shortName);
        const foundText = found.length === 0 ? 'geen' : dutchList(found.length > 10 ? [...found.slice(0, 10), '…'] : found);
        const missingText =
          missing.length === 1 ? `Verplichte kolom ontbreekt: ${missing[0]}.` : `Verplichte kolommen ontbreken: ${dutchList(missing)}.`;
        throw new ImportHeaderError(`${missingText} Gevonden kolommen: ${foundText}.`, missing, [...duplicates]);
      }
      if (duplicates.size > 0) {
        const list = [...duplicates];
        const text = list.length === 1 ? `De kolom ${list[0]} komt` : `De kolommen ${dutchList(list)} komen`;
        throw new ImportHeaderError(`${text} meer dan één keer voor in de kopregel.`, [], list);
      }
    }
  }

  return { ignoredColumns, [Symbol.asyncIterator]: rows };
}

/** True for a row without any content: every cell empty or whitespace. */
function isBlankRow(fields: readonly string[]): boolean {
  for (const field of fields) if (field.trim() !== '') return false;
  return true;
}

/** Dutch message for a row whose number of cells differs from the header. */
function fieldCountMessage(actual: number, expected: number): string {
  const cells = (n: number): string => `${n} ${n === 1 ? 'kolom' : 'kolommen'}`;
  return `Deze regel heeft ${cells(actual)}, de kopregel heeft er ${expected}. Controleer scheidingstekens en aanhalingstekens in deze regel.`;
}
