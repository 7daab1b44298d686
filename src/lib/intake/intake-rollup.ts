import { sql, type Kysely, type RawBuilder, type Transaction } from 'kysely';
import type { DB } from '../db/schema.ts';
import { ONBEKEND } from './intake-vocabulary.ts';

/**
 * The quarterly rollups `instroom_kwartaal` (cohort) and `instroom_activiteit_kwartaal` (activity) are the single
 * source of every intake figure. Their invariant, per cell (for activity read "events" for "rows"):
 *
 *   aantal = (microdata rows of `sollicitatie` that fall in the cell) + verwijderd
 *
 * where `verwijderd` counts applications that are in the figures but no longer held as microdata: retention
 * deleted them, or a history load counted them without storing them. Consequences:
 * - an import recomputes the microdata part of every cell of its organisation (so corrections, moved rows and
 *   changed reference data are reflected) and never touches `verwijderd`;
 * - retention first brings the cells in line with the microdata, then moves the expiring rows from the
 *   microdata part to `verwijderd` (aantal stays the same) and only then deletes them. Published figures
 *   therefore never change because of retention.
 * The same holds for the cell keys (src/lib/disclosure/cell-key/): `sleutel_som` = (record keys of the microdata rows in
 * the cell + `verwijderd_sleutel`) mod 2^32, so the cell key of any aggregate survives retention too.
 * The price: a row that comes back after retention deleted it would be counted twice, which is why an import
 * never stores a new row whose retention date has already passed (see import-applications.ts).
 */

/** Advisory-lock key space for intake writes of one organisation (imports and retention serialise on it). */
export async function lockOrganisationIntake(trx: Transaction<DB>, organisatieCode: string): Promise<void> {
  await sql`select pg_advisory_xact_lock(hashtextextended(${`rir-intake:${organisatieCode}`}, 0))`.execute(trx);
}

/** The rollup columns that identify a cell, in the order the cell queries select them (same in both rollups). */
export const CELL_COLUMNS = [
  'organisatie_code',
  'kwartaal',
  'woon_provincie_code',
  'woon_corop_code',
  'werk_provincie_code',
  'werk_corop_code',
  'vakgebied',
  'opleidingsniveau',
  'fase',
  'is_demo',
] as const;

/**
 * The two rollups: `instroom_kwartaal` (cohort: applications by application quarter, counted in every stage
 * reached) and `instroom_activiteit_kwartaal` (activity: stage events in the quarter of their own date). Both
 * keep the invariant above, are refreshed together and protected together by retention.
 */
export type RollupTable = 'instroom_kwartaal' | 'instroom_activiteit_kwartaal';

/** Both rollups, in the order they are written. */
export const ROLLUP_TABLES: readonly RollupTable[] = ['instroom_kwartaal', 'instroom_activiteit_kwartaal'];

const cellColumnList = sql.join(CELL_COLUMNS.map((c) => sql.ref(c)));

/** Record keys are integers in [0, 2^32); key sums are stored modulo this (see migration 0010). */
export const KEY_MODULUS = 4294967296;
const MODULUS = sql.lit(KEY_MODULUS);

// The stages as values with their rank, for "counted in every stage reached".
const STAGE_RANKS = sql`(values ('sollicitatie', 0), ('gesprek', 1), ('aanbod', 2), ('aangenomen', 3))`;

/**
 * SELECT of rollup cells (the 10 cell columns plus `n` and the key sum `k`) from application rows in `source` (alias `s`, with the
 * columns of `sollicitatie`, including the stored `record_sleutel`: it stays when a row is re-keyed) for one rollup. Cohort: each application counts once in every stage up to the one
 * it reached, in the quarter of the application date. Activity: each dated event (application, interview,
 * offer, start date) counts once in the quarter of its own date; events without a date are not counted.
 * A missing home municipality becomes 'onbekend'; vakgebied and level come from our vacancy (null otherwise).
 */
export function cellSelect(
  source: RawBuilder<unknown>,
  where: RawBuilder<unknown>,
  organisation: RawBuilder<unknown>,
  isDemo: RawBuilder<unknown>,
  table: RollupTable = 'instroom_kwartaal',
): RawBuilder<unknown> {
  const activity = table === 'instroom_activiteit_kwartaal';
  const date = activity ? sql`st.datum` : sql`s.sollicitatiedatum`;
  const stages = activity
    ? sql`cross join lateral (values ('sollicitatie', s.sollicitatiedatum), ('gesprek', s.datum_gesprek), ('aanbod', s.datum_aanbod), ('aangenomen', s.datum_indiensttreding)) as st(fase, datum)`
    : sql`join ${STAGE_RANKS} as st(fase, rang)
      on st.rang <= case s.fase when 'sollicitatie' then 0 when 'gesprek' then 1 when 'aanbod' then 2 else 3 end`;
  const condition = activity ? sql`st.datum is not null and (${where})` : where;
  return sql`
    select ${organisation} as organisatie_code,
           extract(year from ${date})::int::text || '-Q' || extract(quarter from ${date})::int::text as kwartaal,
           coalesce(wg.provincie_code, ${ONBEKEND}::text) as woon_provincie_code,
           coalesce(wg.corop_code, ${ONBEKEND}::text) as woon_corop_code,
           pg.provincie_code as werk_provincie_code,
           pg.corop_code as werk_corop_code,
           v.vakgebied as vakgebied,
           v.opleidingsniveau as opleidingsniveau,
           st.fase as fase,
           ${isDemo} as is_demo,
           count(*)::int as n,
           (sum(s.record_sleutel) % ${MODULUS})::bigint as k
    from ${source} s
    join gemeente pg on pg.code = s.werkplaats_gemeente_code
    left join gemeente wg on wg.code = s.woon_gemeente_code
    left join vacature v on v.id = s.vacature_id
    ${stages}
    where ${condition}
    group by 1, 2, 3, 4, 5, 6, 7, 8, 9, 10`;
}

