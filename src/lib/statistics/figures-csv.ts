import { toCsv } from '../import/formula-guard.ts';
import { UTF8_BOM } from '../import/row-report.ts';
import type { FiguresPageData } from './figures-page-data.ts';

/** Columns of the monitor's CSV download, in order. */
export const FIGURES_CSV_HEADER = [
  'peildatum', 'regio_code', 'regio_naam', 'sector', 'fte', 'aandeel_pct', 'verschil_fte', 'verschil_pct',
  'fte_per_1000_inwoners', 'inwoners_jaar', 'fte_per_1000_beroepsbevolking', 'beroepsbevolking_jaar',
  'snapshot_id', 'vorige_snapshot_id', 'voorbeeldgegevens',
] as const;

/**
 * The table of the monitor as CSV (semicolons, BOM for Excel, formula-safe). `voorbeeldgegevens` is derived
 * from every snapshot behind a row (the year and the year it is compared with), never from one alone.
 */
export function figuresCsv(data: FiguresPageData, sector: string | undefined): string {
  const report = data.report;
  const demo = report?.voorbeeldgegevens ? 'ja' : 'nee';
  const years = new Map(report?.provincies.map((p) => [p.regioCode, p]) ?? []);
  const rows = data.rows.map((r) => [
    `${data.jaar}-01-01`, r.code, r.naam, sector ?? 'alle', r.fte, r.aandeel, r.verschil, r.verschilPct,
    r.perDuizendInwoners, years.get(r.code)?.inwonersJaar ?? null, r.perDuizendBeroepsbevolking, years.get(r.code)?.beroepsbevolkingJaar ?? null,
    report?.snapshot.id ?? null, report?.vorigeSnapshot?.id ?? null, demo,
  ]);
  return UTF8_BOM + toCsv([[...FIGURES_CSV_HEADER], ...rows]);
}
