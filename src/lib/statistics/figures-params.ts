import { z } from 'zod';

export const INDICATORS = ['fte', 'aandeel', 'verschil', 'verschilPct', 'perDuizendInwoners', 'perDuizendBeroepsbevolking'] as const;
export type Indicator = (typeof INDICATORS)[number];
export const SECTORS = ['ministerie', 'politie', 'rechtspraak', 'dji', 'defensie', 'zbo'] as const;

/** Labels and units of the indicators, for legends, table headers and downloads. */
export const INDICATOR_LABELS: Record<Indicator, { nl: string; en: string; unit: string; coropAvailable: boolean }> = {
  fte: { nl: 'Fte', en: 'FTE', unit: 'fte', coropAvailable: true },
  aandeel: { nl: 'Aandeel in Nederland (%)', en: 'Share of national total (%)', unit: '%', coropAvailable: true },
  verschil: { nl: 'Verandering t.o.v. vorig jaar (fte)', en: 'Change vs previous year (FTE)', unit: 'fte', coropAvailable: true },
  verschilPct: { nl: 'Verandering t.o.v. vorig jaar (%)', en: 'Change vs previous year (%)', unit: '%', coropAvailable: true },
  perDuizendInwoners: { nl: 'Fte per 1.000 inwoners', en: 'FTE per 1,000 inhabitants', unit: 'per 1.000', coropAvailable: false },
  perDuizendBeroepsbevolking: { nl: 'Fte per 1.000 in de beroepsbevolking', en: 'FTE per 1,000 in the labour force', unit: 'per 1.000', coropAvailable: false },
};

/** The choices on the figures pages, from the query string. */
export const figuresParamsSchema = z.object({
  jaar: z.coerce.number().int().min(2000).max(2100).optional(),
  niveau: z.enum(['provincie', 'corop']).default('provincie'),
  indicator: z.enum(INDICATORS).default('fte'),
  sector: z.enum(SECTORS).optional(),
  sorteer: z.enum(['regio', 'waarde']).default('regio'),
  richting: z.enum(['op', 'af']).default('op'),
  trend: z.string().regex(/^(NL01|PV(2\d|3[01]))$/).default('NL01'),
});

/** Validated figures parameters. */
export type FiguresParams = z.infer<typeof figuresParamsSchema>;

/**
 * Parses the query string; unknown or invalid values fall back to their defaults on the pages
 * (the problems are returned for a notice), and are a 400 on the API.
 */
export function parseFiguresParams(params: URLSearchParams): { params: FiguresParams; problems: { name: string; reason: string }[] } {
  const raw = Object.fromEntries([...params.entries()].filter(([, v]) => v !== ''));
  const parsed = figuresParamsSchema.safeParse(raw);
  if (parsed.success) {
    const problems = parsed.data.niveau === 'corop' && !INDICATOR_LABELS[parsed.data.indicator].coropAvailable ? [{ name: 'indicator', reason: 'per 1.000 inwoners of beroepsbevolking bestaat alleen per provincie' }] : [];
    return { params: problems.length ? { ...parsed.data, indicator: 'fte' } : parsed.data, problems };
  }
  const problems = parsed.error.issues.map((i) => ({ name: String(i.path[0] ?? 'parameter'), reason: i.message }));
  const cleaned = Object.fromEntries(Object.entries(raw).filter(([k]) => !problems.some((p) => p.name === k)));
  return { params: figuresParamsSchema.parse(cleaned), problems };
}
