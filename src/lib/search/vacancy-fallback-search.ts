import { sql, type Expression, type ExpressionBuilder, type Kysely, type SqlBool } from 'kysely';
import type { DB } from '../db/schema.ts';
import { amsterdamDate } from '../time/amsterdam-time.ts';
import { VACANCY_FACETS, type VacancyFacet } from './vacancy-index-settings.ts';
import { activeFacets, locationCodes } from './vacancy-filter.ts';
import type { SearchLocation } from './search-location.ts';
import type { VacancySearchCriteria } from './vacancy-search-params.ts';
import type { VacancyHit, VacancySearchResult } from './vacancy-search-result.ts';
import { nearestDistance } from './vacancy-search.ts';

type Eb = ExpressionBuilder<DB, 'vacature'>;

const FACET_COLUMNS = {
  organisatieCode: 'organisatie_code',
  vakgebied: 'vakgebied',
  opleidingsniveau: 'opleidingsniveau',
  contract: 'contract',
  werkwijze: 'werkwijze',
} as const;

/** The WHERE clause of a search in SQL, optionally without one facet's own selection. */
function conditions(eb: Eb, c: VacancySearchCriteria, location: SearchLocation | null, today: string, except?: VacancyFacet, createdAfter?: Date): Expression<SqlBool> {
  const and: Expression<SqlBool>[] = [eb('vacature.status', '=', 'open'), eb('vacature.sluitingsdatum', '>=', today)];
  if (createdAfter) and.push(eb('vacature.aangemaakt_op', '>', createdAfter));
  if (c.q) {
    const pattern = `%${c.q.replace(/[%_\\]/g, (m) => `\\${m}`)}%`;
    // websearch_to_tsquery handles stemming; ILIKE catches parts of compounds ("beveiliging").
    and.push(eb.or([sql<SqlBool>`vacature.zoekvector @@ websearch_to_tsquery('dutch', ${c.q})`, eb('vacature.titel', 'ilike', pattern)]));
  }
  const locatedIn = (codes: string[], column: 'gemeente.provincie_code' | 'gemeente.code') =>
    eb.exists(
      eb.selectFrom('vacature_locatie').innerJoin('gemeente', 'gemeente.code', 'vacature_locatie.gemeente_code').select(sql`1`.as('x'))
        .whereRef('vacature_locatie.vacature_id', '=', 'vacature.id').where(column, 'in', codes),
    );
  if (c.provincies.length && except !== 'provincieCodes') and.push(locatedIn(c.provincies, 'gemeente.provincie_code'));
  const codes = locationCodes(c, location, except);
  if (codes) and.push(codes.length ? locatedIn(codes, 'gemeente.code') : sql<SqlBool>`false`);
  const lists: [VacancyFacet, keyof typeof FACET_COLUMNS, string[]][] = [
    ['organisatieCode', 'organisatieCode', c.organisaties],
    ['vakgebied', 'vakgebied', c.vakgebieden],
    ['opleidingsniveau', 'opleidingsniveau', c.opleidingsniveaus],
    ['contract', 'contract', c.contracten],
    ['werkwijze', 'werkwijze', c.werkwijzen],
  ];
  for (const [facet, key, values] of lists) if (values.length && except !== facet) and.push(eb(`vacature.${FACET_COLUMNS[key]}`, 'in', values));
  if (c.rijksontmoetingsplein && except !== 'vanafRijksontmoetingsplein') and.push(eb('vacature.vanaf_rijksontmoetingsplein', '=', true));
  if (c.schaalMin !== null) and.push(eb('vacature.schaal_max', '>=', c.schaalMin));
  if (c.schaalMax !== null) and.push(eb('vacature.schaal_min', '<=', c.schaalMax));
  if (c.salarisMin !== null) and.push(eb('vacature.salaris_max', '>=', c.salarisMin));
  if (c.urenMin !== null) and.push(eb('vacature.uren_max', '>=', c.urenMin));
  if (c.urenMax !== null) and.push(eb('vacature.uren_min', '<=', c.urenMax));
  return eb.and(and);
}

async function facetCounts(db: Kysely<DB>, facet: VacancyFacet, where: (eb: Eb) => Expression<SqlBool>): Promise<Record<string, number>> {
  let rows: { value: string; n: number }[];
  if (facet === 'provincieCodes') {
    rows = await db
      .selectFrom('vacature')
      .innerJoin('vacature_locatie', 'vacature_locatie.vacature_id', 'vacature.id')
      .innerJoin('gemeente', 'gemeente.code', 'vacature_locatie.gemeente_code')
      .select(['gemeente.provincie_code as value', sql<number>`count(distinct vacature.id)`.as('n')])
      .where((eb) => where(eb as unknown as Eb))
      .groupBy('gemeente.provincie_code')
      .execute();
  } else if (facet === 'vanafRijksontmoetingsplein') {
    const raw = await db.selectFrom('vacature').select(['vanaf_rijksontmoetingsplein as value', sql<number>`count(*)`.as('n')]).where(where).groupBy('vanaf_rijksontmoetingsplein').execute();
    rows = raw.map((r) => ({ value: String(r.value), n: r.n }));
  } else {
    const column = FACET_COLUMNS[facet];
    rows = (await db.selectFrom('vacature').select([`${column} as value`, sql<number>`count(*)`.as('n')]).where(where).groupBy(column).execute()) as { value: string; n: number }[];
  }
  return Object.fromEntries(rows.map((r) => [r.value, Number(r.n)]));
}

