import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';

/** A province with its display name and slug. */
export interface ProvinceSummary {
  code: string;
  naam: string;
  slug: string;
  isoCode: string;
}

/** Everything the province page shows from the database. */
export interface ProvinceDetail extends ProvinceSummary {
  corop: { code: string; naam: string; gemeenten: { code: string; naam: string }[] }[];
  rijksontmoetingspleinen: { plaats: string; gemeenteCode: string; status: string; opmerking: string | null; bron: string }[];
  bevolking: { jaar: number; waarde: number; cbsTabel: string; bron: string } | null;
  beroepsbevolking: { jaar: number; waarde: number; cbsTabel: string; bron: string } | null;
}

/** All 12 provinces in CBS code order. */
export async function listProvinces(db: Kysely<DB>): Promise<ProvinceSummary[]> {
  const rows = await db.selectFrom('provincie').selectAll().orderBy('code').execute();
  return rows.map((r) => ({ code: r.code, naam: r.naam, slug: r.slug, isoCode: r.iso_code }));
}

/** A province by its URL slug, with COROP regions, municipalities, hubs and the latest CBS figures; null when unknown. */
export async function getProvinceBySlug(db: Kysely<DB>, slug: string): Promise<ProvinceDetail | null> {
  const province = await db.selectFrom('provincie').selectAll().where('slug', '=', slug).executeTakeFirst();
  if (!province) return null;
  const [coropRows, gemeenten, pleinen, figures] = await Promise.all([
    db.selectFrom('corop').select(['code', 'naam']).where('provincie_code', '=', province.code).orderBy('naam').execute(),
    db.selectFrom('gemeente').select(['code', 'naam', 'corop_code']).where('provincie_code', '=', province.code).orderBy('naam').execute(),
    db
      .selectFrom('rijksontmoetingsplein')
      .innerJoin('gemeente', 'gemeente.code', 'rijksontmoetingsplein.gemeente_code')
      .select(['plaats', 'gemeente_code', 'status', 'opmerking', 'bron'])
      .where('gemeente.provincie_code', '=', province.code)
      .orderBy('plaats')
      .execute(),
    db.selectFrom('cbs_regiocijfer').selectAll().where('regio_code', '=', province.code).orderBy('jaar', 'desc').execute(),
  ]);
  const latest = (field: 'bevolking' | 'beroepsbevolking') => {
    const row = figures.find((f) => f[field] !== null);
    return row ? { jaar: row.jaar, waarde: row[field] as number, cbsTabel: row.cbs_tabel, bron: row.bron } : null;
  };
  return {
    code: province.code,
    naam: province.naam,
    slug: province.slug,
    isoCode: province.iso_code,
    corop: coropRows.map((c) => ({
      code: c.code,
      naam: c.naam,
      gemeenten: gemeenten.filter((g) => g.corop_code === c.code).map((g) => ({ code: g.code, naam: g.naam })),
    })),
    rijksontmoetingspleinen: pleinen.map((p) => ({ plaats: p.plaats, gemeenteCode: p.gemeente_code, status: p.status, opmerking: p.opmerking, bron: p.bron })),
    bevolking: latest('bevolking'),
    beroepsbevolking: latest('beroepsbevolking'),
  };
}
