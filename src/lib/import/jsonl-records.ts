import { ImportFileError } from './import-errors.ts';
import { dutchList, knownColumnSet, normaliseColumnName, type RecordEntry, type RecordReader, type RecordReaderOptions } from './record-entry.ts';

/** Options for {@link readJsonArray}: the column lists plus a size limit. */
export interface JsonArrayOptions extends RecordReaderOptions {
  /** Largest accepted file in bytes (default 16 MiB): the whole file is held in memory to parse it. */
  maxBytes?: number;
}

const DEFAULT_MAX_JSON_BYTES = 16 * 1024 * 1024;

/** Converts one JSON value to the string a record carries: null → '', strings trimmed, objects as JSON text. */
function valueToString(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/**
 * Turns a parsed JSON value into a record entry with only known keys; unknown keys go to `ignored` once.
 * Keys are matched like CSV headers (trimmed, lower-cased).
 */
function objectToEntry(
  rowNumber: number,
  value: unknown,
  known: ReadonlySet<string>,
  required: readonly string[],
  ignored: string[],
): RecordEntry {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { rowNumber, error: 'Dit is geen JSON-object: verwacht {"kolom": "waarde", …}.' };
  }
  const record: Record<string, string> = {};
  for (const [rawKey, raw] of Object.entries(value)) {
    const key = normaliseColumnName(rawKey);
    if (known.has(key)) record[key] = valueToString(raw);
    else if (key !== '' && !ignored.includes(key)) ignored.push(key);
  }
  const missing = required.filter((name) => !Object.hasOwn(record, name));
  if (missing.length > 0) {
    const error = missing.length === 1 ? `Verplicht veld ontbreekt: ${missing[0]}.` : `Verplichte velden ontbreken: ${dutchList(missing)}.`;
    return { rowNumber, error };
  }
  return { rowNumber, record };
}

/**
 * Reads JSON Lines: one JSON object per line, `rowNumber` = physical line (first line = 1), blank lines skipped.
 * A line that is not valid JSON, not an object, or lacks a required key becomes a row error; reading goes on.
 * Chunks may split anywhere, also inside a multi-byte character. A leading BOM is removed.
 */
export function readJsonlRecords(source: AsyncIterable<string | Uint8Array>, options: RecordReaderOptions): RecordReader {
  const ignoredColumns: string[] = [];
  const known = knownColumnSet(options);
  const required = [...new Set(options.requiredColumns.map(normaliseColumnName))];

  async function* rows(): AsyncGenerator<RecordEntry> {
    const decoder = new TextDecoder('utf-8');
    let rest = '';
    let lineNumber = 0;
    let atStart = true;

    const parseLine = (line: string): RecordEntry | null => {
      lineNumber++;
      if (line.trim() === '') return null;
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch {
        return { rowNumber: lineNumber, error: 'Deze regel is geen geldige JSON.' };
      }
      return objectToEntry(lineNumber, value, known, required, ignoredColumns);
    };

    for await (const chunk of source) {
      let text = typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
      if (atStart && text.length > 0) {
        atStart = false;
        if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      }
      rest += text;
      let start = 0;
      let newline = rest.indexOf('\n');
      while (newline !== -1) {
        // JSON.parse ignores a trailing CR (it is whitespace), so CRLF needs no special case.
        const entry = parseLine(rest.slice(start, newline));
        if (entry) yield entry;
        start = newline + 1;
        newline = rest.indexOf('\n', start);
      }
      rest = rest.slice(start);
    }
    rest += decoder.decode();
    if (atStart && rest.charCodeAt(0) === 0xfeff) rest = rest.slice(1);
    if (rest !== '') {
      const entry = parseLine(rest);
      if (entry) yield entry;
    }
  }

  return { ignoredColumns, [Symbol.asyncIterator]: rows };
}

/**
 * Reads a whole JSON file holding an array of objects (meant for small files; see `maxBytes`).
 * `rowNumber` is the 1-based position in the array. Throws {@link ImportFileError} on the first iteration when
 * the file is too large, is not valid JSON or is not an array.
 */
export function readJsonArray(source: AsyncIterable<string | Uint8Array>, options: JsonArrayOptions): RecordReader {
  const ignoredColumns: string[] = [];
  const known = knownColumnSet(options);
  const required = [...new Set(options.requiredColumns.map(normaliseColumnName))];
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_JSON_BYTES;

  async function* rows(): AsyncGenerator<RecordEntry> {
    const decoder = new TextDecoder('utf-8');
    const parts: string[] = [];
    let size = 0;
    for await (const chunk of source) {
      // Strings are counted in UTF-16 units: close enough for a guard against runaway memory use.
      size += chunk.length;
      if (size > maxBytes) {
        const mib = Math.round(maxBytes / (1024 * 1024));
        throw new ImportFileError(`Het JSON-bestand is te groot (meer dan ${mib} MB). Gebruik JSON Lines of CSV voor grote bestanden.`);
      }
      parts.push(typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true }));
    }
    parts.push(decoder.decode());
    const text = parts.join('').replace(/^\uFEFF/, '');
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      throw new ImportFileError('Het bestand is geen geldige JSON.');
    }
    if (!Array.isArray(data)) {
      throw new ImportFileError('Het JSON-bestand moet een lijst met objecten bevatten: [{…}, {…}].');
    }
    for (let index = 0; index < data.length; index++) {
      yield objectToEntry(index + 1, data[index], known, required, ignoredColumns);
    }
  }

  return { ignoredColumns, [Symbol.asyncIterator]: rows };
}
