import { z } from 'zod';
import { codesOf, OPLEIDINGSNIVEAUS } from '../vacancies/vacancy-vocabulary.ts';
import { FASES } from './intake-vocabulary.ts';

const quarter = z.string().regex(/^\d{4}-Q[1-4]$/, 'een kwartaal schrijf je als 2026-Q1');
const list = z.preprocess((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]), z.array(z.string().max(60)).max(100));

/** The dashboard filters from the query string. */
export const dashboardParamsSchema = z.object({
  organisatie: list,
  van: quarter.optional(),
  tot: quarter.optional(),
  werkprovincie: z.preprocess((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]), z.array(z.string().regex(/^PV(2\d|3[01])$/, 'verwacht een CBS-provinciecode')).max(12)),
  vakgebied: list,
  opleidingsniveau: z.preprocess((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]), z.array(z.enum(codesOf(OPLEIDINGSNIVEAUS), 'onbekend opleidingsniveau')).max(OPLEIDINGSNIVEAUS.length)),
  fase: z.enum(FASES).default('sollicitatie'),
  /** Real data by default; the demo data only on this explicit switch, never both in one figure. */
  gegevens: z.enum(['echt', 'voorbeeld'], 'kies echt of voorbeeld').default('echt'),
});

/** Validated dashboard filters. */
export type DashboardParams = z.infer<typeof dashboardParamsSchema>;

// Keys that may be given more than once (?vakgebied=ict&vakgebied=data).
const REPEATABLE = ['organisatie', 'werkprovincie', 'vakgebied', 'opleidingsniveau'];

/** Reads repeated keys as arrays and validates them; invalid values are reported and dropped. */
export function parseDashboardParams(params: URLSearchParams): { params: DashboardParams; problems: { name: string; reason: string }[] } {
  const raw: Record<string, unknown> = {};
  for (const key of new Set(params.keys())) {
    const values = params.getAll(key).filter((v) => v !== '');
    if (values.length) raw[key] = REPEATABLE.includes(key) ? values : values[0];
  }
  const parsed = dashboardParamsSchema.safeParse(raw);
  if (parsed.success) return { params: parsed.data, problems: [] };
  const problems = parsed.error.issues.map((i) => ({ name: String(i.path[0] ?? 'parameter'), reason: i.message }));
  for (const p of problems) delete raw[p.name];
  return { params: dashboardParamsSchema.parse(raw), problems };
}
