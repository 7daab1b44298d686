import { parseCsv, type CsvParseOptions } from './csv-parser.ts';
import { ImportHeaderError } from './import-errors.ts';
import { dutchList, knownColumnSet, normaliseColumnName, type RecordEntry, type RecordReader, type RecordReaderOptions } from './record-entry.ts';

/** Options for {@link readCsvRecords}: the column lists plus an optional fixed delimiter. */
export interface CsvRecordOptions extends RecordReaderOptions, CsvParseOptions {}

/** Shortens a user-supplied header name for a message, so a garbage header cannot flood the report. */
const shortName = (name: string): string => (name.length > 40 ? `${name.slice(0, 40)}…` : name);

/**
 * Reads CSV records keyed by header name. The first record is the header (names trimmed, lower-cased, BOM
 * stripped), columns may come in any order, unknown columns are dropped and listed once in `ignoredColumns`.
 * Rows that are blank or consist only of empty cells (`;;;`, as Excel writes them) are skipped.
 * Throws {@link ImportHeaderError} on the first iteration when required columns are missing or a known column
 * appears twice; a {@link CsvSyntaxError} from the parser also propagates, as the rest of the file is unreadable.
 */
export function readCsvRecords(source: AsyncIterable<string | Uint8Array>, options: CsvRecordOptions): RecordReader {
  const ignoredColumns: string[] = [];
  const known = knownColumnSet(options);
  const required = [...new Set(options.requiredColumns.map(normaliseColumnName))];
  const parseOptions: CsvParseOptions = options.delimiter ? { delimiter: options.delimiter } : {};

  async function* rows(): AsyncGenerator<RecordEntry> {
    let headerLength = -1;
    // Parallel arrays of (column name, field index) for the known columns present in the header.
    const names: string[] = [];
    const indexes: number[] = [];
    for await (const row of parseCsv(source, parseOptions)) {
      const fields = row.fields;
      if (headerLength === -1) {
        headerLength = fields.length;
        readHeader(fields.map(normaliseColumnName));
        continue;
      }
      if (isBlankRow(fields)) continue;
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
      const seen = new Set<string>();
      const duplicates: string[] = [];
      header.forEach((name, index) => {
        if (known.has(name)) {
          if (seen.has(name)) {
            if (!duplicates.includes(name)) duplicates.push(name);
            return;
          }
          seen.add(name);
          names.push(name);
          indexes.push(index);
        } else if (name !== '' && !ignoredColumns.includes(name)) {
          ignoredColumns.push(name);
        }
      });
      const missing = required.filter((name) => !seen.has(name));
      if (missing.length > 0) {
        const found = header.filter((name) => name !== '').map(shortName);
        const foundText = found.length === 0 ? 'geen' : dutchList(found.length > 10 ? [...found.slice(0, 10), '…'] : found);
        const missingText =
          missing.length === 1 ? `Verplichte kolom ontbreekt: ${missing[0]}.` : `Verplichte kolommen ontbreken: ${dutchList(missing)}.`;
        throw new ImportHeaderError(`${missingText} Gevonden kolommen: ${foundText}.`, missing, duplicates);
      }
      if (duplicates.length > 0) {
        const text = duplicates.length === 1 ? `De kolom ${duplicates[0]} komt` : `De kolommen ${dutchList(duplicates)} komen`;
        throw new ImportHeaderError(`${text} meer dan één keer voor in de kopregel.`, [], duplicates);
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
