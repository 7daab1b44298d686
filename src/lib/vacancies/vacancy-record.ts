import { sql, type Kysely } from 'kysely';
import type { DB, Sector, Vacature } from '../db/schema.ts';

/** The vacancy columns pages and the index read; never the generated full-text vector (large, unused). */
const VACANCY_COLUMNS = [
  'vacature.id', 'vacature.organisatie_code', 'vacature.kenmerk', 'vacature.slug', 'vacature.titel', 'vacature.samenvatting',
  'vacature.beschrijving_html', 'vacature.schaal_min', 'vacature.schaal_max', 'vacature.salaris_min', 'vacature.salaris_max',
  'vacature.uren_min', 'vacature.uren_max', 'vacature.opleidingsniveau', 'vacature.vakgebied', 'vacature.contract', 'vacature.werkwijze',
  'vacature.vanaf_rijksontmoetingsplein', 'vacature.gepubliceerd_op', 'vacature.sluitingsdatum', 'vacature.status', 'vacature.is_demo',
  'vacature.inhoud_hash', 'vacature.aangemaakt_op', 'vacature.gewijzigd_op',
] as const;

/** A vacancy with its organisation and standplaatsen, as pages, feeds and the index need it. */
export interface VacancyRecord extends Omit<Vacature, 'zoekvector'> {
  organisatieNaam: string;
  sector: Sector;
  locaties: { gemeenteCode: string; gemeenteNaam: string; provincieCode: string; provincieNaam: string; coropCode: string; lat: number; lon: number }[];
}

/**
 * Loads vacancies with organisation and locations in two queries (no N+1).
 * @example loadVacancyRecords(db, { ids: ['…'] })
 *   -- select … from vacature join organisatie … where vacature.id in (…)
 *   -- select … from vacature_locatie join gemeente … where vacature_id in (…)
 */
export async function loadVacancyRecords(
  db: Kysely<DB>,
  where: { ids?: string[]; slug?: string; openOnly?: boolean; limit?: number; afterId?: string },
): Promise<VacancyRecord[]> {
  let query = db
    .selectFrom('vacature')
    .innerJoin('organisatie', 'organisatie.code', 'vacature.organisatie_code')
    .select(VACANCY_COLUMNS)
    .select(['organisatie.naam as organisatieNaam', 'organisatie.sector as sector'])
    // PostgreSQL stores years up to 5874897 and BC dates. Input validation keeps them out, but one such row from
    // before that (or from a manual edit) must not take pages, the index or start-up down: such rows are skipped
    // here, in SQL, so batched readers (the index rebuild pages by id) never see a short or empty batch.
    .where('vacature.sluitingsdatum', '>=', sql<string>`date '0001-01-01'`)
    .where('vacature.sluitingsdatum', '<=', sql<string>`date '9999-12-31'`)
    .where('vacature.gepubliceerd_op', '>=', sql<string>`date '0001-01-01'`)
    .where('vacature.gepubliceerd_op', '<=', sql<string>`date '9999-12-31'`)
    .orderBy('vacature.id');
  if (where.ids) {
    if (where.ids.length === 0) return [];
    query = query.where('vacature.id', 'in', where.ids);
  }
  if (where.slug) query = query.where('vacature.slug', '=', where.slug);
  if (where.openOnly) query = query.where('vacature.status', '=', 'open');
  if (where.afterId) query = query.where('vacature.id', '>', where.afterId);
  if (where.limit) query = query.limit(where.limit);
  const rows = await query.execute();
  if (rows.length === 0) return [];
  const locations = await db
    .selectFrom('vacature_locatie')
    .innerJoin('gemeente', 'gemeente.code', 'vacature_locatie.gemeente_code')
    .innerJoin('provincie', 'provincie.code', 'gemeente.provincie_code')
    .select(['vacature_locatie.vacature_id', 'gemeente.code', 'gemeente.naam', 'gemeente.provincie_code', 'provincie.naam as provincie_naam', 'gemeente.corop_code', 'gemeente.lat', 'gemeente.lon'])
    .where('vacature_locatie.vacature_id', 'in', rows.map((r) => r.id))
    .orderBy('gemeente.naam')
    .execute();
  const byVacancy = new Map<string, VacancyRecord['locaties']>();
  for (const l of locations) {
    const list = byVacancy.get(l.vacature_id) ?? [];
    list.push({ gemeenteCode: l.code, gemeenteNaam: l.naam, provincieCode: l.provincie_code, provincieNaam: l.provincie_naam, coropCode: l.corop_code, lat: l.lat, lon: l.lon });
    byVacancy.set(l.vacature_id, list);
  }
  return rows.map((r) => ({ ...r, locaties: byVacancy.get(r.id) ?? [] }));
}

