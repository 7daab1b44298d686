import type { Kysely } from 'kysely';
import type { DB, Sector } from '../db/schema.ts';
import { listPublishedPeildata, loadEmploymentReport, loadProvinceSeries, type EmploymentReportWithSource, type SourcedRegionSeries } from './employment-queries.ts';
import { INDICATOR_LABELS, type FiguresParams, type Indicator } from './figures-params.ts';
import { loadOfficialFigures } from './official-series.ts';
import { loadPublishedFigures, nationalSeries, type PublishedFigure, type PublishedNationalYear } from './published-series.ts';

/** One row of the regions table, with the chosen indicator's value. */
export interface FiguresRow {
  code: string;
  naam: string;
  fte: number;
  verschil: number | null;
  verschilPct: number | null;
  aandeel: number | null;
  perDuizendInwoners: number | null;
  perDuizendBeroepsbevolking: number | null;
  value: number | null;
  /** A figure for this region as published by BZK or in the press, when one exists for the year. */
  gepubliceerd: PublishedFigure | null;
}

/** Everything the figures monitor shows. */
export interface FiguresPageData {
  years: number[];
  /** Years with only demo snapshots (labelled in the year choice). */
  demoYears: number[];
  jaar: number;
  report: EmploymentReportWithSource | null;
  rows: FiguresRow[];
  nationaal: PublishedNationalYear[];
  published: PublishedFigure[];
  /** The trend, from snapshots of the same kind as the report only. */
  series: SourcedRegionSeries;
  indicator: Indicator;
  /** True when any snapshot behind the report or the series is demo data. */
  voorbeeldgegevens: boolean;
}

function indicatorValue(row: Omit<FiguresRow, 'value' | 'gepubliceerd'>, indicator: Indicator): number | null {
  return row[indicator === 'aandeel' ? 'aandeel' : indicator];
}

/**
 * Loads the monitor's data for the chosen year, level, sector and indicator. The default year is
 * the latest with an officially published national total (so the official figure is on screen).
 */
export async function loadFiguresPageData(db: Kysely<DB>, params: FiguresParams, names: { provinces: Map<string, string>; corop: Map<string, string> }, randstadProvinces: readonly string[]): Promise<FiguresPageData> {
  const [peildata, realPeildata, published, official] = await Promise.all([listPublishedPeildata(db), listPublishedPeildata(db, { isDemo: false }), loadPublishedFigures(db), loadOfficialFigures(db)]);
  const years = peildata.map((p) => Number(p.slice(0, 4)));
  const realYears = new Set(realPeildata.map((p) => Number(p.slice(0, 4))));
  const nationaal = nationalSeries(published, official);
  const latestOfficial = nationaal.at(-1) ? Number(nationaal.at(-1)!.peildatum.slice(0, 4)) : undefined;
  const jaar = params.jaar && years.includes(params.jaar) ? params.jaar : (latestOfficial && years.includes(latestOfficial) ? latestOfficial : (years.at(-1) ?? new Date().getFullYear()));
  const sector = (params.sector ?? null) as Sector | null;
  const report = years.length ? await loadEmploymentReport(db, { peildatum: `${jaar}-01-01`, sector, randstadProvinces }) : null;
  // The trend uses the kind of the chosen year's report only: never real years next to demo years.
  const series = await loadProvinceSeries(db, { sector, isDemo: report ? report.snapshot.isDemo : !realYears.size });
  const indicator = params.niveau === 'corop' && !INDICATOR_LABELS[params.indicator].coropAvailable ? 'fte' : params.indicator;
  const publishedFor = (code: string) => published.find((f) => f.regioCode === code && f.peildatum === `${jaar}-01-01` && f.sector === (sector ?? 'totaal')) ?? null;
  let rows: FiguresRow[] = [];
  if (report) {
    const base = params.niveau === 'provincie'
      ? report.provincies.map((r) => ({ code: r.regioCode, naam: names.provinces.get(r.regioCode) ?? r.regioCode, fte: r.fte, verschil: r.verschil, verschilPct: r.verschilPct, aandeel: r.aandeelPct, perDuizendInwoners: r.perDuizendInwoners, perDuizendBeroepsbevolking: r.perDuizendBeroepsbevolking }))
      : report.corop.regions.map((r) => ({ code: r.regioCode, naam: names.corop.get(r.regioCode) ?? r.regioCode, fte: r.fte, verschil: r.verschil, verschilPct: r.verschilPct, aandeel: r.aandeelPct, perDuizendInwoners: null, perDuizendBeroepsbevolking: null }));
    rows = base.map((r) => ({ ...r, value: indicatorValue(r, indicator), gepubliceerd: publishedFor(r.code) }));
    const direction = params.richting === 'af' ? -1 : 1;
    rows.sort((a, b) => (params.sorteer === 'waarde' ? ((a.value ?? -Infinity) - (b.value ?? -Infinity)) * direction : a.naam.localeCompare(b.naam, 'nl') * direction));
  }
  const voorbeeldgegevens = (report?.voorbeeldgegevens ?? false) || series.voorbeeldgegevens;
  return { years, demoYears: years.filter((y) => !realYears.has(y)), jaar, report, rows, nationaal, published, series, indicator, voorbeeldgegevens };
}
