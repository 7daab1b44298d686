import { sql, type Kysely } from 'kysely';

// Record keys are integers in [0, 2^32): the fraction rk = key / 2^32 of the cell-key method (see
// src/lib/disclosure/cell-key/). Sums are stored reduced modulo 2^32 so they stay exact in a bigint and in a JS number.
const MODULUS = sql.lit(4294967296);

/**
 * The cell-key method for intake figures (measure 6):
 * - `rir_record_sleutel(pseudonym, vacancy)`: the permanent record key of an application, the first 32 bits of an MD5
 *   over its keyed pseudonym (HMAC-SHA256 with APP_SECRET, so the key cannot be computed without the secret) and its
 *   vacancy; uniform, stable for the application's lifetime, the same in every import;
 * - `sollicitatie.record_sleutel`: that key, stored (generated) next to the microdata;
 * - both rollups get `sleutel_som` (sum of the record keys of the cell, mod 2^32) and `verwijderd_sleutel` (the part of
 *   it that belongs to rows no longer held as microdata), with the same invariant as `aantal`/`verwijderd`, so the
 *   cell key of any aggregate survives retention.
 * Existing rollup rows with `verwijderd` > 0 lost their record keys before this migration; they get one stand-in key
 * per cell (a hash of the cell and its count), which behaves like a record key for every later aggregation.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create or replace function rir_record_sleutel(sleutel text, vacature text) returns bigint
    language sql immutable parallel safe
    as $$ select ('x' || substr(md5(sleutel || ':' || coalesce(vacature, '')), 1, 8))::bit(32)::bigint $$`.execute(db);
  await sql`
    alter table sollicitatie add column record_sleutel bigint not null
    generated always as (rir_record_sleutel(sollicitant_sleutel, coalesce(vacature_id::text, externe_vacature))) stored`.execute(db);

  for (const table of ['instroom_kwartaal', 'instroom_activiteit_kwartaal'] as const) {
    const t = sql.table(table);
    await sql`alter table ${t} add column sleutel_som bigint not null default 0, add column verwijderd_sleutel bigint not null default 0`.execute(db);
    await sql`
      update ${t} set verwijderd_sleutel = ('x' || substr(md5(concat_ws('|', organisatie_code, kwartaal, woon_provincie_code, woon_corop_code,
        werk_provincie_code, werk_corop_code, vakgebied, opleidingsniveau, fase, is_demo::text, verwijderd::text)), 1, 8))::bit(32)::bigint
      where verwijderd > 0`.execute(db);
  }

  // Backfill the key sums from the microdata still held (the same cells as src/lib/intake/intake-rollup.ts builds).
  await sql`
    update instroom_kwartaal t set sleutel_som = (t.verwijderd_sleutel + c.k) % ${MODULUS}
    from (
      select s.organisatie_code, extract(year from s.sollicitatiedatum)::int::text || '-Q' || extract(quarter from s.sollicitatiedatum)::int::text as kwartaal,
             coalesce(wg.provincie_code, 'onbekend') as wp, coalesce(wg.corop_code, 'onbekend') as wc, pg.provincie_code as pp, pg.corop_code as pc,
             v.vakgebied, v.opleidingsniveau, st.fase, s.is_demo, (sum(s.record_sleutel) % ${MODULUS})::bigint as k
      from sollicitatie s
      join gemeente pg on pg.code = s.werkplaats_gemeente_code
      left join gemeente wg on wg.code = s.woon_gemeente_code
      left join vacature v on v.id = s.vacature_id
      join (values ('sollicitatie', 0), ('gesprek', 1), ('aanbod', 2), ('aangenomen', 3)) as st(fase, rang)
        on st.rang <= case s.fase when 'sollicitatie' then 0 when 'gesprek' then 1 when 'aanbod' then 2 else 3 end
      group by 1, 2, 3, 4, 5, 6, 7, 8, 9, 10
    ) c
    where c.organisatie_code = t.organisatie_code and c.kwartaal = t.kwartaal and c.wp = t.woon_provincie_code and c.wc = t.woon_corop_code
      and c.pp = t.werk_provincie_code and c.pc = t.werk_corop_code and c.vakgebied is not distinct from t.vakgebied
      and c.opleidingsniveau is not distinct from t.opleidingsniveau and c.fase = t.fase and c.is_demo = t.is_demo`.execute(db);
  await sql`
    update instroom_activiteit_kwartaal t set sleutel_som = (t.verwijderd_sleutel + c.k) % ${MODULUS}
    from (
      select s.organisatie_code, extract(year from ev.datum)::int::text || '-Q' || extract(quarter from ev.datum)::int::text as kwartaal,
             coalesce(wg.provincie_code, 'onbekend') as wp, coalesce(wg.corop_code, 'onbekend') as wc, pg.provincie_code as pp, pg.corop_code as pc,
             v.vakgebied, v.opleidingsniveau, ev.fase, s.is_demo, (sum(s.record_sleutel) % ${MODULUS})::bigint as k
      from sollicitatie s
      join gemeente pg on pg.code = s.werkplaats_gemeente_code
      left join gemeente wg on wg.code = s.woon_gemeente_code
      left join vacature v on v.id = s.vacature_id
      cross join lateral (values ('sollicitatie', s.sollicitatiedatum), ('gesprek', s.datum_gesprek), ('aanbod', s.datum_aanbod), ('aangenomen', s.datum_indiensttreding)) as ev(fase, datum)
      where ev.datum is not null
      group by 1, 2, 3, 4, 5, 6, 7, 8, 9, 10
    ) c
    where c.organisatie_code = t.organisatie_code and c.kwartaal = t.kwartaal and c.wp = t.woon_provincie_code and c.wc = t.woon_corop_code
      and c.pp = t.werk_provincie_code and c.pc = t.werk_corop_code and c.vakgebied is not distinct from t.vakgebied
      and c.opleidingsniveau is not distinct from t.opleidingsniveau and c.fase = t.fase and c.is_demo = t.is_demo`.execute(db);
  // Cells held only as `verwijderd` keep their stand-in key.
  await sql`update instroom_kwartaal set sleutel_som = verwijderd_sleutel where aantal = verwijderd`.execute(db);
  await sql`update instroom_activiteit_kwartaal set sleutel_som = verwijderd_sleutel where aantal = verwijderd`.execute(db);
}

/** Drops the key columns and the function. */
export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['instroom_kwartaal', 'instroom_activiteit_kwartaal'] as const) {
    await sql`alter table ${sql.table(table)} drop column sleutel_som, drop column verwijderd_sleutel`.execute(db);
  }
  await sql`alter table sollicitatie drop column record_sleutel`.execute(db);
  await sql`drop function rir_record_sleutel(text, text)`.execute(db);
}
