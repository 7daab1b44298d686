import { sql, type Kysely } from 'kysely';

// The cell columns of both rollups after this migration; the unique key of a cell (nulls not distinct: an
// application to an external vacancy has neither vakgebied nor opleidingsniveau).
const CELL_KEY = ['organisatie_code', 'kwartaal', 'woon_provincie_code', 'woon_corop_code', 'werk_provincie_code', 'werk_corop_code', 'vakgebied', 'opleidingsniveau', 'fase', 'is_demo'] as const;
const keyList = sql.join(CELL_KEY.map((c) => sql.ref(c)));

/**
 * Intake by education level and as activity per period (measure 6):
 * - `instroom_kwartaal` gets the dimension `opleidingsniveau` (level of our vacancy; null for external ones);
 * - `instroom_activiteit_kwartaal` counts stage EVENTS (application, interview, offer, start date) in the quarter
 *   of their own date, with the same dimensions and the same `aantal`/`verwijderd` bookkeeping, so retention can
 *   delete microdata without changing activity figures.
 * Existing data is backfilled from the microdata still held. Applications that retention already deleted stay in
 * the level "unknown" (null) of the cohort rollup and cannot be added to the activity rollup at all.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('instroom_kwartaal').addColumn('opleidingsniveau', 'text').execute();
  await sql`alter table instroom_kwartaal drop constraint instroom_kwartaal_cel_uq`.execute(db);
  await sql`alter table instroom_kwartaal add constraint instroom_kwartaal_cel_uq unique nulls not distinct (${keyList})`.execute(db);

  await db.schema
    .createTable('instroom_activiteit_kwartaal')
    .addColumn('organisatie_code', 'text', (c) => c.notNull().references('organisatie.code'))
    // Quarter of the event's own date (not of the application).
    .addColumn('kwartaal', 'varchar(7)', (c) => c.notNull().check(sql`kwartaal ~ '^[0-9]{4}-Q[1-4]$'`))
    .addColumn('woon_provincie_code', 'varchar(8)', (c) => c.notNull())
    .addColumn('woon_corop_code', 'varchar(8)', (c) => c.notNull())
    .addColumn('werk_provincie_code', 'varchar(4)', (c) => c.notNull().references('provincie.code'))
    .addColumn('werk_corop_code', 'varchar(4)', (c) => c.notNull().references('corop.code'))
    .addColumn('vakgebied', 'text')
    .addColumn('opleidingsniveau', 'text')
    // The kind of event: sollicitatie = application received, gesprek = interview, aanbod = offer, aangenomen = start date.
    .addColumn('fase', 'text', (c) => c.notNull().check(sql`fase in ('sollicitatie','gesprek','aanbod','aangenomen')`))
    .addColumn('aantal', 'integer', (c) => c.notNull())
    .addColumn('verwijderd', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('is_demo', 'boolean', (c) => c.notNull().defaultTo(false))
    .addCheckConstraint('instroom_activiteit_kwartaal_aantal_ck', sql`verwijderd >= 0 and aantal >= verwijderd`)
    .execute();
  await sql`alter table instroom_activiteit_kwartaal add constraint instroom_activiteit_kwartaal_cel_uq unique nulls not distinct (${keyList})`.execute(db);
  await db.schema.createIndex('instroom_activiteit_kwartaal_kwartaal_idx').on('instroom_activiteit_kwartaal').columns(['kwartaal', 'fase']).execute();

  // Backfill the cohort rollup: per cell, the microdata part moves to the cell of its vacancy's level; the
  // `verwijderd` part (no longer known per application) stays in the level-less cell. Totals do not change.
  const cohortCells = sql`
    select s.organisatie_code, extract(year from s.sollicitatiedatum)::int::text || '-Q' || extract(quarter from s.sollicitatiedatum)::int::text as kwartaal,
           coalesce(wg.provincie_code, 'onbekend') as woon_provincie_code, coalesce(wg.corop_code, 'onbekend') as woon_corop_code,
           pg.provincie_code as werk_provincie_code, pg.corop_code as werk_corop_code, v.vakgebied, v.opleidingsniveau, st.fase, s.is_demo, count(*)::int as n
    from sollicitatie s
    join gemeente pg on pg.code = s.werkplaats_gemeente_code
    left join gemeente wg on wg.code = s.woon_gemeente_code
    left join vacature v on v.id = s.vacature_id
    join (values ('sollicitatie', 0), ('gesprek', 1), ('aanbod', 2), ('aangenomen', 3)) as st(fase, rang)
      on st.rang <= case s.fase when 'sollicitatie' then 0 when 'gesprek' then 1 when 'aanbod' then 2 else 3 end
    group by 1, 2, 3, 4, 5, 6, 7, 8, 9, 10`;
  await sql`update instroom_kwartaal set aantal = verwijderd where aantal <> verwijderd`.execute(db);
  await sql`
    insert into instroom_kwartaal (${keyList}, aantal, verwijderd)
    select ${keyList}, c.n, 0 from (${cohortCells}) c
    on conflict on constraint instroom_kwartaal_cel_uq do update set aantal = instroom_kwartaal.aantal + excluded.aantal`.execute(db);
  await sql`delete from instroom_kwartaal where aantal = 0`.execute(db);

  await sql`
    insert into instroom_activiteit_kwartaal (${keyList}, aantal, verwijderd)
    select s.organisatie_code, extract(year from ev.datum)::int::text || '-Q' || extract(quarter from ev.datum)::int::text,
           coalesce(wg.provincie_code, 'onbekend'), coalesce(wg.corop_code, 'onbekend'), pg.provincie_code, pg.corop_code,
           v.vakgebied, v.opleidingsniveau, ev.fase, s.is_demo, count(*)::int, 0
    from sollicitatie s
    join gemeente pg on pg.code = s.werkplaats_gemeente_code
    left join gemeente wg on wg.code = s.woon_gemeente_code
    left join vacature v on v.id = s.vacature_id
    cross join lateral (values ('sollicitatie', s.sollicitatiedatum), ('gesprek', s.datum_gesprek), ('aanbod', s.datum_aanbod), ('aangenomen', s.datum_indiensttreding)) as ev(fase, datum)
    where ev.datum is not null
    group by 1, 2, 3, 4, 5, 6, 7, 8, 9, 10`.execute(db);
}

/** Drops the activity rollup and the level dimension (level cells are summed back into level-less cells). */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('instroom_activiteit_kwartaal').execute();
  const oldKey = sql.join(CELL_KEY.filter((c) => c !== 'opleidingsniveau').map((c) => sql.ref(c)));
  await sql`drop table if exists pg_temp.instroom_kwartaal_oud`.execute(db);
  await sql`create temp table instroom_kwartaal_oud as
    select ${oldKey}, sum(aantal)::int as aantal, sum(verwijderd)::int as verwijderd from instroom_kwartaal group by ${oldKey}`.execute(db);
  await sql`delete from instroom_kwartaal`.execute(db);
  await sql`alter table instroom_kwartaal drop constraint instroom_kwartaal_cel_uq`.execute(db);
  await db.schema.alterTable('instroom_kwartaal').dropColumn('opleidingsniveau').execute();
  await sql`insert into instroom_kwartaal (${oldKey}, aantal, verwijderd) select ${oldKey}, aantal, verwijderd from instroom_kwartaal_oud`.execute(db);
  await sql`alter table instroom_kwartaal add constraint instroom_kwartaal_cel_uq unique nulls not distinct (${oldKey})`.execute(db);
  await sql`drop table pg_temp.instroom_kwartaal_oud`.execute(db);
}
