import type { Kysely, Transaction } from 'kysely';
import type { DB, Sector } from '../db/schema.ts';
import { provinceSlug } from '../regions/province-slug.ts';
import { upsertFiguresReference } from './load-figures-reference.ts';
import { readReferenceCsv } from './reference-files.ts';

const nullable = (value: string | undefined) => (value === undefined || value === '' ? null : value);
const integerOrNull = (value: string | undefined) => (value ? Number.parseInt(value, 10) : null);

/** Row counts per table after loading, for the start-up message and tests. */
export type ReferenceCounts = Record<string, number>;

/**
 * Loads (or refreshes) all reference data in one transaction. Upserts by primary key, so running it
 * again changes nothing and a corrected CSV simply updates its rows.
 */
export async function loadReferenceData(db: Kysely<DB>): Promise<ReferenceCounts> {
  const files = await readAll();
  return db.transaction().execute(async (trx) => {
    await upsertRegions(trx, files);
    await upsertFigures(trx, files);
    await upsertFiguresReference(trx);
    await upsertOrganisations(trx, files);
    const counts: ReferenceCounts = {};
    for (const table of ['provincie', 'corop', 'gemeente', 'pc4', 'cbs_regiocijfer', 'rijksontmoetingsplein', 'organisatie', 'organisatie_vestiging', 'rijkswerkgelegenheid_gepubliceerd'] as const) {
      const row = await trx.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
      counts[table] = Number(row.n);
    }
    return counts;
  });
}

async function readAll() {
  return {
    provincies: await readReferenceCsv('provincies_2025.csv', ['provincie_code', 'provincie_naam', 'iso_3166_2']),
    corop: await readReferenceCsv('corop_2025.csv', ['corop_code', 'corop_naam', 'provincie_code']),
    gemeenten: await readReferenceCsv('gemeenten_2025.csv', ['gemeente_code', 'gemeente_naam', 'provincie_code', 'corop_code']),
    punten: await readReferenceCsv('gemeente_punten_2025.csv', ['gemeente_code', 'lat', 'lon']),
    pc4: await readReferenceCsv('pc4_gemeente_provincie.csv', ['pc4', 'gemeente_code', 'soort_2014']),
    cbs: await readReferenceCsv('cbs_provincies_bevolking_beroepsbevolking.csv', ['jaar', 'regio_code', 'bevolking_1_januari', 'beroepsbevolking_15_75', 'cbs_tabel', 'bron']),
    pleinen: await readReferenceCsv('rijksontmoetingspleinen.csv', ['plaats', 'gemeente_code', 'status', 'opmerking', 'bron']),
    werkgelegenheid: await readReferenceCsv('rijkswerkgelegenheid_gepubliceerd.csv', ['peildatum', 'regio_code', 'sector', 'fte', 'opmerking', 'bron']),
    organisaties: await readReferenceCsv('organisaties.csv', ['code', 'naam', 'afkorting', 'ministerie_code', 'sector']),
    vestigingen: await readReferenceCsv('organisatie_vestigingen.csv', ['organisatie_code', 'gemeente_code', 'gewicht']),
  };
}

type Files = Awaited<ReturnType<typeof readAll>>;

async function inChunks<T>(rows: T[], size: number, write: (chunk: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += size) await write(rows.slice(i, i + size));
}

async function upsertRegions(trx: Transaction<DB>, f: Files) {
  await trx
    .insertInto('provincie')
    .values(f.provincies.map((r) => ({ code: r.provincie_code!, naam: r.provincie_naam!, slug: provinceSlug(r.provincie_naam!), iso_code: r.iso_3166_2! })))
    .onConflict((oc) => oc.column('code').doUpdateSet((eb) => ({ naam: eb.ref('excluded.naam'), slug: eb.ref('excluded.slug'), iso_code: eb.ref('excluded.iso_code') })))
    .execute();
  await trx
    .insertInto('corop')
    .values(f.corop.map((r) => ({ code: r.corop_code!, naam: r.corop_naam!, provincie_code: r.provincie_code! })))
    .onConflict((oc) => oc.column('code').doUpdateSet((eb) => ({ naam: eb.ref('excluded.naam'), provincie_code: eb.ref('excluded.provincie_code') })))
    .execute();
  const points = new Map(f.punten.map((p) => [p.gemeente_code!, p]));
  const gemeenten = f.gemeenten.map((r) => {
    const point = points.get(r.gemeente_code!);
    if (!point) throw new Error(`No point for municipality ${r.gemeente_code}`);
    return { code: r.gemeente_code!, naam: r.gemeente_naam!, provincie_code: r.provincie_code!, corop_code: r.corop_code!, lat: Number(point.lat), lon: Number(point.lon) };
  });
  await trx
    .insertInto('gemeente')
    .values(gemeenten)
    .onConflict((oc) =>
      oc.column('code').doUpdateSet((eb) => ({
        naam: eb.ref('excluded.naam'),
        provincie_code: eb.ref('excluded.provincie_code'),
        corop_code: eb.ref('excluded.corop_code'),
        lat: eb.ref('excluded.lat'),
        lon: eb.ref('excluded.lon'),
      })),
    )
    .execute();
  await inChunks(f.pc4, 1000, (chunk) =>
    trx
      .insertInto('pc4')
      .values(chunk.map((r) => ({ pc4: r.pc4!, gemeente_code: r.gemeente_code!, soort: r.soort_2014! })))
      .onConflict((oc) => oc.column('pc4').doUpdateSet((eb) => ({ gemeente_code: eb.ref('excluded.gemeente_code'), soort: eb.ref('excluded.soort') })))
      .execute(),
  );
}

