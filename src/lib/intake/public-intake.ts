import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { PublishedCell } from '../disclosure/index.ts';
import { DEFAULT_RANDSTAD } from './intake-vocabulary.ts';
import { intakeCoverage } from './intake-coverage.ts';
import { loadDashboardFigures } from './dashboard-data.ts';

const cell = (c: PublishedCell) => (c.kind === 'value' ? { waarde: c.value, tekst: c.display } : { waarde: null, tekst: c.display, verborgen: c.reason, uitleg: c.explanation });

/**
 * The measure-6 figures BZK publishes for a calendar year (application cohort), from the same release builder as the
 * dashboards (cell-key method), so a figure here equals the same figure on every dashboard. Demo data is never part
 * of it unless asked for explicitly, and then it is only demo data, labelled. Coverage (which organisations delivered
 * data for which quarters) goes with every national figure.
 */
export async function publicIntakeFigures(db: Kysely<DB>, options: { jaar: number; organisations?: string[]; voorbeeldgegevens: boolean; randstad?: readonly string[] }) {
  const dataset = options.voorbeeldgegevens ? 'voorbeeld' : 'echt';
  const filter = {
    fromQuarter: `${options.jaar}-Q1`,
    toQuarter: `${options.jaar}-Q4`,
    ...(options.organisations ? { organisations: options.organisations } : {}),
  };
  const [release, dekking] = await Promise.all([
    loadDashboardFigures(db, filter, { fase: 'aangenomen', randstad: options.randstad ?? DEFAULT_RANDSTAD, dataset }),
    intakeCoverage(db, { ...filter, demo: options.voorbeeldgegevens ? 'only' : 'exclude' }),
  ]);
  const f = release.funnel;
  const r = release.representation;
  const l = release.local;
  return {
    jaar: options.jaar,
    voorbeeldgegevens: options.voorbeeldgegevens,
    organisaties: options.organisations ?? 'alle',
    methode: 'celsleutel',
    trechter: {
      definitie: f.definition,
      regels: [...f.rows, f.total].map((row) => ({
        woonprovincie: row.region,
        sollicitatie: cell(row.reached.sollicitatie),
        gesprek: cell(row.reached.gesprek),
        aanbod: cell(row.reached.aanbod),
        aangenomen: cell(row.reached.aangenomen),
        doorstroomAangenomenPct: cell(row.rates.aangenomen),
      })),
      noot: f.note,
    },
    representatie: {
      definitie: r.definitions.sollicitanten,
      beroepsbevolkingJaar: r.labourForceYear,
      bekendeWoonprovincie: { sollicitanten: cell(r.knownTotals.applicants), aangenomen: cell(r.knownTotals.hires) },
      regels: r.rows.map((row) => ({ woonprovincie: row.region, indexSollicitanten: cell(row.applicantIndex), indexAangenomen: cell(row.hireIndex) })),
    },
    lokaleInstroom: {
      definitie: l.definitions.provincie,
      regels: l.rows.map((row) => ({ werkprovincie: row.region, zelfdeProvincie: cell(row.shareSameProvince), zelfdeCorop: cell(row.shareSameCorop) })),
      totaal: { zelfdeProvincie: cell(l.total.shareSameProvince), zelfdeCorop: cell(l.total.shareSameCorop) },
    },
    dekking,
  };
}

/** The public intake figures of one year. */
export type PublicIntakeFigures = Awaited<ReturnType<typeof publicIntakeFigures>>;