/**
 * Adds cells to a rollup as rows that are counted but not (or no longer) held as microdata:
 * both `aantal` and `verwijderd` grow by `n` for a new cell; for an existing cell `verwijderd` grows and `aantal`
 * is kept at least at the new `verwijderd`. Used by retention (rows about to be deleted, already in `aantal`)
 * and by a history load (rows never stored; the refresh that follows restores the invariant).
 */
export async function addRemovedCells(trx: Transaction<DB>, cells: RawBuilder<unknown>, alsoIncreaseTotal: boolean, table: RollupTable = 'instroom_kwartaal'): Promise<void> {
  const t = sql.table(table);
  const aantal = alsoIncreaseTotal ? sql`${t}.aantal + excluded.aantal` : sql`greatest(${t}.aantal, ${t}.verwijderd + excluded.verwijderd)`;
  // Retention: the rows' keys are already in sleutel_som (they move to the removed part); a history load adds them.
  const sleutel = alsoIncreaseTotal ? sql`(${t}.sleutel_som + excluded.sleutel_som) % ${MODULUS}` : sql`${t}.sleutel_som`;
  await sql`
    insert into ${t} (${cellColumnList}, aantal, verwijderd, sleutel_som, verwijderd_sleutel)
    select ${cellColumnList}, c.n, c.n, c.k, c.k from (${cells}) c
    on conflict on constraint ${sql.raw(`${table}_cel_uq`)} do update
      set aantal = ${aantal}, verwijderd = ${t}.verwijderd + excluded.verwijderd,
          sleutel_som = ${sleutel}, verwijderd_sleutel = (${t}.verwijderd_sleutel + excluded.verwijderd_sleutel) % ${MODULUS}`.execute(trx);
}

/**
 * Moves rows selected by `where` (on `source` alias `s`) into the `verwijderd` counts of BOTH rollups; see
 * {@link addRemovedCells}.
 */
export async function addRemovedRows(
  trx: Transaction<DB>,
  source: RawBuilder<unknown>,
  where: RawBuilder<unknown>,
  organisation: RawBuilder<unknown>,
  isDemo: RawBuilder<unknown>,
  alsoIncreaseTotal: boolean,
): Promise<void> {
  for (const table of ROLLUP_TABLES) await addRemovedCells(trx, cellSelect(source, where, organisation, isDemo, table), alsoIncreaseTotal, table);
}

/**
 * Recomputes every cell of BOTH rollups of one organisation from its microdata plus the kept `verwijderd`
 * counts (see the invariant above), then its coarse cells and the national rollup. Cells whose value does not
 * change are not written, so a repeated import leaves the fine tables untouched; cells that drop to zero are removed.
 */
export async function refreshIntakeRollup(trx: Transaction<DB>, organisatieCode: string): Promise<void> {
  await refreshFineRollups(trx, organisatieCode);
  await refreshCoarseRollups(trx, organisatieCode);
}

/** The fine rollups (both tables) of one organisation only; callers refresh the coarse ones after. */
export async function refreshFineRollups(trx: Transaction<DB>, organisatieCode: string): Promise<void> {
  for (const table of ROLLUP_TABLES) await refreshRollupTable(trx, organisatieCode, table);
}

/** The coarser copies of each rollup (migration 0115): per organisation × province, and national. */
export const COARSE_ROLLUPS = {
  instroom_kwartaal: { perProvince: 'instroom_kwartaal_per_provincie', national: 'instroom_kwartaal_rijk' },
  instroom_activiteit_kwartaal: { perProvince: 'instroom_activiteit_kwartaal_per_provincie', national: 'instroom_activiteit_kwartaal_rijk' },
} as const satisfies Record<RollupTable, { perProvince: string; national: string }>;

/**
 * Rebuilds one organisation's cells of the coarse rollups from its fine cells, then the national rollup from all
 * organisations' coarse cells. Every coarse cell is the exact sum (count, and key sum mod 2^32) of the fine cells it
 * covers, so a figure read from it is the one the fine rollup gives (tests/integration/intake/coarse-rollups.test.ts).
 */
