import { createHash } from 'node:crypto';
import { deriveSecret, type MasterSecrets } from './derived-secrets.ts';

/** One applicant-pseudonym key, known by an id that does not depend on the order of the configuration. */
export interface PseudonymKey {
  /**
   * Stable identity, stored next to every pseudonym it made (`sollicitatie.pseudoniem_sleutel_id`): the first
   * 16 hex characters of SHA-256 over the derived key. A hash of a 256-bit key reveals nothing about it.
   */
  id: string;
  /** Where it is configured, for operators: `APP_SECRET` or `APP_SECRET_PREVIOUS #n` (1 = first in the list). */
  source: string;
  /** The master secret the key is derived from. */
  master: string;
}

/**
 * The pseudonym keys of an installation. New pseudonyms are made with `current` (from APP_SECRET); the keys from
 * APP_SECRET_PREVIOUS are only used to recognise applicants stored before a rotation, who are then re-keyed.
 */
export interface PseudonymKeyring {
  current: PseudonymKey;
  /** Keys from APP_SECRET_PREVIOUS, newest first, without duplicates and without the current key. */
  previous: PseudonymKey[];
  /**
   * The key pseudonyms were made with before the key was versioned: the OLDEST configured secret (until then
   * pseudonyms stayed with it on every rotation). Used once to label rows stored without a key id.
   */
  legacy: PseudonymKey;
}

/** The id of the pseudonym key derived from a master secret (see {@link PseudonymKey.id}). */
export function pseudonymKeyId(master: string): string {
  return createHash('sha256').update(deriveSecret(master, 'pseudonym')).digest('hex').slice(0, 16);
}

/** The pseudonym keys for the configured master secrets. */
export function pseudonymKeyring(secrets: MasterSecrets): PseudonymKeyring {
  const key = (master: string, source: string): PseudonymKey => ({ id: pseudonymKeyId(master), source, master });
  const current = key(secrets.APP_SECRET, 'APP_SECRET');
  const previous: PseudonymKey[] = [];
  const seen = new Set([current.id]);
  (secrets.APP_SECRET_PREVIOUS ?? []).forEach((master, index) => {
    const candidate = key(master, `APP_SECRET_PREVIOUS #${index + 1}`);
    if (seen.has(candidate.id)) return;
    seen.add(candidate.id);
    previous.push(candidate);
  });
  const oldest = secrets.APP_SECRET_PREVIOUS?.at(-1);
  return { current, previous, legacy: oldest === undefined ? current : key(oldest, `APP_SECRET_PREVIOUS #${secrets.APP_SECRET_PREVIOUS!.length}`) };
}

/** Every key of the ring, current first. */
export function ringKeys(ring: PseudonymKeyring): PseudonymKey[] {
  return [ring.current, ...ring.previous];
}

/** The import options for the pseudonym keys from the configuration: current master and the previous ones. */
export function pseudonymSecrets(secrets: MasterSecrets): { secret: string; previousSecrets: readonly string[] } {
  return { secret: secrets.APP_SECRET, previousSecrets: secrets.APP_SECRET_PREVIOUS ?? [] };
}
