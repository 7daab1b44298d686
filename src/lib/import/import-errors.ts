/** The header of a CSV file does not fit the import: required columns are missing or a column is duplicated. */
export class ImportHeaderError extends Error {
  readonly missingColumns: string[];
  readonly duplicateColumns: string[];
  constructor(message: string, missingColumns: string[] = [], duplicateColumns: string[] = []) {
    super(message);
    this.name = 'ImportHeaderError';
    this.missingColumns = missingColumns;
    this.duplicateColumns = duplicateColumns;
  }
}

/** The file as a whole cannot be read (not JSON, not an array, too large, …); the message is Dutch and user-facing. */
export class ImportFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImportFileError';
  }
}
