/**
 * Streaming RFC 4180 CSV parser shared by every import (vacancies, ATS exports, employment inventories).
 *
 * Row numbers: `rowNumber` is the 1-based PHYSICAL line on which a record starts, with the header on line 1.
 * That is the number a user sees in a text editor or spreadsheet, so it is what the import report shows.
 * A record whose quoted field spans several lines takes the number of its first line; the record after it
 * is numbered after all those lines. Blank lines are skipped but still counted.
 *
 * Line breaks are CRLF, LF or a lone CR (old Mac exports). Line breaks inside quoted fields are kept verbatim.
 * Like Python's csv module, the parser is lenient about stray quotes: a quote inside an unquoted field is
 * literal text, and text after a closing quote (`"ab"c`) is appended to the field. Only an unterminated
 * quoted field at the end of the input is an error, because then the rest of the file is swallowed.
 */

/** Delimiters the parser accepts and auto-detects. */
export type CsvDelimiter = ',' | ';' | '\t';

/** Options for {@link parseCsv}. */
export interface CsvParseOptions {
  /** Field delimiter; detected from the header line when omitted. */
  delimiter?: CsvDelimiter;
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

// Parser states. Plain numbers (no enum: erasableSyntaxOnly).
const FIELD_START = 0; // at the first character of a field
const UNQUOTED = 1; // inside an unquoted field (only reached when a field continues into the next chunk)
const QUOTED = 2; // inside a quoted field
const QUOTE_IN_QUOTED = 3; // just read a quote inside a quoted field: closing quote or first half of `""`
const AFTER_QUOTED = 4; // after a closing quote, expecting a delimiter or line break

/**
 * Incremental parser over decoded text. `push` consumes a chunk and appends finished records to `out`;
 * `finish` flushes the last record. Kept free of async so the hot loop stays monomorphic and fast.
 */
class CsvTokenizer {
  private readonly delimiter: number;
  private state = FIELD_START;
  private fields: string[] = [];
  /** Text of the current field gathered from earlier chunks (or before a `""`); usually empty. */
  private partial = '';
  /** The previous chunk ended in a CR line break: a LF at the start of the next chunk belongs to it. */
  private skipLf = false;
  /** Last character appended to a quoted field was a CR: a following LF does not start another line. */
  private quotedPrevCr = false;
  /** Physical line (1-based) the scanner is on. */
  private line = 1;
  /** Physical line on which the current record started. */
  private recordLine = 1;

  constructor(delimiter: CsvDelimiter) {
    this.delimiter = delimiter.charCodeAt(0);
  }

  push(text: string, out: CsvRow[]): void {
    const delim = this.delimiter;
    const len = text.length;
    let i = 0;
    if (this.skipLf && len > 0) {
      if (text.charCodeAt(0) === LF) i = 1;
      this.skipLf = false;
    }
    while (i < len) {
      const state = this.state;
      if (state === FIELD_START || state === UNQUOTED) {
        if (state === FIELD_START && text.charCodeAt(i) === QUOTE) {
          this.state = QUOTED;
          this.quotedPrevCr = false;
          i++;
          continue;
        }
        // Scan to the end of the unquoted field; the value is one slice, never built char by char.
        const start = i;
        let c = 0;
        while (i < len) {
          c = text.charCodeAt(i);
          if (c === delim || c === LF || c === CR) break;
          i++;
        }
        if (i === len) {
          this.partial += text.slice(start, i);
          this.state = UNQUOTED;
          break;
        }
        const value = this.partial === '' ? text.slice(start, i) : this.partial + text.slice(start, i);
        this.partial = '';
        this.state = FIELD_START;
        if (c === delim) {
          this.fields.push(value);
          i++;
        } else {
          i = this.endLine(text, i, c, value, state === FIELD_START && this.fields.length === 0, out);
        }
      } else if (state === QUOTED) {
        const q = text.indexOf('"', i);
        const end = q === -1 ? len : q;
        if (end > i) {
          const piece = text.slice(i, end);
          this.countQuotedLines(piece);
          this.partial += piece;
        }
        if (q === -1) break;
        i = q + 1;
        this.state = QUOTE_IN_QUOTED;
      } else if (state === QUOTE_IN_QUOTED) {
        if (text.charCodeAt(i) === QUOTE) {
          // `""` inside quotes is one literal quote.
          this.partial += '"';
          this.quotedPrevCr = false;
          this.state = QUOTED;
          i++;
        } else {
          this.state = AFTER_QUOTED;
        }
      } else {
        // AFTER_QUOTED
        const c = text.charCodeAt(i);
        if (c === delim) {
          this.fields.push(this.partial);
          this.partial = '';
          this.state = FIELD_START;
          i++;
        } else if (c === LF || c === CR) {
          const value = this.partial;
          this.partial = '';
          this.state = FIELD_START;
          i = this.endLine(text, i, c, value, false, out);
        } else {
          // Lenient: text after the closing quote joins the field (`"ab"c` → `abc`).
          this.state = UNQUOTED;
        }
      }
    }
  }