async function upsertFigures(trx: Transaction<DB>, f: Files) {
  await trx
    .insertInto('cbs_regiocijfer')
    .values(
      f.cbs.map((r) => ({
        jaar: Number(r.jaar),
        regio_code: r.regio_code!,
        bevolking: integerOrNull(r.bevolking_1_januari),
        beroepsbevolking: integerOrNull(r.beroepsbevolking_15_75),
        cbs_tabel: r.cbs_tabel!,
        bron: r.bron!,
      })),
    )
    .onConflict((oc) =>
      oc.columns(['jaar', 'regio_code', 'cbs_tabel']).doUpdateSet((eb) => ({
        bevolking: eb.ref('excluded.bevolking'),
        beroepsbevolking: eb.ref('excluded.beroepsbevolking'),
        bron: eb.ref('excluded.bron'),
      })),
    )
    .execute();
  await trx
    .insertInto('rijksontmoetingsplein')
    .values(f.pleinen.map((r) => ({ plaats: r.plaats!, gemeente_code: r.gemeente_code!, status: r.status!, opmerking: nullable(r.opmerking), bron: r.bron! })))
    .onConflict((oc) =>
      oc.column('plaats').doUpdateSet((eb) => ({ gemeente_code: eb.ref('excluded.gemeente_code'), status: eb.ref('excluded.status'), opmerking: eb.ref('excluded.opmerking'), bron: eb.ref('excluded.bron') })),
    )
    .execute();
  await trx
    .insertInto('rijkswerkgelegenheid_gepubliceerd')
    .values(f.werkgelegenheid.map((r) => ({ peildatum: r.peildatum!, regio_code: r.regio_code!, sector: r.sector!, fte: Number(r.fte), opmerking: nullable(r.opmerking), bron: r.bron! })))
    .onConflict((oc) =>
      oc.columns(['peildatum', 'regio_code', 'sector']).doUpdateSet((eb) => ({ fte: eb.ref('excluded.fte'), opmerking: eb.ref('excluded.opmerking'), bron: eb.ref('excluded.bron') })),
    )
    .execute();
}

async function upsertOrganisations(trx: Transaction<DB>, f: Files) {
  // Ministries first: other organisations reference them through ministerie_code.
  const sorted = [...f.organisaties].sort((a, b) => Number(Boolean(a.ministerie_code)) - Number(Boolean(b.ministerie_code)));
  for (const r of sorted) {
    await trx
      .insertInto('organisatie')
      .values({ code: r.code!, naam: r.naam!, afkorting: nullable(r.afkorting), ministerie_code: nullable(r.ministerie_code), sector: r.sector as Sector })
      .onConflict((oc) =>
        oc.column('code').doUpdateSet((eb) => ({ naam: eb.ref('excluded.naam'), afkorting: eb.ref('excluded.afkorting'), ministerie_code: eb.ref('excluded.ministerie_code'), sector: eb.ref('excluded.sector') })),
      )
      .execute();
  }
  await trx
    .insertInto('organisatie_vestiging')
    .values(f.vestigingen.map((r) => ({ organisatie_code: r.organisatie_code!, gemeente_code: r.gemeente_code!, gewicht: Number(r.gewicht) })))
    .onConflict((oc) => oc.columns(['organisatie_code', 'gemeente_code']).doUpdateSet((eb) => ({ gewicht: eb.ref('excluded.gewicht') })))
    .execute();
}
