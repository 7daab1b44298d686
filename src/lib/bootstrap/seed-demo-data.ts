import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import { amsterdamDate } from '../time/amsterdam-time.ts';
import { generateDemoVacancies } from '../vacancies/demo/generate-demo-vacancies.ts';
import type { DemoVacancy } from '../vacancies/demo/demo-vacancy.ts';
import { demoApplyFor } from '../vacancies/demo/demo-apply.ts';
import { publishVacancies } from '../vacancies/vacancy-publisher.ts';
import type { VacancyInput } from '../vacancies/vacancy-input.ts';

/** What the demo seed did. */
export interface DemoSeedResult {
  seeded: boolean;
  counts: Record<string, number>;
}

/** Seed and size of the demo data that `npm start` loads; the same seed always gives the same data. */
export const DEMO_SEED = 20_261_129;
export const DEMO_VACANCY_COUNT = 2500;

/** Maps a generated demo vacancy to the publish input. */
export function demoToInput(v: DemoVacancy): { organisatieCode: string; input: VacancyInput; gemeenteCodes: string[] } {
  const { organisatieCode, gemeenteCodes, ...rest } = v;
  return { organisatieCode, gemeenteCodes, input: { ...rest, ...demoApplyFor(v), standplaatsen: gemeenteCodes } };
}

/** Generates demo vacancies from the organisations and their locations in the database. */
export async function generateDemoFromDatabase(db: Kysely<DB>, options: { count: number; seed: number; today: string }): Promise<DemoVacancy[]> {
  const [organisations, vestigingen, gemeenten] = await Promise.all([
    db.selectFrom('organisatie').select(['code', 'naam', 'sector', 'afkorting']).execute(),
    db.selectFrom('organisatie_vestiging').selectAll().execute(),
    db.selectFrom('gemeente').select(['code as gemeente_code', 'naam as gemeente_naam']).execute(),
  ]);
  return generateDemoVacancies({ ...options, organisations, vestigingen, gemeenten });
}

/**
 * Loads the labelled demo data (is_demo = true), but only into a database that has no vacancies
 * yet: a database with real or earlier demo records is never touched.
 */
export async function seedDemoData(db: Kysely<DB>, options: { log: (line: string) => void; count?: number; today?: string }): Promise<DemoSeedResult> {
  const existing = await db.selectFrom('vacature').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  if (Number(existing.n) > 0) {
    options.log('demo data: the database already has vacancies, left as they are');
    return { seeded: false, counts: {} };
  }
  const demo = await generateDemoFromDatabase(db, { count: options.count ?? DEMO_VACANCY_COUNT, seed: DEMO_SEED, today: options.today ?? amsterdamDate() });
  const byOrganisation = new Map<string, { input: VacancyInput; gemeenteCodes: string[] }[]>();
  for (const v of demo) {
    const { organisatieCode, ...row } = demoToInput(v);
    byOrganisation.set(organisatieCode, [...(byOrganisation.get(organisatieCode) ?? []), row]);
  }
  await db.transaction().execute(async (trx) => {
    for (const [organisatieCode, rows] of byOrganisation) await publishVacancies(trx, organisatieCode, rows, { isDemo: true });
  });
  options.log(`demo data: loaded ${demo.length} demo vacancies (labelled "voorbeeldgegevens")`);
  return { seeded: true, counts: { vacatures: demo.length } };
}
