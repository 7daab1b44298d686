import { z } from 'zod';
import type { ImportFormat } from './detect-format.ts';
import { toCsv } from './formula-guard.ts';

/** One problem found in an import; `field` is null when it concerns the whole row. Messages are Dutch. */
export interface RowIssue {
  /** Physical line (CSV/JSON Lines, header = 1) or array position (JSON), as the reader reported it. */
  rowNumber: number;
  field: string | null;
  message: string;
}

/** Outcome of one import, shown on screen and downloadable via {@link reportToCsv}. */
export interface ImportReport {
  format: ImportFormat;
  /** Rows stored (new or changed). */
  accepted: number;
  /** Rows refused because of at least one issue. */
  rejected: number;
  /** Valid rows identical to what was already stored. */
  unchanged: number;
  issues: RowIssue[];
  /** Columns (CSV) or keys (JSON) in the file that the import does not use. */
  ignoredColumns: string[];
}

/** UTF-8 byte order mark: without it Excel reads a UTF-8 CSV as Windows-1252 and mangles "Fryslân". */
export const UTF8_BOM = '\uFEFF';

// Zod 4 writes its default messages in English. To tell those apart from messages a schema author wrote
// (kept as they are), an issue's message is compared with what the English locale would produce for it.
const englishLocale = z.locales.en().localeError;

type ZodIssue = z.core.$ZodIssue;

/** True when `issue.message` is Zod's built-in English text rather than a message set in the schema. */
function isDefaultMessage(issue: ZodIssue): boolean {
  if (issue.code === 'custom') return issue.message === 'Invalid input';
  // The final issue no longer carries its input, so "received …" cannot be regenerated; match the prefix.
  if (issue.code === 'invalid_type') return issue.message.startsWith('Invalid input: expected ');
  const english = englishLocale(issue as unknown as Parameters<typeof englishLocale>[0]);
  const text = typeof english === 'string' ? english : english?.message;
  return text === issue.message;
}

/** Human-readable minimum/maximum (dates as ISO day, bigint/number as is). */
function bound(value: number | bigint | Date | unknown): string {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value);
}

/** Dutch user-facing text for one Zod issue with a default (English) message. */
function dutchMessage(issue: ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type': {
      if (issue.message.endsWith('received undefined')) return 'Dit veld is verplicht.';
      switch (issue.expected) {
        case 'int':
          return 'Moet een geheel getal zijn.';
        case 'number':
        case 'bigint':
          return 'Moet een getal zijn.';
        case 'string':
          return 'Moet tekst zijn.';
        case 'boolean':
          return 'Moet ja of nee zijn.';
        case 'date':
          return 'Moet een datum zijn.';
        default:
          return 'Ongeldige waarde.';
      }
    }
    case 'too_small': {
      const min = bound(issue.minimum);
      switch (issue.origin) {
        case 'string':
          return issue.minimum === 1 ? 'Mag niet leeg zijn.' : `Moet minstens ${min} tekens lang zijn.`;
        case 'array':
        case 'set':
          return `Moet minstens ${min} waarden bevatten.`;
        case 'date':
          return issue.inclusive ? `Mag niet vóór ${min} liggen.` : `Moet na ${min} liggen.`;
        default:
          return issue.inclusive ? `Moet ${min} of meer zijn.` : `Moet groter dan ${min} zijn.`;
      }
    }
    case 'too_big': {
      const max = bound(issue.maximum);
      switch (issue.origin) {
        case 'string':
          return `Mag hoogstens ${max} tekens lang zijn.`;
        case 'array':
        case 'set':
          return `Mag hoogstens ${max} waarden bevatten.`;
        case 'date':
          return issue.inclusive ? `Mag niet na ${max} liggen.` : `Moet vóór ${max} liggen.`;
        default:
          return issue.inclusive ? `Moet ${max} of minder zijn.` : `Moet kleiner dan ${max} zijn.`;
      }
    }
    case 'invalid_value': {
      const values = issue.values.map((v) => String(v));
      if (values.length === 1) return `Moet "${values[0]}" zijn.`;
      const shown = values.length > 12 ? [...values.slice(0, 12), '…'] : values;
      return `Ongeldige waarde. Kies uit: ${shown.join(', ')}.`;
    }
    case 'invalid_format':
      switch (issue.format) {
        case 'email':
          return 'Geen geldig e-mailadres.';
        case 'url':
          return 'Geen geldige URL.';
        case 'date':
        case 'datetime':
          return 'Geen geldige datum.';
        default:
          return 'Heeft niet de juiste vorm.';
      }
    case 'not_multiple_of':
      return `Moet een veelvoud van ${String(issue.divisor)} zijn.`;
    case 'unrecognized_keys':
      return `Onbekende velden: ${issue.keys.join(', ')}.`;
    default:
      return 'Ongeldige waarde.';
  }
}

/**
 * Maps a Zod 4 error for one row to report issues: `field` is the issue path joined with dots (null for the
 * row itself); default English messages become Dutch, messages written in the schema are kept.
 */
export function zodIssuesToRowIssues(rowNumber: number, error: z.ZodError): RowIssue[] {
  return error.issues.map((issue) => ({
    rowNumber,
    field: issue.path.length > 0 ? issue.path.map((part) => String(part)).join('.') : null,
    message: isDefaultMessage(issue) ? dutchMessage(issue) : issue.message,
  }));
}

/**
 * The downloadable report: CSV with `;`, a BOM for Excel, formula-guarded cells. One line per issue, preceded by
 * one line per ignored column (line 1 for CSV, where the header is; empty for JSON).
 */
export function reportToCsv(report: ImportReport): string {
  const positionLabel = report.format === 'json' ? 'Element' : 'Regel';
  const ignoredRow = report.format === 'csv' ? 1 : null;
  const ignoredMessage =
    report.format === 'csv' ? 'Onbekende kolom: deze kolom is niet ingelezen.' : 'Onbekend veld: dit veld is niet ingelezen.';
  const rows = [
    [positionLabel, 'Veld', 'Melding'],
    ...report.ignoredColumns.map((column) => [ignoredRow, column, ignoredMessage]),
    ...report.issues.map((issue) => [issue.rowNumber, issue.field, issue.message]),
  ];
  return UTF8_BOM + toCsv(rows);
}
