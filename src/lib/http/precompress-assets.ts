import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** File types worth compressing; fonts, images and archives are compressed already. */
export const COMPRESSIBLE_EXTENSIONS: ReadonlySet<string> = new Set(['.css', '.js', '.mjs', '.svg', '.json', '.xml', '.txt', '.html', '.map', '.ico', '.webmanifest']);

/** Below this size the headers cost more than compression saves. */
export const PRECOMPRESS_MIN_BYTES = 1024;

/** What one build-time pass wrote. */
export interface PrecompressSummary {
  files: number;
  bytes: number;
  brotliBytes: number;
  gzipBytes: number;
}

/**
 * Writes `<file>.br` (Brotli, quality 11) and `<file>.gz` (gzip -9) beside every compressible static
 * file under `dir`, once at build time, so the server never spends request time on them.
 */
export function precompressDirectory(dir: string): PrecompressSummary {
  const summary: PrecompressSummary = { files: 0, bytes: 0, brotliBytes: 0, gzipBytes: 0 };
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      const inner = precompressDirectory(path);
      summary.files += inner.files;
      summary.bytes += inner.bytes;
      summary.brotliBytes += inner.brotliBytes;
      summary.gzipBytes += inner.gzipBytes;
      continue;
    }
    if (!COMPRESSIBLE_EXTENSIONS.has(extname(entry.name)) || statSync(path).size < PRECOMPRESS_MIN_BYTES) continue;
    const raw = readFileSync(path);
    const br = brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length } });
    const gz = gzipSync(raw, { level: 9 });
    writeFileSync(`${path}.br`, br);
    writeFileSync(`${path}.gz`, gz);
    summary.files++;
    summary.bytes += raw.length;
    summary.brotliBytes += br.length;
    summary.gzipBytes += gz.length;
  }
  return summary;
}
