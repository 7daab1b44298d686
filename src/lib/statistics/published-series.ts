import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import { kamerstukCitation, loadOfficialFigures, officialFigure, type OfficialFigure } from './official-series.ts';

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
  /** The official figure with its Kamerstuk, when the official series has this year. */
  officieel: OfficialFigure | null;
  /** "Kamerstuk 31490-347 van 25 oktober 2024", or null where no Kamerstuk is known. */
  kamerstuk: string | null;
  /** The official Randstad share of the growth up to this peildatum (percent), when reported. */
  randstadAandeelGroei: OfficialFigure | null;
}

/** All published figures (national totals and the few province figures found), oldest first. */
export async function loadPublishedFigures(db: Kysely<DB>): Promise<PublishedFigure[]> {
  const rows = await db.selectFrom('rijkswerkgelegenheid_gepubliceerd').selectAll().orderBy('peildatum').orderBy('regio_code').orderBy('sector').execute();
  return rows.map((r) => ({ peildatum: r.peildatum, regioCode: r.regio_code, sector: r.sector, fte: Number(r.fte), opmerking: r.opmerking, bron: r.bron }));
}

/**
 * The national totals as a series with year-on-year change, computed only between consecutive published years,
 * each with its Kamerstuk from the official series; the source URL is the Kamerstuk's where there is one.
 */
export function nationalSeries(figures: PublishedFigure[], official: readonly OfficialFigure[] = []): PublishedNationalYear[] {
  const totals = figures.filter((f) => f.regioCode === 'NL01' && f.sector === 'totaal').sort((a, b) => a.peildatum.localeCompare(b.peildatum));
  return totals.map((f, i) => {
    const previous = totals[i - 1];
    const consecutive = previous && Number(previous.peildatum.slice(0, 4)) === Number(f.peildatum.slice(0, 4)) - 1;
    const verschil = consecutive ? Math.round((f.fte - previous.fte) * 10) / 10 : null;
    const officieel = officialFigure(official, f.peildatum, 'fte_totaal');
    return {
      ...f,
      bron: officieel?.kamerstuk ? officieel.bron : f.bron,
      verschil,
      verschilPct: consecutive && previous.fte ? Math.round(((f.fte - previous.fte) / previous.fte) * 1000) / 10 : null,
      officieel,
      kamerstuk: officieel ? kamerstukCitation(officieel) : null,
      randstadAandeelGroei: officialFigure(official, f.peildatum, 'randstad_aandeel_groei_pct'),
    };
  });
}

/** The official national series with Kamerstukken, from the database (see {@link nationalSeries}). */
export async function loadNationalSeries(db: Kysely<DB>): Promise<PublishedNationalYear[]> {
  const [published, official] = await Promise.all([loadPublishedFigures(db), loadOfficialFigures(db)]);
  return nationalSeries(published, official);
}