  /**
   * Handles a line break at `i` that ends the current record (or a blank line) and returns the index after it.
   * A CR at the very end of a chunk may be followed by the LF of a CRLF in the next chunk.
   */
  private endLine(text: string, i: number, c: number, value: string, blankLine: boolean, out: CsvRow[]): number {
    if (blankLine && value === '') {
      // Blank line: nothing to emit, but it still counts as a physical line.
    } else {
      this.fields.push(value);
      out.push({ rowNumber: this.recordLine, fields: this.fields });
      this.fields = [];
    }
    i++;
    if (c === CR) {
      if (i < text.length) {
        if (text.charCodeAt(i) === LF) i++;
      } else {
        this.skipLf = true;
      }
    }
    this.line++;
    this.recordLine = this.line;
    return i;
  }

  /** Advances the physical line counter for line breaks inside a quoted field (CRLF counts once). */
  private countQuotedLines(piece: string): void {
    if (piece.indexOf('\n') === -1 && piece.indexOf('\r') === -1) {
      this.quotedPrevCr = false;
      return;
    }
    let prevCr = this.quotedPrevCr;
    for (let k = 0; k < piece.length; k++) {
      const c = piece.charCodeAt(k);
      if (c === CR) {
        this.line++;
        prevCr = true;
      } else {
        if (c === LF && !prevCr) this.line++;
        prevCr = false;
      }
    }
    this.quotedPrevCr = prevCr;
  }

  finish(out: CsvRow[]): void {
    const state = this.state;
    if (state === QUOTED) {
      throw new CsvSyntaxError(
        this.recordLine,
        `Regel ${this.recordLine}: een veld begint met een aanhalingsteken (") dat nergens wordt afgesloten.`,
      );
    }
    if (state === FIELD_START && this.fields.length === 0) return; // input ended with a line break (or was empty)
    this.fields.push(this.partial);
    this.partial = '';
    out.push({ rowNumber: this.recordLine, fields: this.fields });
    this.fields = [];
    this.state = FIELD_START;
  }
}

/**
 * Parses CSV from a stream of text or UTF-8 byte chunks, yielding one record at a time.
 * Chunks may split anywhere: inside a quoted field, between CR and LF, or inside a multi-byte character.
 * A leading UTF-8 BOM is removed. Throws {@link CsvSyntaxError} for a quote left open at the end.
 */
export async function* parseCsv(
  source: AsyncIterable<string | Uint8Array>,
  options: CsvParseOptions = {},
): AsyncGenerator<CsvRow> {
  // Invalid UTF-8 (e.g. a Windows-1252 export) becomes U+FFFD instead of aborting, so the report can point at it.
  const decoder = new TextDecoder('utf-8');
  let tokenizer = options.delimiter ? new CsvTokenizer(options.delimiter) : null;
  // Until the delimiter is known, text is held back up to the end of the header line.
  let held = '';
  let heldScan = 0;
  let heldInQuotes = false;
  let atStart = true;
  const out: CsvRow[] = [];

  /** Feeds decoded text to the tokenizer, first buffering the header line when the delimiter is unknown. */
  const feed = (text: string): void => {
    if (atStart && text.length > 0) {
      atStart = false;
      // TextDecoder already drops a byte-level BOM; string sources may still carry one.
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    if (tokenizer) {
      tokenizer.push(text, out);
      return;
    }
    held += text;
    for (; heldScan < held.length; heldScan++) {
      const c = held.charCodeAt(heldScan);
      if (c === QUOTE) heldInQuotes = !heldInQuotes;
      else if (!heldInQuotes && (c === LF || c === CR)) {
        startTokenizer();
        return;
      }
    }
  };
  const startTokenizer = (): void => {
    tokenizer = new CsvTokenizer(detectDelimiter(held));
    const text = held;
    held = '';
    tokenizer.push(text, out);
  };

  for await (const chunk of source) {
    feed(typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true }));
    if (out.length > 0) {
      for (let k = 0; k < out.length; k++) yield out[k]!;
      out.length = 0;
    }
  }
  feed(decoder.decode());
  if (!tokenizer) startTokenizer();
  tokenizer!.finish(out);
  for (const row of out) yield row;
}
