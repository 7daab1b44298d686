import type { Transaction } from 'kysely';
import type { OfficialMeasure } from '../db/schema-figures.ts';
import type { DB } from '../db/schema.ts';
import { readReferenceCsv } from './reference-files.ts';

/** CBS measures of the yearly series that the figures use, and how they are stored in cbs_regiocijfer. */
const SERIES_MEASURES: Record<string, 'bevolking' | 'beroepsbevolking'> = {
  bevolking_1jan: 'bevolking',
  beroepsbevolking_jaargemiddelde: 'beroepsbevolking',
};

/**
 * Loads the yearly CBS series per province (population on 1 January 2020–2025, labour force 2021–2023) and
 * the official national series with Kamerstukken. Upserts by key, so it is idempotent.
 * The 2020 labour force exists for Limburg only and probably by an older method (see db/SOURCES.md): it is
 * left out, so no year mixes one province's figure with nothing for the others.
 */
export async function upsertFiguresReference(trx: Transaction<DB>): Promise<void> {
  const series = await readReferenceCsv('cbs_provincies_reeks_2020_2025.csv', ['maat', 'jaar', 'regio_code', 'regio_naam', 'waarde', 'eenheid', 'status', 'cbs_tabel', 'bron_url', 'opmerking']);
  const cbs = series
    .filter((r) => SERIES_MEASURES[r.maat!] && !(r.maat === 'beroepsbevolking_jaargemiddelde' && r.jaar === '2020'))
    .map((r) => {
      const measure = SERIES_MEASURES[r.maat!]!;
      // Labour force is published in thousands; stored in persons like the older table.
      const value = r.eenheid!.startsWith('x 1 000') ? Number(r.waarde) * 1000 : Number(r.waarde);
      return { jaar: Number(r.jaar), regio_code: r.regio_code!, bevolking: measure === 'bevolking' ? value : null, beroepsbevolking: measure === 'beroepsbevolking' ? value : null, cbs_tabel: r.cbs_tabel!, bron: r.bron_url! };
    });
  await trx
    .insertInto('cbs_regiocijfer')
    .values(cbs)
    .onConflict((oc) =>
      oc.columns(['jaar', 'regio_code', 'cbs_tabel']).doUpdateSet((eb) => ({
        bevolking: eb.fn.coalesce('excluded.bevolking', 'cbs_regiocijfer.bevolking'),
        beroepsbevolking: eb.fn.coalesce('excluded.beroepsbevolking', 'cbs_regiocijfer.beroepsbevolking'),
        bron: eb.ref('excluded.bron'),
      })),
    )
    .execute();

  const official = await readReferenceCsv('rijkswerkgelegenheid_officieel.csv', ['peildatum', 'maat', 'waarde', 'soort', 'kamerstuk', 'kamerstuk_datum', 'bron', 'opmerking']);
  await trx
    .insertInto('rijkswerkgelegenheid_officieel')
    .values(official.map((r) => ({
      peildatum: r.peildatum!,
      maat: r.maat as OfficialMeasure,
      waarde: Number(r.waarde),
      soort: r.soort as 'gerapporteerd' | 'afgeleid',
      kamerstuk: r.kamerstuk || null,
      kamerstuk_datum: r.kamerstuk_datum || null,
      bron: r.bron!,
      opmerking: r.opmerking || null,
    })))
    .onConflict((oc) =>
      oc.columns(['peildatum', 'maat']).doUpdateSet((eb) => ({
        waarde: eb.ref('excluded.waarde'),
        soort: eb.ref('excluded.soort'),
        kamerstuk: eb.ref('excluded.kamerstuk'),
        kamerstuk_datum: eb.ref('excluded.kamerstuk_datum'),
        bron: eb.ref('excluded.bron'),
        opmerking: eb.ref('excluded.opmerking'),
      })),
    )
    .execute();
}
