import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../db/schema.ts';
import { ringKeys, type PseudonymKey, type PseudonymKeyring } from '../secrets/pseudonym-keys.ts';

/**
 * Labels applications stored before pseudonym keys were versioned (key id null, migration 0085) with the key that
 * made them: real rows with the oldest configured secret (imports used it until then), demo rows with the current
 * one (the demo seed used APP_SECRET). Idempotent; `organisatieCode` limits it to one organisation (imports).
 */
export async function labelUnversionedPseudonyms(db: Kysely<DB> | Transaction<DB>, ring: PseudonymKeyring, organisatieCode?: string): Promise<number> {
  let query = db
    .updateTable('sollicitatie')
    .set({ pseudoniem_sleutel_id: sql<string>`case when is_demo then ${ring.current.id} else ${ring.legacy.id} end` })
    .where('pseudoniem_sleutel_id', 'is', null);
  if (organisatieCode !== undefined) query = query.where('organisatie_code', '=', organisatieCode);
  const result = await query.executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** How many stored applications carry one key id (real and demo separately). */
export interface KeyIdCount {
  keyId: string;
  real: number;
  demo: number;
}

/** Stored applications per pseudonym key id (rows not yet labelled count under "onbekend"), optionally of one organisation. */
export async function countByKeyId(db: Kysely<DB> | Transaction<DB>, organisatieCode?: string): Promise<KeyIdCount[]> {
  let query = db
    .selectFrom('sollicitatie')
    .select((eb) => [
      sql<string>`coalesce(pseudoniem_sleutel_id, 'onbekend')`.as('key_id'),
      eb.fn.countAll<number>().filterWhere('is_demo', '=', false).as('real'),
      eb.fn.countAll<number>().filterWhere('is_demo', '=', true).as('demo'),
    ])
    .groupBy(sql`1`)
    .orderBy(sql`1`);
  if (organisatieCode !== undefined) query = query.where('organisatie_code', '=', organisatieCode);
  const rows = await query.execute();
  return rows.map((r) => ({ keyId: r.key_id, real: Number(r.real), demo: Number(r.demo) }));
}

/**
 * The state of one pseudonym key for operators: `huidig` = APP_SECRET (new pseudonyms); `nodig` = a previous key
 * that real applications still carry (its APP_SECRET_PREVIOUS value must stay); `kan-weg` = a previous key no real
 * application carries any more (its value may be removed); `ontbreekt` = applications carry a key that is not
 * configured at all (a value was removed too early: imports of those organisations are refused).
 */
export type KeyState = 'huidig' | 'nodig' | 'kan-weg' | 'ontbreekt';

/** One line of {@link pseudonymKeyReport}. */
export interface KeyReportLine extends KeyIdCount {
  /** The configured key, or null for a key id found in the database but not configured. */
  key: PseudonymKey | null;
  state: KeyState;
}

/** Every configured key (current first) and every other key id found in the database, with its counts and state. */
export function pseudonymKeyReport(ring: PseudonymKeyring, counts: readonly KeyIdCount[]): KeyReportLine[] {
  const byId = new Map(counts.map((c) => [c.keyId, c]));
  const lines: KeyReportLine[] = ringKeys(ring).map((key) => {
    const count = byId.get(key.id) ?? { keyId: key.id, real: 0, demo: 0 };
    byId.delete(key.id);
    const state: KeyState = key === ring.current ? 'huidig' : count.real > 0 ? 'nodig' : 'kan-weg';
    return { ...count, key, state };
  });
  for (const count of byId.values()) lines.push({ ...count, key: null, state: 'ontbreekt' });
  return lines;
}

/** Real applications of one organisation whose pseudonym key is not configured (any more). */
export async function unconfiguredKeyRows(trx: Transaction<DB>, organisatieCode: string, ring: PseudonymKeyring): Promise<KeyIdCount[]> {
  const known = new Set(ringKeys(ring).map((k) => k.id));
  return (await countByKeyId(trx, organisatieCode)).filter((c) => c.real > 0 && !known.has(c.keyId));
}
