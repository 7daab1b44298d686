import type { APIRoute } from 'astro';
import { z } from 'zod';
import { getConfig } from '../../../../lib/config/config.ts';
import { jsonResponse, parseQuery, problemResponse } from '../../../../lib/http/problem.ts';
import { getDatabase, getReferenceLookups } from '../../../../lib/runtime/app-context.ts';
import { employmentJson } from '../../../../lib/statistics/employment-json.ts';
import { loadEmploymentReport } from '../../../../lib/statistics/employment-queries.ts';
import { SECTORS } from '../../../../lib/statistics/figures-params.ts';
import { loadNationalSeries } from '../../../../lib/statistics/published-series.ts';

const querySchema = z.strictObject({
  jaar: z.coerce.number('jaar moet een jaartal zijn').int().min(2000, 'jaar vanaf 2000').max(2100, 'jaar tot 2100'),
  sector: z.enum(SECTORS, `kies uit ${SECTORS.join(', ')}`).optional(),
  niveau: z.enum(['provincie', 'corop'], 'kies provincie of corop').default('provincie'),
});

/** GET /api/v1/statistieken/rijkswerkgelegenheid?jaar=2024[&sector=…][&niveau=provincie|corop] */
export const GET: APIRoute = async ({ url }) => {
  const parsed = parseQuery(querySchema, url.searchParams);
  if (!parsed.ok) return parsed.response;
  const [{ db }, lookups] = await Promise.all([getDatabase(), getReferenceLookups()]);
  const { jaar, sector, niveau } = parsed.data;
  const report = await loadEmploymentReport(db, { peildatum: `${jaar}-01-01`, sector: sector ?? null, randstadProvinces: getConfig().RANDSTAD_PROVINCES });
  if (!report) return problemResponse({ title: 'Geen cijfers', status: 404, detail: `Er is geen gepubliceerde inventarisatie voor 1 januari ${jaar}.` });
  const names = niveau === 'provincie' ? new Map(lookups.catalog.provinces.map((p) => [p.code, p.naam])) : new Map(lookups.catalog.corop.map((c) => [c.code, c.naam]));
  const official = sector ? null : ((await loadNationalSeries(db)).find((n) => n.peildatum === `${jaar}-01-01`) ?? null);
  return jsonResponse(employmentJson(report, niveau, names, official), { headers: { 'Cache-Control': 'public, max-age=300' } });
};
