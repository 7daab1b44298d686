import { z } from 'zod';
import { vacancyDateIssues } from './vacancy-dates.ts';
import { CONTRACTEN, OPLEIDINGSNIVEAUS, VACATURE_STATUSSEN, VAKGEBIEDEN, WERKWIJZEN, codesOf } from './vacancy-vocabulary.ts';

const isoDate = z.iso.date('verwacht een datum als JJJJ-MM-DD');
const int = (min: number, max: number) => z.coerce.number('verwacht een getal').int('verwacht een geheel getal').min(min, `minimaal ${min}`).max(max, `hoogstens ${max}`);
// The union needs its own message: zod reports a failed union as the English "Invalid input".
const bool = z.union([z.boolean(), z.enum(['ja', 'nee', 'true', 'false', '1', '0', ''], 'verwacht ja of nee').transform((v) => v === 'ja' || v === 'true' || v === '1')], 'verwacht ja of nee');

/**
 * A vacancy as publishers send it (API body, JSON import, CSV row). `standplaatsen` are CBS
 * municipality codes or names; the caller resolves them. Field names are camelCase (API rules).
 */
export const vacancyInputSchema = z
  .object({
    kenmerk: z.string().trim().min(1, 'verplicht').max(60, 'hoogstens 60 tekens').regex(/^[\w.\-/ ]+$/, 'alleen letters, cijfers en . - / _'),
    titel: z.string().trim().min(3, 'minimaal 3 tekens').max(160, 'hoogstens 160 tekens'),
    samenvatting: z.string().trim().min(10, 'minimaal 10 tekens').max(600, 'hoogstens 600 tekens'),
    beschrijving: z.string().trim().min(20, 'minimaal 20 tekens').max(30_000, 'hoogstens 30.000 tekens'),
    standplaatsen: z.array(z.string().trim().min(2)).min(1, 'minimaal één standplaats').max(10, 'hoogstens 10 standplaatsen'),
    schaalMin: int(1, 18),
    schaalMax: int(1, 18),
    salarisMin: int(500, 20_000),
    salarisMax: int(500, 20_000),
    urenMin: int(1, 40),
    urenMax: int(1, 40),
    opleidingsniveau: z.enum(codesOf(OPLEIDINGSNIVEAUS), `kies uit ${codesOf(OPLEIDINGSNIVEAUS).join(', ')}`),
    vakgebied: z.enum(codesOf(VAKGEBIEDEN), `kies uit ${codesOf(VAKGEBIEDEN).join(', ')}`),
    contract: z.enum(codesOf(CONTRACTEN), `kies uit ${codesOf(CONTRACTEN).join(', ')}`),
    werkwijze: z.enum(codesOf(WERKWIJZEN), `kies uit ${codesOf(WERKWIJZEN).join(', ')}`).default('niet-vermeld'),
    vanafRijksontmoetingsplein: bool.default(false),
    gepubliceerdOp: isoDate,
    sluitingsdatum: isoDate,
    status: z.enum(VACATURE_STATUSSEN, 'kies uit open, gesloten, vervuld').default('open'),
  })
  .superRefine((v, ctx) => {
    if (v.schaalMin > v.schaalMax) ctx.addIssue({ code: 'custom', path: ['schaalMax'], message: 'lager dan schaalMin' });
    if (v.salarisMin > v.salarisMax) ctx.addIssue({ code: 'custom', path: ['salarisMax'], message: 'lager dan salarisMin' });
    if (v.urenMin > v.urenMax) ctx.addIssue({ code: 'custom', path: ['urenMax'], message: 'lager dan urenMin' });
    if (v.sluitingsdatum < v.gepubliceerdOp) ctx.addIssue({ code: 'custom', path: ['sluitingsdatum'], message: 'ligt vóór de publicatiedatum' });
    // Checked against the clock at validation time, so a far-future date never reaches the database or the index.
    for (const issue of vacancyDateIssues(v)) ctx.addIssue({ code: 'custom', path: [issue.path], message: issue.message });
  });

/** A validated vacancy input. */
export type VacancyInput = z.output<typeof vacancyInputSchema>;

/** Turns a flat CSV record into the input shape: standplaatsen separated by "|". */
export function csvRecordToVacancyInput(record: Record<string, string>): Record<string, unknown> {
  const { standplaatsen, ...rest } = record;
  return { ...rest, standplaatsen: (standplaatsen ?? '').split('|').map((s) => s.trim()).filter(Boolean) };
}

/** The CSV columns of the vacancy import format. */
export const VACANCY_CSV_COLUMNS = ['kenmerk', 'titel', 'samenvatting', 'beschrijving', 'standplaatsen', 'schaalMin', 'schaalMax', 'salarisMin', 'salarisMax', 'urenMin', 'urenMax', 'opleidingsniveau', 'vakgebied', 'contract', 'werkwijze', 'vanafRijksontmoetingsplein', 'gepubliceerdOp', 'sluitingsdatum', 'status'];
export const VACANCY_CSV_REQUIRED = ['kenmerk', 'titel', 'samenvatting', 'beschrijving', 'standplaatsen', 'schaalMin', 'schaalMax', 'salarisMin', 'salarisMax', 'urenMin', 'urenMax', 'opleidingsniveau', 'vakgebied', 'contract', 'gepubliceerdOp', 'sluitingsdatum'];
