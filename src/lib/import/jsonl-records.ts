import { ImportFileError } from './import-errors.ts';
import { Utf8Decoder } from './utf8-decoder.ts';
import { dutchList, knownColumnSet, normaliseColumnName, type RecordEntry, type RecordReader, type RecordReaderOptions } from './record-entry.ts';

/** Options for {@link readJsonArray}: the column lists plus a size limit. */
export interface JsonArrayOptions extends RecordReaderOptions {
  /** Largest accepted file in bytes (default 16 MiB): the whole file is held in memory to parse it. */
  maxBytes?: number;
}

const DEFAULT_MAX_JSON_BYTES = 16 * 1024 * 1024;

/** Limits of the JSON Lines reader: one line (in characters) and keys per object. */
export const JSONL_LIMITS = { maxLineChars: 1024 * 1024, maxKeys: 500 } as const;

/** Options for {@link readJsonlRecords}: the column lists plus limits. */
export interface JsonlOptions extends RecordReaderOptions {
  maxLineChars?: number;
  maxKeys?: number;
}

/** Tracks the unknown keys of a file once each, in order, in linear time (a Set beside the reported list). */
class IgnoredKeys {
  readonly list: string[] = [];
  private readonly seen = new Set<string>();
  add(key: string): void {
    if (key === '' || this.seen.has(key)) return;
    this.seen.add(key);
    this.list.push(key);
  }
}

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
  ignored: IgnoredKeys,
  maxKeys: number = JSONL_LIMITS.maxKeys,
): RecordEntry {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { rowNumber, error: 'Dit is geen JSON-object: verwacht {"kolom": "waarde", …}.' };
  }
  const keys = Object.keys(value);
  if (keys.length > maxKeys) return { rowNumber, error: `Dit object heeft ${keys.length.toLocaleString('nl-NL')} velden; hoogstens ${maxKeys} zijn toegestaan.` };
  const record: Record<string, string> = {};
  for (const rawKey of keys) {
    const key = normaliseColumnName(rawKey);
    if (known.has(key)) record[key] = valueToString((value as Record<string, unknown>)[rawKey]);
    else ignored.add(key);
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
 * A line that is not valid JSON, not an object, lacks a required key, is longer than `maxLineChars` or has more
 * than `maxKeys` keys becomes a row error; reading goes on (an over-long line is skipped without being kept).
 * Chunks may split anywhere, also inside a multi-byte character. A leading BOM is removed; bytes must be UTF-8.
 */
export function readJsonlRecords(source: AsyncIterable<string | Uint8Array>, options: JsonlOptions): RecordReader {
  const ignored = new IgnoredKeys();
  const known = knownColumnSet(options);
  const required = [...new Set(options.requiredColumns.map(normaliseColumnName))];
  const maxLineChars = options.maxLineChars ?? JSONL_LIMITS.maxLineChars;
  const maxKeys = options.maxKeys ?? JSONL_LIMITS.maxKeys;
  const tooLong = `Deze regel is langer dan ${maxLineChars.toLocaleString('nl-NL')} tekens en is overgeslagen.`;

  async function* rows(): AsyncGenerator<RecordEntry> {
    const decoder = new Utf8Decoder();
    let rest = '';
    let lineNumber = 0;
    let atStart = true;
    // True while the rest of an over-long line is being skipped (its text is not kept).
    let skipping = false;

    const parseLine = (line: string): RecordEntry | null => {
      lineNumber++;
      if (line.trim() === '') return null;
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch {
        return { rowNumber: lineNumber, error: 'Deze regel is geen geldige JSON.' };
      }
      return objectToEntry(lineNumber, value, known, required, ignored, maxKeys);
    };

    const lines = function* (text: string, final: boolean): Generator<RecordEntry> {
      rest += text;
      let start = 0;
      let newline = rest.indexOf('\n');
      while (newline !== -1) {
        if (skipping) {
          // The end of an over-long line, already counted and reported.
          skipping = false;
        } else if (newline - start > maxLineChars) {
          lineNumber++;
          yield { rowNumber: lineNumber, error: tooLong };
        } else {
          // JSON.parse ignores a trailing CR (it is whitespace), so CRLF needs no special case.
          const entry = parseLine(rest.slice(start, newline));
          if (entry) yield entry;
        }
        start = newline + 1;
        newline = rest.indexOf('\n', start);
      }
      rest = rest.slice(start);
      if (!skipping && rest.length > maxLineChars) {
        // The line goes on beyond the limit: report it now and drop what comes until its end.
        lineNumber++;
        skipping = true;
        rest = '';
        yield { rowNumber: lineNumber, error: tooLong };
      } else if (skipping) {
        rest = '';
      }
      if (final && rest !== '' && !skipping) {
        const entry = parseLine(rest);
        rest = '';
        if (entry) yield entry;
      }
    };

    for await (const chunk of source) {
      let text = typeof chunk === 'string' ? chunk : decoder.decode(chunk);
      if (atStart && text.length > 0) {
        atStart = false;
        if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      }
      yield* lines(text, false);
    }
    let tail = decoder.end();
    if (atStart && tail.charCodeAt(0) === 0xfeff) tail = tail.slice(1);
    yield* lines(tail, true);
  }

  return {
    get ignoredColumns() {
      return ignored.list;
    },
    [Symbol.asyncIterator]: rows,
  };
}

/**
 * Reads a whole JSON file holding an array of objects (meant for small files; see `maxBytes`).
 * `rowNumber` is the 1-based position in the array. Throws {@link ImportFileError} on the first iteration when
 * the file is too large, is not valid JSON or is not an array.
 */
export function readJsonArray(source: AsyncIterable<string | Uint8Array>, options: JsonArrayOptions): RecordReader {
  const ignored = new IgnoredKeys();
  const known = knownColumnSet(options);
  const required = [...new Set(options.requiredColumns.map(normaliseColumnName))];
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_JSON_BYTES;

  async function* rows(): AsyncGenerator<RecordEntry> {
    const decoder = new Utf8Decoder();
    const parts: string[] = [];
    let size = 0;
    for await (const chunk of source) {
      // Strings are counted in UTF-16 units: close enough for a guard against runaway memory use.
      size += chunk.length;
      if (size > maxBytes) {
        const mib = Math.round(maxBytes / (1024 * 1024));
        throw new ImportFileError(`Het JSON-bestand is te groot (meer dan ${mib} MB). Gebruik JSON Lines of CSV voor grote bestanden.`);
      }
      parts.push(typeof chunk === 'string' ? chunk : decoder.decode(chunk));
    }
    parts.push(decoder.end());
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
      yield objectToEntry(index + 1, data[index], known, required, ignored);
    }
  }

  return {
    get ignoredColumns() {
      return ignored.list;
    },
    [Symbol.asyncIterator]: rows,
  };
}
