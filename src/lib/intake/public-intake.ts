import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { PublishedCell } from '../disclosure/index.ts';
import { intakeFunnel } from './funnel-query.ts';
import type { IntakeFilter } from './intake-filter.ts';
import { localIntakeShare } from './local-intake-share.ts';
import { publishFunnel, publishLocalIntake, publishRepresentation } from './publishable-intake.ts';
import { representationIndex } from './representation-index.ts';

const cell = (c: PublishedCell) => (c.kind === 'value' ? { waarde: c.value, tekst: c.display } : { waarde: null, tekst: c.display, verborgen: c.reason, uitleg: c.explanation });

/**
 * The measure-6 figures BZK publishes for a calendar year (application cohort), all through
 * disclosure control. Demo data is never part of it unless asked for explicitly, and then it is
 * labelled. The same function feeds the open API and an organisation's preview.
 */
export async function publicIntakeFigures(db: Kysely<DB>, options: { jaar: number; organisations?: string[]; voorbeeldgegevens: boolean }) {
  const filter: IntakeFilter = {
    fromQuarter: `${options.jaar}-Q1`,
    toQuarter: `${options.jaar}-Q4`,
    demo: options.voorbeeldgegevens ? 'only' : 'exclude',
    ...(options.organisations ? { organisations: options.organisations } : {}),
  };
  const [funnel, representation, local] = await Promise.all([intakeFunnel(db, filter), representationIndex(db, filter), localIntakeShare(db, filter, 'aangenomen')]);
  const f = publishFunnel(funnel);
  const r = publishRepresentation(representation);
  const l = publishLocalIntake(local);
  return {
    jaar: options.jaar,
    voorbeeldgegevens: options.voorbeeldgegevens,
    organisaties: options.organisations ?? 'alle',
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
      regels: r.rows.map((row) => ({ woonprovincie: row.region, indexSollicitanten: cell(row.applicantIndex), indexAangenomen: cell(row.hireIndex) })),
    },
    lokaleInstroom: {
      definitie: l.definitions.provincie,
      regels: l.rows.map((row) => ({ werkprovincie: row.region, zelfdeProvincie: cell(row.shareSameProvince), zelfdeCorop: cell(row.shareSameCorop) })),
      totaal: { zelfdeProvincie: cell(l.total.shareSameProvince), zelfdeCorop: cell(l.total.shareSameCorop) },
    },
  };
}

/** The public intake figures of one year. */
export type PublicIntakeFigures = Awaited<ReturnType<typeof publicIntakeFigures>>;
