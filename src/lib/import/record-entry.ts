/** Which columns an import reads: required ones must be present, known ones are passed on, all others are dropped. */
export interface RecordReaderOptions {
  /** Columns that must be present (in the header for CSV, in every object for JSON Lines / JSON). */
  requiredColumns: readonly string[];
  /** Columns that are passed on when present; required columns are always known too. */
  knownColumns: readonly string[];
}

/**
 * One data row of an import: either a record with only known columns (values trimmed strings) or a row error.
 * `rowNumber` is the physical line (CSV, JSON Lines; header/first line = 1) or the 1-based array position (JSON).
 */
export type RecordEntry =
  | { rowNumber: number; record: Record<string, string>; error?: undefined }
  | { rowNumber: number; error: string; record?: undefined };

/**
 * The rows of an import, read lazily with `for await`. `ignoredColumns` fills while reading (CSV: right after the
 * header; JSON: as unknown keys turn up), so read it once the loop has finished.
 */
export interface RecordReader extends AsyncIterable<RecordEntry> {
  readonly ignoredColumns: readonly string[];
}

/** Normalises a column name or JSON key for matching: BOM stripped, trimmed, lower-cased. */
export function normaliseColumnName(name: string): string {
  return name.replace(/^\uFEFF/, '').trim().toLowerCase();
}

/** The normalised set of columns to pass on: known plus required. */
export function knownColumnSet(options: RecordReaderOptions): Set<string> {
  return new Set([...options.knownColumns, ...options.requiredColumns].map(normaliseColumnName));
}

/** Dutch list of names for messages: "a, b en c". */
export function dutchList(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} en ${names[names.length - 1]}`;
}
