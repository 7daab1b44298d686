import { sql, type Kysely } from 'kysely';

const MODULUS = sql.lit(4294967296);
const KINDS = [
  ['instroom_kwartaal', 'instroom_kwartaal_per_provincie', 'instroom_kwartaal_rijk'],
  ['instroom_activiteit_kwartaal', 'instroom_activiteit_kwartaal_per_provincie', 'instroom_activiteit_kwartaal_rijk'],
] as const;

/**
 * Coarser copies of both intake rollups, at the grain the dashboards read (issue 12): per organisation with home and
 * work PROVINCE and whether home and work share a COROP region (`..._per_provincie`), and for all organisations
 * together (`..._rijk`). Each cell is the sum of the fine cells it covers (counts, and key sums mod 2^32), so every
 * figure built from them is the same as from the fine rollup; src/lib/intake/intake-rollup.ts keeps them in step.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  for (const [, perProvince, national] of KINDS) {
    for (const [table, withOrganisation] of [[perProvince, true], [national, false]] as const) {
      let create = db.schema.createTable(table);
      if (withOrganisation) create = create.addColumn('organisatie_code', 'text', (c) => c.notNull());
      await create
        .addColumn('kwartaal', 'text', (c) => c.notNull())
        .addColumn('woon_provincie_code', 'text', (c) => c.notNull())
        .addColumn('werk_provincie_code', 'text', (c) => c.notNull())
        .addColumn('zelfde_corop', 'boolean', (c) => c.notNull())
        .addColumn('vakgebied', 'text')
        .addColumn('opleidingsniveau', 'text')
        .addColumn('fase', 'text', (c) => c.notNull())
        .addColumn('is_demo', 'boolean', (c) => c.notNull())
        .addColumn('aantal', 'bigint', (c) => c.notNull())
        .addColumn('sleutel_som', 'bigint', (c) => c.notNull())
        .execute();
    }
    await db.schema.createIndex(`${perProvince}_org_ix`).on(perProvince).columns(['organisatie_code', 'is_demo', 'kwartaal']).execute();
    await db.schema.createIndex(`${national}_ix`).on(national).columns(['is_demo', 'kwartaal']).execute();
  }
  for (const [fine, perProvince, national] of KINDS) {
    await sql`
      insert into ${sql.table(perProvince)} (organisatie_code, kwartaal, woon_provincie_code, werk_provincie_code, zelfde_corop, vakgebied, opleidingsniveau, fase, is_demo, aantal, sleutel_som)
      select organisatie_code, kwartaal, woon_provincie_code, werk_provincie_code, woon_corop_code = werk_corop_code, vakgebied, opleidingsniveau, fase, is_demo,
             sum(aantal), sum(sleutel_som) % ${MODULUS}
      from ${sql.table(fine)} group by 1, 2, 3, 4, 5, 6, 7, 8, 9`.execute(db);
    await sql`
      insert into ${sql.table(national)} (kwartaal, woon_provincie_code, werk_provincie_code, zelfde_corop, vakgebied, opleidingsniveau, fase, is_demo, aantal, sleutel_som)
      select kwartaal, woon_provincie_code, werk_provincie_code, zelfde_corop, vakgebied, opleidingsniveau, fase, is_demo, sum(aantal), sum(sleutel_som) % ${MODULUS}
      from ${sql.table(perProvince)} group by 1, 2, 3, 4, 5, 6, 7, 8`.execute(db);
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const [, perProvince, national] of KINDS) {
    await db.schema.dropTable(national).execute();
    await db.schema.dropTable(perProvince).execute();
  }
}
