import { randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import busboy from 'busboy';
import { checkContentLength, hasNul, mediaType, RequestBodyError, tooLarge } from './request-body.ts';

/**
 * Uploads are written to a temporary file first and imported from there. Reading the request inside the database
 * transaction let one slow (trickled) upload hold the database for everyone; with the file on disk, the import's
 * transaction opens only when all bytes are in. Memory stays at a few stream buffers whatever the file size.
 */

/** An uploaded file on disk; `dispose` removes it (call it in a `finally`: the file may hold personal data). */
export interface StagedFile {
  path: string;
  /** The file name the browser sent (may be empty). */
  filename: string;
  /** The content type the client sent (may be empty). */
  contentType: string;
  size: number;
  /** The first 512 bytes, for format detection. */
  firstBytes: Uint8Array;
  dispose(): Promise<void>;
}

/** A multipart form with at most one file field staged on disk. */
export interface StagedForm {
  fields: Map<string, string>;
  file: StagedFile | null;
  dispose(): Promise<void>;
}

const FIRST_BYTES = 512;

/** Removes a staged file; never throws (a file already gone is fine). */
const removeFile = (path: string) => rm(path, { force: true }).catch(() => undefined);

/** The folder for staged uploads under DATA_DIR. */
export function uploadDirectory(dataDir: string): string {
  return join(dataDir, 'uploads');
}

/** Staged files older than this are left over from a killed process and removed (they may hold personal data). */
const STALE_MS = 6 * 60 * 60 * 1000;

/** A fresh path in the upload folder (created 0700; the file itself 0600); sweeps leftovers of killed processes. */
async function newUploadPath(dir: string): Promise<string> {
  await mkdir(dir, { recursive: true, mode: 0o700 });
  const now = Date.now();
  for (const name of await readdir(dir).catch(() => [] as string[])) {
    if (!name.startsWith('upload-')) continue;
    const info = await stat(join(dir, name)).catch(() => null);
    if (info && now - info.mtimeMs > STALE_MS) await removeFile(join(dir, name));
  }
  return join(dir, `upload-${now}-${randomBytes(8).toString('hex')}`);
}

/** A pass-through that counts bytes, keeps the first 512 and fails once the limit is passed. */
function meter(maxBytes: number): Transform & { size: number; head: Uint8Array } {
  const head: Buffer[] = [];
  let headSize = 0;
  const t = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      t.size += chunk.length;
      if (t.size > maxBytes) return callback(tooLarge(maxBytes));
      if (headSize < FIRST_BYTES) {
        head.push(chunk.subarray(0, FIRST_BYTES - headSize));
        headSize += Math.min(chunk.length, FIRST_BYTES - headSize);
        t.head = new Uint8Array(Buffer.concat(head));
      }
      callback(null, chunk);
    },
  }) as Transform & { size: number; head: Uint8Array };
  t.size = 0;
  t.head = new Uint8Array();
  return t;
}

/**
 * Streams a raw request body (the API import: the body IS the file) to a temporary file in `dir`,
 * at most `maxBytes`. Throws {@link RequestBodyError} (413 too large, 400 empty) and leaves no file behind.
 */
export async function stageRequestBody(request: Request, options: { dir: string; maxBytes: number }): Promise<StagedFile> {
  checkContentLength(request, options.maxBytes);
  if (!request.body) throw new RequestBodyError(400, 'Stuur het bestand als body (text/csv of application/x-ndjson).');
  const path = await newUploadPath(options.dir);
  const counter = meter(options.maxBytes);
  try {
    await pipeline(Readable.fromWeb(request.body as never), counter, createWriteStream(path, { mode: 0o600 }));
  } catch (error) {
    await removeFile(path);
    if (error instanceof RequestBodyError) throw error;
    throw new RequestBodyError(400, 'Het bestand is niet volledig ontvangen. Probeer het opnieuw.');
  }
  if (counter.size === 0) {
    await removeFile(path);
    throw new RequestBodyError(400, 'Het bestand is leeg.');
  }
  return { path, filename: '', contentType: request.headers.get('content-type') ?? '', size: counter.size, firstBytes: counter.head, dispose: () => removeFile(path) };
}