export async function refreshCoarseRollups(trx: Transaction<DB>, organisatieCode: string): Promise<void> {
  await refreshOrganisationCoarseRollups(trx, organisatieCode);
  await refreshNationalRollups(trx);
}

/** One organisation's cells of the per-province coarse rollups, from its fine cells. */
export async function refreshOrganisationCoarseRollups(trx: Transaction<DB>, organisatieCode: string): Promise<void> {
  for (const fine of ROLLUP_TABLES) {
    const perProvince = sql.table(COARSE_ROLLUPS[fine].perProvince);
    await sql`delete from ${perProvince} where organisatie_code = ${organisatieCode}`.execute(trx);
    await sql`
      insert into ${perProvince} (organisatie_code, kwartaal, woon_provincie_code, werk_provincie_code, zelfde_corop, vakgebied, opleidingsniveau, fase, is_demo, aantal, sleutel_som)
      select organisatie_code, kwartaal, woon_provincie_code, werk_provincie_code, woon_corop_code = werk_corop_code, vakgebied, opleidingsniveau, fase, is_demo,
             sum(aantal), sum(sleutel_som) % ${MODULUS}
      from ${sql.table(fine)} where organisatie_code = ${organisatieCode} group by 1, 2, 3, 4, 5, 6, 7, 8, 9`.execute(trx);
  }
}

/**
 * The national rollup, rebuilt from every organisation's per-province cells. It takes a transaction lock of its own
 * (after the organisations'), so two imports of different organisations cannot interleave it; each reads the other's
 * committed cells. A transaction that changes several organisations (retention) rebuilds it once, at the end: the
 * rebuild reads the whole per-province table, and doing it per organisation held the embedded database for ~30 s.
 */
export async function refreshNationalRollups(trx: Transaction<DB>): Promise<void> {
  await sql`select pg_advisory_xact_lock(hashtextextended('rir-intake:national', 0))`.execute(trx);
  for (const fine of ROLLUP_TABLES) {
    const { perProvince, national } = COARSE_ROLLUPS[fine];
    await sql`delete from ${sql.table(national)}`.execute(trx);
    await sql`
      insert into ${sql.table(national)} (kwartaal, woon_provincie_code, werk_provincie_code, zelfde_corop, vakgebied, opleidingsniveau, fase, is_demo, aantal, sleutel_som)
      select kwartaal, woon_provincie_code, werk_provincie_code, zelfde_corop, vakgebied, opleidingsniveau, fase, is_demo, sum(aantal), sum(sleutel_som) % ${MODULUS}
      from ${sql.table(perProvince)} group by 1, 2, 3, 4, 5, 6, 7, 8`.execute(trx);
  }
}

async function refreshRollupTable(trx: Transaction<DB>, organisatieCode: string, table: RollupTable): Promise<void> {
  const t = sql.table(table);
  await sql`drop table if exists pg_temp.intake_cellen`.execute(trx);
  await sql`create temp table intake_cellen on commit drop as ${cellSelect(
    sql`sollicitatie`,
    sql`s.organisatie_code = ${organisatieCode}`,
    sql`s.organisatie_code`,
    sql`s.is_demo`,
    table,
  )}`.execute(trx);
  await sql`
    insert into ${t} (${cellColumnList}, aantal, verwijderd, sleutel_som)
    select ${cellColumnList}, c.n, 0, c.k from intake_cellen c
    on conflict on constraint ${sql.raw(`${table}_cel_uq`)} do update
      set aantal = ${t}.verwijderd + excluded.aantal, sleutel_som = (${t}.verwijderd_sleutel + excluded.sleutel_som) % ${MODULUS}
      where ${t}.aantal <> ${t}.verwijderd + excluded.aantal or ${t}.sleutel_som <> (${t}.verwijderd_sleutel + excluded.sleutel_som) % ${MODULUS}`.execute(trx);
  await sql`
    update ${t} t set aantal = t.verwijderd, sleutel_som = t.verwijderd_sleutel
    where t.organisatie_code = ${organisatieCode} and (t.aantal <> t.verwijderd or t.sleutel_som <> t.verwijderd_sleutel)
      and not exists (
        select 1 from intake_cellen c
        where c.kwartaal = t.kwartaal and c.woon_provincie_code = t.woon_provincie_code and c.woon_corop_code = t.woon_corop_code
          and c.werk_provincie_code = t.werk_provincie_code and c.werk_corop_code = t.werk_corop_code
          and c.vakgebied is not distinct from t.vakgebied and c.opleidingsniveau is not distinct from t.opleidingsniveau
          and c.fase = t.fase and c.is_demo = t.is_demo)`.execute(trx);
  await sql`delete from ${t} where organisatie_code = ${organisatieCode} and aantal = 0`.execute(trx);
  await sql`drop table pg_temp.intake_cellen`.execute(trx);
}

/** Convenience for scripts and tests: refreshes one organisation's rollup in its own transaction. */
export async function refreshIntakeRollupNow(db: Kysely<DB>, organisatieCode: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await lockOrganisationIntake(trx, organisatieCode);
    await refreshIntakeRollup(trx, organisatieCode);
  });
}
