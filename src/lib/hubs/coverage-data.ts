import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { WeightedMunicipality } from './hub-coverage.ts';

/** The latest CBS figure of a province, with the year and table it comes from. */
export interface ProvinceFigure {
  waarde: number;
  jaar: number;
  cbsTabel: string;
}

/**
 * Municipalities weighted for coverage. The reference data has no inhabitants per municipality
 * (see db/SOURCES.md), so the weight is the number of 4-digit postcode areas in the municipality:
 * a proxy for where people live, said wherever the coverage is shown.
 */
export async function weightedMunicipalities(db: Kysely<DB>): Promise<WeightedMunicipality[]> {
  const rows = await db
    .selectFrom('gemeente as g')
    .leftJoin('pc4 as p', 'p.gemeente_code', 'g.code')
    .select(['g.code', 'g.naam', 'g.provincie_code', 'g.lat', 'g.lon'])
    .select((eb) => eb.fn.count<number>('p.pc4').as('n'))
    .groupBy(['g.code', 'g.naam', 'g.provincie_code', 'g.lat', 'g.lon'])
    .orderBy('g.code')
    .execute();
  return rows.map((r) => ({ code: r.code, naam: r.naam, provincieCode: r.provincie_code, lat: r.lat, lon: r.lon, weight: Number(r.n) }));
}

/** Latest population and labour force per province (CBS), for turning shares into people. */
export async function provinceFigures(db: Kysely<DB>): Promise<Map<string, { bevolking: ProvinceFigure | null; beroepsbevolking: ProvinceFigure | null }>> {
  const rows = await db.selectFrom('cbs_regiocijfer').selectAll().where('regio_code', 'like', 'PV%').orderBy('jaar', 'desc').execute();
  const out = new Map<string, { bevolking: ProvinceFigure | null; beroepsbevolking: ProvinceFigure | null }>();
  for (const r of rows) {
    const entry = out.get(r.regio_code) ?? { bevolking: null, beroepsbevolking: null };
    if (!entry.bevolking && r.bevolking !== null) entry.bevolking = { waarde: r.bevolking, jaar: r.jaar, cbsTabel: r.cbs_tabel };
    if (!entry.beroepsbevolking && r.beroepsbevolking !== null) entry.beroepsbevolking = { waarde: r.beroepsbevolking, jaar: r.jaar, cbsTabel: r.cbs_tabel };
    out.set(r.regio_code, entry);
  }
  return out;
}