/**
 * Reads a multipart form whose one file field (`fileField`) is streamed to a temporary file in `dir` (at most
 * `maxBytes`); other fields are small text (8 KB each, 20 at most). Throws {@link RequestBodyError}: 415 for
 * another media type, 413 for a file or field over its limit, 400 for a broken form or NUL characters.
 */
export async function stageMultipartForm(request: Request, options: { dir: string; maxBytes: number; fileField: string }): Promise<StagedForm> {
  if (mediaType(request) !== 'multipart/form-data') throw new RequestBodyError(415, 'Stuur het formulier als multipart/form-data (met het bestand).');
  // A little room for the multipart framing and the other fields.
  checkContentLength(request, options.maxBytes + 64 * 1024);
  if (!request.body) throw new RequestBodyError(400, 'Het formulier is leeg.');
  const fields = new Map<string, string>();
  const written: string[] = [];
  let file: StagedFile | null = null;
  const disposeAll = async () => {
    await Promise.all(written.map(removeFile));
  };
  let parser: busboy.Busboy;
  try {
    parser = busboy({
      headers: { 'content-type': request.headers.get('content-type')! },
      limits: { fields: 20, fieldSize: 8 * 1024, fieldNameSize: 100, files: 1, parts: 30, fileSize: options.maxBytes },
    });
  } catch {
    throw new RequestBodyError(400, 'Het formulier kon niet worden gelezen.');
  }
  const fileWrites: Promise<void>[] = [];
  let failure: RequestBodyError | null = null;
  const fail = (error: RequestBodyError) => {
    failure ??= error;
  };
  parser.on('field', (name, value, info) => {
    if (info.valueTruncated || info.nameTruncated) fail(new RequestBodyError(413, 'Een formulierveld is te lang.'));
    else if (hasNul(name) || hasNul(value)) fail(new RequestBodyError(400, 'Het formulier bevat een NUL-teken (\\u0000).'));
    else if (!fields.has(name)) fields.set(name, value);
  });
  parser.on('file', (name, stream, info) => {
    if (name !== options.fileField || file || failure) {
      stream.resume();
      return;
    }
    fileWrites.push(
      (async () => {
        const path = await newUploadPath(options.dir);
        written.push(path);
        const counter = meter(options.maxBytes);
        stream.on('limit', () => fail(tooLarge(options.maxBytes)));
        try {
          await pipeline(stream, counter, createWriteStream(path, { mode: 0o600 }));
        } catch (error) {
          stream.resume();
          fail(error instanceof RequestBodyError ? error : new RequestBodyError(400, 'Het bestand is niet volledig ontvangen. Probeer het opnieuw.'));
          return;
        }
        file = { path, filename: info.filename ?? '', contentType: info.mimeType ?? '', size: counter.size, firstBytes: counter.head, dispose: () => removeFile(path) };
      })(),
    );
  });
  parser.on('partsLimit', () => fail(new RequestBodyError(413, 'Het formulier heeft te veel onderdelen.')));
  parser.on('fieldsLimit', () => fail(new RequestBodyError(413, 'Het formulier heeft te veel velden.')));
  try {
    await pipeline(Readable.fromWeb(request.body as never), parser);
    await Promise.all(fileWrites);
  } catch (error) {
    await Promise.allSettled(fileWrites);
    await disposeAll();
    if (error instanceof RequestBodyError) throw error;
    throw failure ?? new RequestBodyError(400, 'Het formulier kon niet worden gelezen.');
  }
  if (failure) {
    await disposeAll();
    throw failure;
  }
  return { fields, file, dispose: disposeAll };
}
