/** File formats the import layer reads. */
export type ImportFormat = 'csv' | 'jsonl' | 'json';

/** What is known about an uploaded file; any subset may be given. */
export interface FormatHints {
  filename?: string | null;
  contentType?: string | null;
  /** The first bytes of the file (a few hundred are plenty). */
  firstBytes?: Uint8Array | string | null;
}

/** The detected format, or a Dutch message explaining why the file cannot be imported. */
export type FormatDetection = { ok: true; format: ImportFormat } | { ok: false; message: string };

const SAVE_AS_CSV = 'Sla het bestand in Excel op als "CSV UTF-8 (gescheiden door komma\'s)" en probeer het opnieuw.';

const EXTENSIONS: Record<string, ImportFormat> = { csv: 'csv', tsv: 'csv', txt: 'csv', jsonl: 'jsonl', ndjson: 'jsonl', json: 'json' };

const CONTENT_TYPES: Record<string, ImportFormat> = {
  'text/csv': 'csv',
  'application/csv': 'csv',
  'text/tab-separated-values': 'csv',
  'text/plain': 'csv',
  // Windows browsers send this for .csv files when Excel is installed; real .xls files are caught by sniffing.
  'application/vnd.ms-excel': 'csv',
  'application/x-ndjson': 'jsonl',
  'application/ndjson': 'jsonl',
  'application/jsonl': 'jsonl',
  'application/x-jsonlines': 'jsonl',
  'application/jsonlines': 'jsonl',
  'application/json': 'json',
};

/** Recognises binary formats people upload by mistake; returns a Dutch message or null. */
function binaryMessage(bytes: Uint8Array): string | null {
  const startsWith = (...sig: number[]): boolean => sig.every((b, i) => bytes[i] === b);
  if (startsWith(0x50, 0x4b, 0x03, 0x04)) return `Dit is een Excel-bestand (.xlsx) of ander zip-bestand. ${SAVE_AS_CSV}`;
  if (startsWith(0xd0, 0xcf, 0x11, 0xe0)) return `Dit is een oud Excel-bestand (.xls). ${SAVE_AS_CSV}`;
  if (startsWith(0x25, 0x50, 0x44, 0x46)) return 'Dit is een PDF-bestand. Lever de gegevens aan als CSV, JSON Lines of JSON.';
  // Excel's "Unicode-tekst" is UTF-16; the readers only decode UTF-8.
  if (startsWith(0xff, 0xfe) || startsWith(0xfe, 0xff)) return `Dit bestand is opgeslagen als UTF-16 ("Unicode-tekst"). ${SAVE_AS_CSV}`;
  if (bytes.subarray(0, 512).includes(0)) return 'Dit is geen tekstbestand. Lever de gegevens aan als CSV, JSON Lines of JSON.';
  return null;
}

/**
 * Decides how to read an upload. The content wins where it is unambiguous (binary signatures are rejected,
 * `[` means a JSON array, `{` means JSON Lines); otherwise the file extension, then the content type; CSV by default.
 */
export function detectFormat(hints: FormatHints): FormatDetection {
  const extension = /\.([a-z0-9]+)$/i.exec(hints.filename?.trim() ?? '')?.[1]?.toLowerCase();
  const bytes = typeof hints.firstBytes === 'string' ? new TextEncoder().encode(hints.firstBytes) : hints.firstBytes;
  if (bytes && bytes.length > 0) {
    const binary = binaryMessage(bytes);
    if (binary) return { ok: false, message: binary };
    const head = new TextDecoder('utf-8').decode(bytes.subarray(0, 512)).trimStart();
    if (head.startsWith('[')) return { ok: true, format: 'json' };
    if (head.startsWith('{')) return { ok: true, format: 'jsonl' };
  }
  if (extension === 'xlsx' || extension === 'xls' || extension === 'ods') {
    return { ok: false, message: `Dit is een spreadsheetbestand (.${extension}). ${SAVE_AS_CSV}` };
  }
  if (extension && EXTENSIONS[extension]) return { ok: true, format: EXTENSIONS[extension] };
  const mediaType = hints.contentType?.split(';')[0]?.trim().toLowerCase();
  if (mediaType && CONTENT_TYPES[mediaType]) return { ok: true, format: CONTENT_TYPES[mediaType] };
  return { ok: true, format: 'csv' };
}