/**
 * The same search in PostgreSQL: used when Meilisearch cannot be reached, and as the peer in the
 * benchmark. Simpler ranking (full-text rank, then newest); same filters, totals and disjunctive facets.
 */
export async function searchVacanciesInDatabase(
  db: Kysely<DB>,
  c: VacancySearchCriteria,
  location: SearchLocation | null,
  now: Date = new Date(),
  options: { createdAfter?: Date } = {},
): Promise<VacancySearchResult> {
  const started = performance.now();
  const today = amsterdamDate(now);
  // createdAfter: only vacancies stored after that moment (the "new since the last mail" of an alert).
  const where = (except?: VacancyFacet) => (eb: Eb) => conditions(eb, c, location, today, except, options.createdAfter);
  const active = activeFacets(c);
  let query = db
    .selectFrom('vacature')
    .innerJoin('organisatie', 'organisatie.code', 'vacature.organisatie_code')
    .select([
      'vacature.id', 'vacature.slug', 'vacature.titel', 'vacature.samenvatting', 'organisatie.naam as organisatie', 'vacature.organisatie_code',
      'vacature.schaal_min', 'vacature.schaal_max', 'vacature.salaris_min', 'vacature.salaris_max', 'vacature.uren_min', 'vacature.uren_max',
      'vacature.opleidingsniveau', 'vacature.vakgebied', 'vacature.contract', 'vacature.werkwijze', 'vacature.vanaf_rijksontmoetingsplein',
      'vacature.gepubliceerd_op', 'vacature.sluitingsdatum', 'vacature.is_demo',
    ])
    .where(where());
  switch (c.sorteer) {
    case 'nieuwste': query = query.orderBy('vacature.gepubliceerd_op', 'desc'); break;
    case 'sluitend': query = query.orderBy('vacature.sluitingsdatum', 'asc'); break;
    case 'salaris': query = query.orderBy('vacature.salaris_max', 'desc'); break;
    case 'afstand':
      if (location?.within.length) {
        const distances = sql.join(location.within.map((w) => sql`(${w.code}, ${w.km}::float8)`));
        query = query.orderBy(sql`(select min(d.km) from vacature_locatie vl join (values ${distances}) as d(code, km) on d.code = vl.gemeente_code where vl.vacature_id = vacature.id)`, 'asc');
      }
      break;
    default:
      if (c.q) query = query.orderBy(sql`ts_rank(vacature.zoekvector, websearch_to_tsquery('dutch', ${c.q}))`, 'desc');
  }
  query = query.orderBy('vacature.gepubliceerd_op', 'desc').orderBy('vacature.id');
  const [rows, totalRow, ...facetList] = await Promise.all([
    query.limit(c.paginaGrootte).offset((c.pagina - 1) * c.paginaGrootte).execute(),
    db.selectFrom('vacature').select(sql<number>`count(*)`.as('n')).where(where()).executeTakeFirstOrThrow(),
    ...VACANCY_FACETS.map((facet) => facetCounts(db, facet, where(active.includes(facet) ? facet : undefined))),
  ]);
  const locations = rows.length
    ? await db.selectFrom('vacature_locatie').innerJoin('gemeente', 'gemeente.code', 'vacature_locatie.gemeente_code')
        .select(['vacature_locatie.vacature_id', 'gemeente.code', 'gemeente.naam', 'gemeente.provincie_code'])
        .where('vacature_locatie.vacature_id', 'in', rows.map((r) => r.id)).orderBy('gemeente.naam').execute()
    : [];
  const hits: VacancyHit[] = rows.map((r) => {
    const own = locations.filter((l) => l.vacature_id === r.id);
    const gemeenteCodes = own.map((l) => l.code);
    return {
      id: r.id, slug: r.slug, titel: r.titel, samenvatting: r.samenvatting, organisatie: r.organisatie, organisatieCode: r.organisatie_code,
      plaatsen: own.map((l) => l.naam), gemeenteCodes, provincieCodes: [...new Set(own.map((l) => l.provincie_code))],
      schaalMin: r.schaal_min, schaalMax: r.schaal_max, salarisMin: r.salaris_min, salarisMax: r.salaris_max, urenMin: r.uren_min, urenMax: r.uren_max,
      opleidingsniveau: r.opleidingsniveau, vakgebied: r.vakgebied, contract: r.contract, werkwijze: r.werkwijze,
      vanafRijksontmoetingsplein: r.vanaf_rijksontmoetingsplein, gepubliceerdOp: r.gepubliceerd_op, sluitingsdatum: r.sluitingsdatum, isDemo: r.is_demo,
      afstandKm: nearestDistance(gemeenteCodes, location),
    };
  });
  const total = Number(totalRow.n);
  return {
    engine: 'postgresql',
    total,
    pagina: c.pagina,
    paginaGrootte: c.paginaGrootte,
    aantalPaginas: Math.max(1, Math.ceil(total / c.paginaGrootte)),
    hits,
    facets: Object.fromEntries(VACANCY_FACETS.map((f, i) => [f, facetList[i] ?? {}])) as Record<VacancyFacet, Record<string, number>>,
    processingTimeMs: Math.round(performance.now() - started),
  };
}
