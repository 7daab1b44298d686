import { createReadStream } from 'node:fs';

/** Read size for import files: large enough that a 100 MB CSV takes a few hundred reads, small enough to stay lean. */
const FILE_CHUNK_BYTES = 256 * 1024;

/** Streams a file from disk as byte chunks for the CSV / JSON Lines readers. */
export function fileSource(path: string): AsyncIterable<Uint8Array> {
  return createReadStream(path, { highWaterMark: FILE_CHUNK_BYTES });
}

/**
 * Adapts a web `ReadableStream` (e.g. `request.body` or `File.stream()` from a form upload) to an async iterable.
 * Stopping early (a `break`, or a header error thrown by a reader) cancels the stream so the upload is released.
 */
export async function* webStreamSource(stream: ReadableStream<Uint8Array>): AsyncGenerator<Uint8Array> {
  const reader = stream.getReader();
  let done = false;
  try {
    while (true) {
      const result = await reader.read();
      if (result.done) {
        done = true;
        return;
      }
      yield result.value;
    }
  } finally {
    if (!done) await reader.cancel().catch(() => undefined);
    reader.releaseLock();
  }
}
