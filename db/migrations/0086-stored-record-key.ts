import { sql, type Kysely } from 'kysely';

/**
 * The cell-key record key (`sollicitatie.record_sleutel`, migration 0010) becomes an ordinary stored column, set
 * once when the row is inserted and never changed: a rotation of the pseudonym key re-keys stored applications
 * (`sollicitant_sleutel` changes), and a generated column would then give them new record keys and change
 * published values. The values already stored stay as they are (`drop expression` keeps them).
 * A trigger fills the key on insert from the pseudonym and vacancy as before (`rir_record_sleutel`), and refuses
 * any update that would change it.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table sollicitatie alter column record_sleutel drop expression`.execute(db);
  await sql`create function sollicitatie_record_sleutel() returns trigger language plpgsql as $$
    begin
      if tg_op = 'INSERT' then
        new.record_sleutel := coalesce(new.record_sleutel, rir_record_sleutel(new.sollicitant_sleutel, coalesce(new.vacature_id::text, new.externe_vacature)));
      elsif new.record_sleutel is distinct from old.record_sleutel then
        raise exception 'record_sleutel van een sollicitatie is blijvend en kan niet worden gewijzigd';
      end if;
      return new;
    end $$`.execute(db);
  await sql`create trigger sollicitatie_record_sleutel before insert or update on sollicitatie
    for each row execute function sollicitatie_record_sleutel()`.execute(db);
}

/** Back to a generated column (re-keyed rows then get the record key of their new pseudonym). */
export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop trigger sollicitatie_record_sleutel on sollicitatie`.execute(db);
  await sql`drop function sollicitatie_record_sleutel()`.execute(db);
  await sql`alter table sollicitatie drop column record_sleutel`.execute(db);
  await sql`
    alter table sollicitatie add column record_sleutel bigint not null
    generated always as (rir_record_sleutel(sollicitant_sleutel, coalesce(vacature_id::text, externe_vacature))) stored`.execute(db);
}
