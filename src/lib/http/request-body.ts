/**
 * Request bodies read with a byte limit while they stream in, before anything else is done with them.
 * `request.formData()` / `request.text()` read the whole body first (Astro's node adapter allows 200 MiB), so an
 * anonymous client could make the server hold hundreds of megabytes per request; these helpers stop at the limit.
 */

/** Per-route body limits in bytes. */
export const BODY_LIMITS = {
  /** Login and logout: a user name, a password, a return path and a CSRF token. */
  smallForm: 8 * 1024,
  /** One vacancy as JSON (the description may be 30,000 characters, in UTF-8 up to 4 bytes each). */
  vacancyJson: 256 * 1024,
  /** Application and inventory uploads (a year of a large organisation's ATS export fits easily). */
  upload: 200 * 1024 * 1024,
} as const;

/** A body that cannot be accepted; `status` is 400, 413 or 415 and `message` a Dutch sentence for the client. */
export class RequestBodyError extends Error {
  readonly status: 400 | 413 | 415;
  constructor(status: 400 | 413 | 415, message: string) {
    super(message);
    this.name = 'RequestBodyError';
    this.status = status;
  }
}

/** "8 KB" / "200 MB" for messages. */
export function formatLimit(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round(bytes / (1024 * 1024))} MB` : `${Math.round(bytes / 1024)} KB`;
}

/** The 413 error for a limit. */
export function tooLarge(maxBytes: number): RequestBodyError {
  return new RequestBodyError(413, `Het verzoek is te groot: hoogstens ${formatLimit(maxBytes)} is toegestaan.`);
}

/** Refuses early when the client announced a body larger than the limit (nothing of it is read). */
export function checkContentLength(request: Request, maxBytes: number): void {
  const declared = Number(request.headers.get('content-length') ?? '');
  if (Number.isFinite(declared) && declared > maxBytes) throw tooLarge(maxBytes);
}

/**
 * Reads a body into memory, stopping (and cancelling the upload) as soon as it exceeds `maxBytes`.
 * Only for small bodies; uploads go to a temporary file with {@link import('./upload-to-file.ts')}.
 */
export async function readBodyBytes(request: Request, maxBytes: number): Promise<Uint8Array> {
  checkContentLength(request, maxBytes);
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > maxBytes) {
        await reader.cancel().catch(() => undefined);
        throw tooLarge(maxBytes);
      }
      chunks.push(value);
    }
  } finally {
    reader.releaseLock();
  }
  const out = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}

/** Decodes UTF-8 strictly: a Latin-1 or binary body is a 400, not silently replaced characters. */
export function decodeUtf8(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new RequestBodyError(400, 'De inhoud is geen geldige UTF-8-tekst.');
  }
}

/** True when a string holds a NUL character, which PostgreSQL text cannot store. */
export function hasNul(value: string): boolean {
  return value.includes('\u0000');
}

const NUL_MESSAGE = 'Het verzoek bevat een NUL-teken (\\u0000); dat is in geen enkel veld toegestaan.';

/** The media type of a request, lower-cased without parameters. */
export function mediaType(request: Request): string {
  return (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
}

/**
 * Reads a small HTML form (urlencoded or multipart without large files) within `maxBytes`. Any other media type
 * (e.g. a JSON body sent to /login) is a 415; NUL characters and invalid UTF-8 are a 400.
 */
export async function readSmallForm(request: Request, maxBytes: number = BODY_LIMITS.smallForm): Promise<Map<string, string>> {
  const type = mediaType(request);
  if (type !== 'application/x-www-form-urlencoded' && type !== 'multipart/form-data') {
    throw new RequestBodyError(415, 'Stuur dit formulier als gewoon HTML-formulier (application/x-www-form-urlencoded).');
  }
  const bytes = await readBodyBytes(request, maxBytes);
  const fields = new Map<string, string>();
  if (type === 'application/x-www-form-urlencoded') {
    for (const [name, value] of new URLSearchParams(decodeUtf8(bytes))) if (!fields.has(name)) fields.set(name, value);
  } else {
    let form: FormData;
    try {
      // The body is already in memory and bounded, so parsing it with the platform's parser costs at most maxBytes.
      form = await new Response(bytes as BodyInit, { headers: { 'content-type': request.headers.get('content-type')! } }).formData();
    } catch {
      throw new RequestBodyError(400, 'Het formulier kon niet worden gelezen.');
    }
    for (const [name, value] of form) if (typeof value === 'string' && !fields.has(name)) fields.set(name, value);
  }
  for (const [name, value] of fields) if (hasNul(name) || hasNul(value)) throw new RequestBodyError(400, NUL_MESSAGE);
  return fields;
}

/** Reads a JSON body within `maxBytes`: strict UTF-8, valid JSON, and no NUL character in any string. */
export async function readJsonBody(request: Request, maxBytes: number): Promise<unknown> {
  const text = decodeUtf8(await readBodyBytes(request, maxBytes));
  let data: unknown;
  let nul = false;
  try {
    // The reviver sees every key and value once; a NUL may be written as \u0000, so it is checked after decoding.
    data = JSON.parse(text, (key, value: unknown) => {
      if (hasNul(key) || (typeof value === 'string' && hasNul(value))) nul = true;
      return value;
    });
  } catch {
    throw new RequestBodyError(400, 'De body is geen geldige JSON.');
  }
  if (nul) throw new RequestBodyError(400, NUL_MESSAGE);
  return data;
}
