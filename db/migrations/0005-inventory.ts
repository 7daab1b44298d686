import { sql, type Kysely } from 'kysely';

/**
 * Government-employment inventory (measure 1d): versioned snapshots of fte per organisation × place × sector
 * on 1 January. A published snapshot is frozen; the code checks this too, but the triggers make sure no
 * other path (a script, a psql session) can change figures that have been reported.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('formatie_snapshot')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('peildatum', 'date', (c) => c.notNull())
    .addColumn('versie', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('concept','gepubliceerd')`))
    .addColumn('is_demo', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('bron', 'text', (c) => c.notNull())
    .addColumn('revisie_notitie', 'text')
    .addColumn('aangemaakt_door', 'text', (c) => c.notNull())
    .addColumn('aangemaakt_op', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('gepubliceerd_op', 'timestamptz')
    .addColumn('gepubliceerd_door', 'text')
    .addColumn('inhoud_hash', 'text', (c) => c.notNull())
    .addUniqueConstraint('formatie_snapshot_versie_uq', ['peildatum', 'versie', 'is_demo'])
    .addCheckConstraint('formatie_snapshot_peildatum_ck', sql`extract(month from peildatum) = 1 and extract(day from peildatum) = 1`)
    .addCheckConstraint('formatie_snapshot_versie_ck', sql`versie >= 1`)
    .addCheckConstraint('formatie_snapshot_gepubliceerd_ck', sql`(status = 'gepubliceerd') = (gepubliceerd_op is not null and gepubliceerd_door is not null)`)
    .execute();
  await db.schema
    .createTable('formatie_regel')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('snapshot_id', 'integer', (c) => c.notNull().references('formatie_snapshot.id').onDelete('cascade'))
    .addColumn('organisatie_code', 'text', (c) => c.notNull().references('organisatie.code'))
    .addColumn('sector', 'text', (c) =>
      c.notNull().check(sql`sector in ('ministerie','politie','rechtspraak','dji','defensie','zbo')`),
    )
    .addColumn('gemeente_code', 'varchar(6)', (c) => c.references('gemeente.code'))
    .addColumn('provincie_code', 'varchar(4)', (c) => c.notNull().references('provincie.code'))
    .addColumn('fte', sql`numeric(10,1)`, (c) => c.notNull().check(sql`fte >= 0`))
    .addColumn('prognose_jaar', 'integer')
    .addColumn('prognose_fte', sql`numeric(10,1)`, (c) => c.check(sql`prognose_fte >= 0`))
    .addCheckConstraint('formatie_regel_prognose_ck', sql`(prognose_jaar is null) = (prognose_fte is null)`)
    .execute();
  // One row per organisation × place × sector; the place is the municipality, or the province when the
  // municipality is unknown. An expression index, because a plain unique constraint treats NULLs as distinct.
  await sql`create unique index formatie_regel_plaats_uq on formatie_regel
    (snapshot_id, organisatie_code, sector, provincie_code, coalesce(gemeente_code, ''))`.execute(db);
  await db.schema.createIndex('formatie_regel_provincie_idx').on('formatie_regel').columns(['snapshot_id', 'provincie_code']).execute();

  // Rows: the province follows from the municipality, and rows of a published snapshot cannot change.
  await sql`create function formatie_regel_bewaak() returns trigger language plpgsql as $$
    declare
      v_status text;
      v_provincie varchar(4);
    begin
      if tg_op in ('UPDATE', 'DELETE') then
        select status into v_status from formatie_snapshot where id = old.snapshot_id;
        if v_status = 'gepubliceerd' then
          raise exception 'formatie_snapshot % is gepubliceerd: de regels zijn bevroren', old.snapshot_id
            using errcode = 'check_violation';
        end if;
      end if;
      if tg_op = 'DELETE' then
        return old;
      end if;
      select status into v_status from formatie_snapshot where id = new.snapshot_id;
      if v_status = 'gepubliceerd' then
        raise exception 'formatie_snapshot % is gepubliceerd: de regels zijn bevroren', new.snapshot_id
          using errcode = 'check_violation';
      end if;
      if new.gemeente_code is not null then
        select provincie_code into v_provincie from gemeente where code = new.gemeente_code;
        if new.provincie_code is null then
          new.provincie_code := v_provincie;
        elsif v_provincie is not null and new.provincie_code <> v_provincie then
          raise exception 'gemeente % ligt in %, niet in %', new.gemeente_code, v_provincie, new.provincie_code
            using errcode = 'check_violation';
        end if;
      end if;
      return new;
    end
  $$`.execute(db);
  await sql`create trigger formatie_regel_bewaak before insert or update or delete on formatie_regel
    for each row execute function formatie_regel_bewaak()`.execute(db);

  // Snapshots: a published one can be neither changed nor deleted (a correction is a new version).
  await sql`create function formatie_snapshot_bewaak() returns trigger language plpgsql as $$
    begin
      if old.status = 'gepubliceerd' then
        raise exception 'formatie_snapshot % is gepubliceerd en kan niet meer worden gewijzigd of verwijderd', old.id
          using errcode = 'check_violation';
      end if;
      if tg_op = 'DELETE' then
        return old;
      end if;
      return new;
    end
  $$`.execute(db);
  await sql`create trigger formatie_snapshot_bewaak before update or delete on formatie_snapshot
    for each row execute function formatie_snapshot_bewaak()`.execute(db);
}

/** Drops the inventory tables and their guard functions. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('formatie_regel').execute();
  await db.schema.dropTable('formatie_snapshot').execute();
  await sql`drop function if exists formatie_regel_bewaak()`.execute(db);
  await sql`drop function if exists formatie_snapshot_bewaak()`.execute(db);
}
