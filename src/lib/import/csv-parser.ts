import { parse, type CsvError, type Info, type Parser } from 'csv-parse';
import { Utf8Decoder } from './utf8-decoder.ts';

/**
 * Streaming CSV for every import (vacancies, ATS exports, employment inventories), on top of `csv-parse`, which is
 * linear-time, well tested and bounded here by a maximum record size (a 40 MB file without a line break used to
 * take a minute of CPU with the hand-written parser it replaces).
 *
 * Row numbers: `rowNumber` is the 1-based PHYSICAL line on which a record starts, with the header on line 1.
 * That is the number a user sees in a text editor or spreadsheet, so it is what the import report shows.
 * A record whose quoted field spans several lines takes the number of its first line; the record after it
 * is numbered after all those lines. Blank lines are skipped but still counted.
 *
 * Line breaks are CRLF, LF or a lone CR (old Mac exports). Line breaks inside quoted fields are kept verbatim.
 * Stray quotes are literal text (`relax_quotes`): `van "t Hof` stays as it is, and so does `"ab"c`. An unterminated quoted field at the
 * end of the input is an error, because then the rest of the file is swallowed. Bytes must be UTF-8.
 */

/** Delimiters the parser accepts and auto-detects. */
export type CsvDelimiter = ',' | ';' | '\t';

/** Largest record (one row, all fields) in characters unless a reader sets its own: far above any real row. */
export const DEFAULT_MAX_RECORD_CHARS = 1024 * 1024;

/** Options for {@link parseCsv}. */
export interface CsvParseOptions {
  /** Field delimiter; detected from the header line when omitted. */
  delimiter?: CsvDelimiter;
  /** Largest record in characters; a longer one stops the parse with a {@link CsvSyntaxError}. */
  maxRecordChars?: number;
}

/** One parsed record: the physical line it starts on (header = 1) and its raw field values. */
export interface CsvRow {
  rowNumber: number;
  fields: string[];
}

/** Malformed CSV that cannot be parsed further; `rowNumber` is the line where the broken record starts. */
export class CsvSyntaxError extends Error {
  readonly rowNumber: number;
  constructor(rowNumber: number, message: string) {
    super(message);
    this.name = 'CsvSyntaxError';
    this.rowNumber = rowNumber;
  }
}

const QUOTE = 34; // "
const LF = 10;
const CR = 13;
const COMMA = 44;
const SEMICOLON = 59;
const TAB = 9;

/**
 * Picks the delimiter of a header line by counting commas, semicolons and tabs outside quotes.
 * Ties (and a header without any delimiter, i.e. one column) prefer the semicolon, which Dutch Excel writes.
 * One delimiter per file: accepting all of them in every row would split a comma inside a semicolon file.
 */
export function detectDelimiter(headerLine: string): CsvDelimiter {
  let inQuotes = false;
  let commas = 0;
  let semicolons = 0;
  let tabs = 0;
  for (let i = 0; i < headerLine.length; i++) {
    const c = headerLine.charCodeAt(i);
    if (c === QUOTE) inQuotes = !inQuotes;
    else if (inQuotes) continue;
    else if (c === SEMICOLON) semicolons++;
    else if (c === COMMA) commas++;
    else if (c === TAB) tabs++;
    else if (c === LF || c === CR) break;
  }
  if (semicolons >= commas && semicolons >= tabs) return ';';
  return commas >= tabs ? ',' : '\t';
}

/** Number of physical line breaks in a record's fields (CRLF counts once): how many lines it spans beyond its first. */
function lineBreaksIn(fields: readonly string[]): number {
  let breaks = 0;
  for (const field of fields) {
    if (field.indexOf('\n') === -1 && field.indexOf('\r') === -1) continue;
    for (let k = 0; k < field.length; k++) {
      const c = field.charCodeAt(k);
      if (c === CR) breaks++;
      else if (c === LF && (k === 0 || field.charCodeAt(k - 1) !== CR)) breaks++;
    }
  }
  return breaks;
}

/** The csv-parse options every import uses. */
function parserFor(delimiter: CsvDelimiter, maxRecordChars: number): Parser {
  const parser = parse({
    delimiter,
    record_delimiter: ['\r\n', '\n', '\r'],
    relax_quotes: true,
    relax_column_count: true,
    skip_empty_lines: true,
    max_record_size: maxRecordChars,
    info: true,
  });
  // Errors are read from `parser.errored` after each write; without a listener Node would throw them as events.
  parser.on('error', () => undefined);
  return parser;
}

