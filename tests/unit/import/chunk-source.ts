/** Test helpers: feed literal chunks to the import readers and collect their output. */

/** An async iterable over the given chunks, in order. */
export async function* chunks<T>(...parts: T[]): AsyncGenerator<T> {
  for (const part of parts) yield part;
}

/** UTF-8 bytes of a string. */
export const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

/** The UTF-8 bytes of `text` cut at the given byte offsets (ascending). */
export function splitBytes(text: string, offsets: number[]): Uint8Array[] {
  const bytes = utf8(text);
  const cuts = [0, ...offsets, bytes.length];
  return cuts.slice(1).map((end, i) => bytes.subarray(cuts[i], end));
}

/** All values of an async iterable. */
export async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const value of iterable) out.push(value);
  return out;
}
