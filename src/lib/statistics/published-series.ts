import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';

/** One figure as BZK or CBS published it, with its source. */
export interface PublishedFigure {
  peildatum: string;
  regioCode: string;
  sector: string;
  fte: number;
  opmerking: string | null;
  bron: string;
}

/** The official national series: total fte on 1 January, with change vs the year before (computed from the series). */
export interface PublishedNationalYear extends PublishedFigure {
  verschil: number | null;
  verschilPct: number | null;
}

/** All published figures (national totals and the few province figures found), oldest first. */
export async function loadPublishedFigures(db: Kysely<DB>): Promise<PublishedFigure[]> {
  const rows = await db.selectFrom('rijkswerkgelegenheid_gepubliceerd').selectAll().orderBy('peildatum').orderBy('regio_code').orderBy('sector').execute();
  return rows.map((r) => ({ peildatum: r.peildatum, regioCode: r.regio_code, sector: r.sector, fte: Number(r.fte), opmerking: r.opmerking, bron: r.bron }));
}

/** The national totals as a series with year-on-year change, computed only between consecutive published years. */
export function nationalSeries(figures: PublishedFigure[]): PublishedNationalYear[] {
  const totals = figures.filter((f) => f.regioCode === 'NL01' && f.sector === 'totaal').sort((a, b) => a.peildatum.localeCompare(b.peildatum));
  return totals.map((f, i) => {
    const previous = totals[i - 1];
    const consecutive = previous && Number(previous.peildatum.slice(0, 4)) === Number(f.peildatum.slice(0, 4)) - 1;
    const verschil = consecutive ? Math.round((f.fte - previous.fte) * 10) / 10 : null;
    return { ...f, verschil, verschilPct: consecutive && previous.fte ? Math.round(((f.fte - previous.fte) / previous.fte) * 1000) / 10 : null };
  });
}