/**
 * Parses CSV from a stream of text or UTF-8 byte chunks, yielding one record at a time.
 * Chunks may split anywhere: inside a quoted field, between CR and LF, or inside a multi-byte character.
 * A leading UTF-8 BOM is removed. Throws {@link CsvSyntaxError} for a quote left open at the end or a record over
 * the size limit, and `ImportFileError` for bytes that are not UTF-8 (e.g. a Windows-1252 export).
 */
export async function* parseCsv(source: AsyncIterable<string | Uint8Array>, options: CsvParseOptions = {}): AsyncGenerator<CsvRow> {
  const maxRecordChars = options.maxRecordChars ?? DEFAULT_MAX_RECORD_CHARS;
  const decoder = new Utf8Decoder();
  let parser: Parser | null = options.delimiter ? parserFor(options.delimiter, maxRecordChars) : null;
  // Until the delimiter is known, text is held back up to the end of the header line.
  let held = '';
  let heldScan = 0;
  let heldInQuotes = false;
  let atStart = true;
  // Where the last record ended and how many blank lines had been skipped by then: the start line of a broken record.
  let lastEndLine = 0;
  let lastEmptyLines = 0;
  const out: CsvRow[] = [];

  const drain = (p: Parser): void => {
    let item: { record: string[]; info: Info } | null;
    while ((item = p.read() as { record: string[]; info: Info } | null) !== null) {
      // csv-parse counts a CRLF inside quotes as two lines, so lines are counted here: the record starts after the
      // previous one and the blank lines skipped since (which it does count right), and spans its own line breaks.
      const rowNumber = lastEndLine + 1 + (item.info.empty_lines - lastEmptyLines);
      out.push({ rowNumber, fields: item.record });
      lastEndLine = rowNumber + lineBreaksIn(item.record);
      lastEmptyLines = item.info.empty_lines;
    }
  };
  const failure = (p: Parser): CsvSyntaxError | null => {
    const error = p.errored as CsvError | null;
    if (!error) return null;
    const line = lastEndLine + 1 + (p.info.empty_lines - lastEmptyLines);
    if (error.code === 'CSV_QUOTE_NOT_CLOSED') return new CsvSyntaxError(line, `Regel ${line}: een veld begint met een aanhalingsteken (") dat nergens wordt afgesloten.`);
    if (error.code === 'CSV_MAX_RECORD_SIZE') {
      return new CsvSyntaxError(line, `Regel ${line}: deze regel is langer dan ${maxRecordChars.toLocaleString('nl-NL')} tekens. Controleer of het bestand regeleinden en de juiste aanhalingstekens heeft.`);
    }
    return new CsvSyntaxError(line, `Regel ${line}: het bestand kan hier niet als CSV worden gelezen.`);
  };
  const write = (p: Parser, text: string): void => {
    if (text === '') return;
    p.write(text);
    drain(p);
    const error = failure(p);
    if (error) throw error;
  };
  /** Feeds decoded text, first buffering the header line when the delimiter is unknown. */
  const feed = (text: string): void => {
    if (atStart && text.length > 0) {
      atStart = false;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    if (parser) return write(parser, text);
    held += text;
    for (; heldScan < held.length; heldScan++) {
      const c = held.charCodeAt(heldScan);
      if (c === QUOTE) heldInQuotes = !heldInQuotes;
      else if (!heldInQuotes && (c === LF || c === CR)) return startParser();
    }
    if (held.length > maxRecordChars) throw new CsvSyntaxError(1, `Regel 1: de kopregel is langer dan ${maxRecordChars.toLocaleString('nl-NL')} tekens.`);
  };
  const startParser = (): void => {
    parser = parserFor(detectDelimiter(held), maxRecordChars);
    const text = held;
    held = '';
    write(parser, text);
  };

  try {
    for await (const chunk of source) {
      feed(typeof chunk === 'string' ? chunk : decoder.decode(chunk));
      if (out.length > 0) {
        for (let k = 0; k < out.length; k++) yield out[k]!;
        out.length = 0;
      }
    }
    feed(decoder.end());
    if (!parser) startParser();
    const p = parser as unknown as Parser;
    p.end();
    // The last record (and an unclosed quote) only comes out after end(); wait for the stream to finish.
    await new Promise<void>((resolve) => {
      const done = () => resolve();
      p.on('readable', () => drain(p));
      p.once('end', done);
      p.once('error', done);
      p.once('close', done);
      drain(p);
    });
    drain(p);
    const error = failure(p);
    for (const row of out) yield row;
    if (error) throw error;
  } finally {
    parser?.destroy();
  }
}
