import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { MasterSecrets } from '../secrets/derived-secrets.ts';
import { pseudonymKeyId, ringKeys, type PseudonymKey, type PseudonymKeyring } from '../secrets/pseudonym-keys.ts';

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
  /** Organisations with real applications under the key, sorted. */
  organisations: string[];
  /** The latest retention date of those real applications: by then retention has deleted them all (null: none). */
  lastRetention: string | null;
}

/** Stored applications per pseudonym key id (rows not yet labelled count under "onbekend"), optionally of one organisation. */
export async function countByKeyId(db: Kysely<DB> | Transaction<DB>, organisatieCode?: string): Promise<KeyIdCount[]> {
  const rows = await sql<{ key_id: string; real: number; demo: number; organisations: string[] | null; last: string | null }>`
    select coalesce(pseudoniem_sleutel_id, 'onbekend') as key_id,
           count(*) filter (where not is_demo)::int as real, count(*) filter (where is_demo)::int as demo,
           array_agg(distinct organisatie_code order by organisatie_code) filter (where not is_demo) as organisations,
           (max(bewaren_tot) filter (where not is_demo))::text as last
    from sollicitatie
    where ${organisatieCode === undefined ? sql`true` : sql`organisatie_code = ${organisatieCode}`}
    group by 1 order by 1`.execute(db);
  return rows.rows.map((r) => ({ keyId: r.key_id, real: Number(r.real), demo: Number(r.demo), organisations: r.organisations ?? [], lastRetention: r.last }));
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
    const count = byId.get(key.id) ?? { keyId: key.id, real: 0, demo: 0, organisations: [], lastRetention: null };
    byId.delete(key.id);
    const state: KeyState = key === ring.current ? 'huidig' : count.real > 0 ? 'nodig' : 'kan-weg';
    return { ...count, key, state };
  });
  for (const count of byId.values()) lines.push({ ...count, key: null, state: 'ontbreekt' });
  return lines;
}

/** Real applications of one organisation whose pseudonym key is not configured (any more): key id and count. */
export async function unconfiguredKeyRows(trx: Transaction<DB>, organisatieCode: string, ring: PseudonymKeyring): Promise<{ keyId: string; real: number }[]> {
  const rows = await trx
    .selectFrom('sollicitatie')
    .select((eb) => [sql<string>`coalesce(pseudoniem_sleutel_id, 'onbekend')`.as('key_id'), eb.fn.countAll<number>().as('n')])
    .where('organisatie_code', '=', organisatieCode)
    .where('is_demo', '=', false)
    .where((eb) => eb.or([eb('pseudoniem_sleutel_id', 'is', null), eb('pseudoniem_sleutel_id', 'not in', ringKeys(ring).map((k) => k.id))]))
    .groupBy(sql`1`)
    .orderBy(sql`1`)
    .execute();
  return rows.map((r) => ({ keyId: r.key_id, real: Number(r.n) }));
}

/**
 * May one value of APP_SECRET_PREVIOUS be removed? `which` is its position in the list (1 = first) or a key id.
 * Only when no real application carries its key any more; demo data never blocks (it is never imported again).
 */
export function removalVerdict(secrets: MasterSecrets, lines: readonly KeyReportLine[], which: string): { ok: boolean; message: string } {
  const previous = secrets.APP_SECRET_PREVIOUS ?? [];
  const ids = previous.map(pseudonymKeyId);
  const position = /^\d+$/.test(which) ? Number(which) : ids.indexOf(which.trim().toLowerCase()) + 1;
  if (position < 1 || position > previous.length) {
    return { ok: false, message: `"${which}" is geen waarde van APP_SECRET_PREVIOUS (geef de positie, 1 = de eerste, of een sleutel-id uit het overzicht).` };
  }
  const id = ids[position - 1]!;
  const label = `Waarde ${position} van APP_SECRET_PREVIOUS (sleutel ${id})`;
  if (id === pseudonymKeyId(secrets.APP_SECRET) || ids.some((other, index) => other === id && index !== position - 1)) {
    return { ok: true, message: `${label} staat ook elders in de configuratie en mag uit APP_SECRET_PREVIOUS.` };
  }
  const line = lines.find((l) => l.keyId === id);
  if (line && line.real > 0) {
    return {
      ok: false,
      message: `${label} is nog nodig: ${line.real} sollicitaties (${line.organisations.join(', ')}) hebben een pseudoniem onder deze sleutel. Verwijder je de waarde nu, dan worden de imports van die organisaties geweigerd (anders zouden die sollicitanten dubbel geteld worden). De sleutel komt vrij zodra die organisaties opnieuw hebben ingelezen (hun sollicitaties krijgen dan de huidige sleutel), en uiterlijk na ${line.lastRetention}, als de bewaartermijn ze heeft verwijderd.`,
    };
  }
  const demo = line && line.demo > 0 ? ` (alleen ${line.demo} voorbeeldsollicitaties, die nooit opnieuw worden ingelezen)` : '';
  return { ok: true, message: `${label} wordt door geen enkele sollicitatie meer gebruikt${demo}: deze waarde mag uit APP_SECRET_PREVIOUS.` };
}
