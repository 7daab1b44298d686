import { z } from 'zod';
import type { Sector } from '../db/schema.ts';
import { parseFteTenths } from './fte-tenths.ts';

/** The six sectors BZK distinguishes in the rijkswerkgelegenheid, in the order reports list them. */
export const SECTORS: readonly Sector[] = ['ministerie', 'politie', 'rechtspraak', 'dji', 'defensie', 'zbo'];

/** Other spellings of a sector seen in sources ('ministeries' is how BZK's tables write it). */
const SECTOR_ALIASES: Record<string, Sector> = { ministeries: 'ministerie', 'zelfstandige bestuursorganen': 'zbo', zbos: 'zbo', "zbo's": 'zbo' };

/** Columns the inventory CSV must have. */
export const INVENTORY_REQUIRED_COLUMNS = ['organisatie', 'fte'] as const;
/** Columns the inventory CSV may have; any other column is ignored and listed in the report. */
export const INVENTORY_KNOWN_COLUMNS = ['organisatie', 'sector', 'gemeente', 'provincie', 'fte', 'prognose_jaar', 'prognose_fte'] as const;

/** One valid inventory row before the reference checks (organisation, municipality and province existence). */
export interface InventoryRowInput {
  /** Organisation code, lower-cased. */
  organisatie: string;
  /** Sector as given, or null: then the organisation's own sector applies. */
  sector: Sector | null;
  /** CBS municipality code (GM####) or null when the row only names a province. */
  gemeente: string | null;
  /** CBS province code (PV##) or null when it follows from the municipality. */
  provincie: string | null;
  /** Fte in integer tenths (12,5 → 125). */
  fteTenths: number;
  prognoseJaar: number | null;
  prognoseFteTenths: number | null;
}

/** An optional text column: absent or empty → ''. */
const optionalText = z
  .string()
  .optional()
  .transform((value) => (value ?? '').trim());

const zFteTenths = z.string().transform((input, ctx) => {
  const result = parseFteTenths(input);
  if (result.ok) return result.value;
  ctx.addIssue({ code: 'custom', message: result.message });
  return z.NEVER;
});

const zOptionalFteTenths = optionalText.transform((input, ctx): number | null => {
  if (input === '') return null;
  const result = parseFteTenths(input);
  if (result.ok) return result.value;
  ctx.addIssue({ code: 'custom', message: result.message });
  return z.NEVER;
});

const zSector = optionalText.transform((input, ctx): Sector | null => {
  if (input === '') return null;
  const lower = input.toLowerCase();
  const sector = (SECTORS as readonly string[]).includes(lower) ? (lower as Sector) : SECTOR_ALIASES[lower];
  if (sector) return sector;
  ctx.addIssue({ code: 'custom', message: `Onbekende sector "${input.slice(0, 30)}". Kies uit: ${SECTORS.join(', ')} (of laat leeg voor de sector van de organisatie).` });
  return z.NEVER;
});

const zGemeente = optionalText.transform((input, ctx): string | null => {
  if (input === '') return null;
  // CBS codes are often exported without prefix or leading zeros (363 for GM0363).
  const match = /^(?:GM)?\s*(\d{1,4})$/i.exec(input);
  if (match) return `GM${match[1]!.padStart(4, '0')}`;
  ctx.addIssue({ code: 'custom', message: `Gemeentecode "${input.slice(0, 30)}" heeft niet de vorm van een CBS-code zoals GM0363.` });
  return z.NEVER;
});

const zProvincie = optionalText.transform((input, ctx): string | null => {
  if (input === '') return null;
  const match = /^PV\s*(\d{2})$/i.exec(input);
  if (match) return `PV${match[1]}`;
  ctx.addIssue({ code: 'custom', message: `Provinciecode "${input.slice(0, 30)}" heeft niet de vorm van een CBS-code zoals PV27.` });
  return z.NEVER;
});

const zPrognoseJaar = optionalText.transform((input, ctx): number | null => {
  if (input === '') return null;
  if (/^\d{4}$/.test(input)) {
    const year = Number(input);
    if (year >= 2000 && year <= 2100) return year;
  }
  ctx.addIssue({ code: 'custom', message: `Prognosejaar "${input.slice(0, 30)}" is geen jaartal tussen 2000 en 2100.` });
  return z.NEVER;
});

/**
 * Zod schema for one CSV row of an inventory (values already trimmed by the reader). Checks form only;
 * whether codes exist, duplicates and the municipality–province match are checked by the importer.
 */
export const inventoryRowSchema = z
  .object({
    organisatie: z
      .string({ error: 'Organisatiecode ontbreekt.' })
      .transform((value) => value.trim().toLowerCase())
      .refine((value) => value !== '', { message: 'Organisatiecode ontbreekt.' }),
    sector: zSector,
    gemeente: zGemeente,
    provincie: zProvincie,
    fte: zFteTenths,
    prognose_jaar: zPrognoseJaar,
    prognose_fte: zOptionalFteTenths,
  })
  .superRefine((row, ctx) => {
    if (row.gemeente === null && row.provincie === null) {
      ctx.addIssue({ code: 'custom', path: ['provincie'], message: 'Vul een provincie (PV-code) in als de gemeente leeg is.' });
    }
    if (row.prognose_jaar !== null && row.prognose_fte === null) {
      ctx.addIssue({ code: 'custom', path: ['prognose_fte'], message: 'Een prognosejaar zonder prognose-fte: vul beide in of laat beide leeg.' });
    }
    if (row.prognose_jaar === null && row.prognose_fte !== null) {
      ctx.addIssue({ code: 'custom', path: ['prognose_jaar'], message: 'Een prognose-fte zonder prognosejaar: vul beide in of laat beide leeg.' });
    }
  })
  .transform(
    (row): InventoryRowInput => ({
      organisatie: row.organisatie,
      sector: row.sector,
      gemeente: row.gemeente,
      provincie: row.provincie,
      fteTenths: row.fte,
      prognoseJaar: row.prognose_jaar,
      prognoseFteTenths: row.prognose_fte,
    }),
  );
