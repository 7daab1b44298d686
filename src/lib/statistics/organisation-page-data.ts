import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { DB, Sector } from '../db/schema.ts';
import { findComparisonSnapshot, findPublishedSnapshot, listPublishedPeildata, loadPublishedRows, usesDemoData, type SnapshotInfo } from './employment-queries.ts';
import { SECTORS } from './figures-params.ts';
import { organisationBreakdown, type OrganisationBreakdown, type OrganisationInfo } from './organisation-breakdown.ts';

/** The choices on /cijfers/organisaties (GET parameters; empty means "all"). */
export const organisationParamsSchema = z.object({
  jaar: z.coerce.number().int().min(2000).max(2100).optional(),
  regio: z.string().regex(/^(PV(2\d|3[01])|CR(0[1-9]|[1-3]\d|40))$/, 'kies een provincie of COROP-gebied').optional(),
  ministerie: z.string().regex(/^[a-z][a-z0-9-]{0,40}$/, 'onbekend ministerie').optional(),
  organisatie: z.string().regex(/^[a-z][a-z0-9-]{0,40}$/, 'onbekende organisatie').optional(),
  sector: z.enum(SECTORS).optional(),
});

/** Validated choices. */
export type OrganisationParams = z.infer<typeof organisationParamsSchema>;

/** Parses the query string; an invalid value is dropped and reported (the page shows it, "je" form). */
export function parseOrganisationParams(search: URLSearchParams): { params: OrganisationParams; problems: { name: string; reason: string }[] } {
  const raw = Object.fromEntries([...search.entries()].filter(([, v]) => v !== ''));
  const parsed = organisationParamsSchema.safeParse(raw);
  if (parsed.success) return { params: parsed.data, problems: [] };
  const problems = parsed.error.issues.map((i) => ({ name: String(i.path[0] ?? 'parameter'), reason: i.message }));
  return { params: organisationParamsSchema.parse(Object.fromEntries(Object.entries(raw).filter(([k]) => !problems.some((p) => p.name === k)))), problems };
}

/** What /cijfers/organisaties shows. */
export interface OrganisationPageData {
  years: number[];
  jaar: number | null;
  snapshot: SnapshotInfo | null;
  vorigeSnapshot: SnapshotInfo | null;
  voorbeeldgegevens: boolean;
  organisations: Map<string, OrganisationInfo>;
  breakdown: OrganisationBreakdown | null;
}

/**
 * Loads the organisation breakdown for the chosen year: the year's snapshot (real before demo) and the previous
 * year's of the SAME kind, so a change never compares real with demo data.
 */
export async function loadOrganisationPageData(db: Kysely<DB>, params: OrganisationParams): Promise<OrganisationPageData> {
  const [peildata, orgRows] = await Promise.all([listPublishedPeildata(db), db.selectFrom('organisatie').select(['code', 'naam', 'ministerie_code']).orderBy('naam').execute()]);
  const organisations = new Map(orgRows.map((o) => [o.code, { code: o.code, naam: o.naam, ministerieCode: o.ministerie_code ?? o.code }]));
  const years = peildata.map((p) => Number(p.slice(0, 4)));
  const jaar = params.jaar && years.includes(params.jaar) ? params.jaar : (years.at(-1) ?? null);
  if (jaar === null) return { years, jaar, snapshot: null, vorigeSnapshot: null, voorbeeldgegevens: false, organisations, breakdown: null };
  const snapshot = (await findPublishedSnapshot(db, `${jaar}-01-01`))!;
  const previous = await findComparisonSnapshot(db, snapshot);
  const [rows, previousRows] = await Promise.all([loadPublishedRows(db, snapshot.id), previous ? loadPublishedRows(db, previous.id) : Promise.resolve(null)]);
  const breakdown = organisationBreakdown(rows, previousRows, organisations, {
    regio: params.regio ?? null,
    ministerie: params.ministerie ?? null,
    organisatie: params.organisatie ?? null,
    sector: (params.sector ?? null) as Sector | null,
  });
  return { years, jaar, snapshot, vorigeSnapshot: previous, voorbeeldgegevens: usesDemoData([snapshot, previous]), organisations, breakdown };
}
