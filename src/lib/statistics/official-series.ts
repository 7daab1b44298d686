import type { Kysely } from 'kysely';
import type { OfficialMeasure } from '../db/schema-figures.ts';
import type { DB } from '../db/schema.ts';
import { formatDutchDate } from '../format/date-format.ts';

/** One figure of the official national series as BZK reported it to parliament. */
export interface OfficialFigure {
  peildatum: string;
  maat: OfficialMeasure;
  waarde: number;
  soort: 'gerapporteerd' | 'afgeleid';
  kamerstuk: string | null;
  kamerstukDatum: string | null;
  bron: string;
  opmerking: string | null;
}

/** Every official figure, by peildatum and measure. */
export async function loadOfficialFigures(db: Kysely<DB>): Promise<OfficialFigure[]> {
  const rows = await db.selectFrom('rijkswerkgelegenheid_officieel').selectAll().orderBy('peildatum').orderBy('maat').execute();
  return rows.map((r) => ({ peildatum: r.peildatum, maat: r.maat, waarde: Number(r.waarde), soort: r.soort, kamerstuk: r.kamerstuk, kamerstukDatum: r.kamerstuk_datum, bron: r.bron, opmerking: r.opmerking }));
}

/** How a figure is cited in Dutch: "Kamerstuk 31490-347 van 25 oktober 2024", "Kamerstuk 31490-307", or null. */
export function kamerstukCitation(figure: Pick<OfficialFigure, 'kamerstuk' | 'kamerstukDatum'>): string | null {
  if (!figure.kamerstuk) return null;
  return `Kamerstuk ${figure.kamerstuk}${figure.kamerstukDatum ? ` van ${formatDutchDate(figure.kamerstukDatum)}` : ''}`;
}

/** The official figure of one measure on one peildatum, or null. */
export function officialFigure(figures: readonly OfficialFigure[], peildatum: string, maat: OfficialMeasure): OfficialFigure | null {
  return figures.find((f) => f.peildatum === peildatum && f.maat === maat) ?? null;
}

/**
 * The difference between a REAL inventory's national total and the official figure (inventory − official),
 * one decimal. Null for demo data: a demo split is made to match the official total and says nothing about it.
 */
export function differenceWithOfficial(inventoryFte: number, isDemo: boolean, official: OfficialFigure | null): number | null {
  if (isDemo || !official || official.maat !== 'fte_totaal') return null;
  return Math.round((inventoryFte - official.waarde) * 10) / 10;
}
