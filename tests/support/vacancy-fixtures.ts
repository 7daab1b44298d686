import type { Kysely } from 'kysely';
import type { DB } from '../../src/lib/db/schema.ts';
import { loadRegionCatalog } from '../../src/lib/regions/region-catalog.ts';
import { publishVacancies, resolveStandplaatsen } from '../../src/lib/vacancies/vacancy-publisher.ts';
import { vacancyInputSchema, type VacancyInput } from '../../src/lib/vacancies/vacancy-input.ts';

/** A date `days` from today (ISO), so fixtures stay open whatever day the tests run. */
export function daysFromToday(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

/** A valid vacancy input with overridable fields: published a month ago, open for two more months. */
export function vacancyInput(overrides: Partial<Record<keyof VacancyInput, unknown>> = {}): VacancyInput {
  return vacancyInputSchema.parse({
    kenmerk: 'T-1',
    titel: 'Beleidsmedewerker arbeidsmarkt',
    samenvatting: 'Je werkt aan beleid voor de arbeidsmarkt in de regio.',
    beschrijving: '<p>Je schrijft beleid en adviseert de minister.</p>',
    standplaatsen: ['GM0014'],
    schaalMin: 10,
    schaalMax: 11,
    salarisMin: 3900,
    salarisMax: 6100,
    urenMin: 32,
    urenMax: 36,
    opleidingsniveau: 'wo',
    vakgebied: 'beleid',
    contract: 'vast',
    werkwijze: 'hybride',
    vanafRijksontmoetingsplein: false,
    gepubliceerdOp: daysFromToday(-30),
    sluitingsdatum: daysFromToday(60),
    status: 'open',
    sollicitatieUrl: 'https://werken.voorbeeld.example/solliciteren/T-1',
    contactNaam: 'Sanne de Vries',
    contactFunctie: 'recruiter',
    contactEmail: 'vragen@voorbeeld.example',
    procedureStappen: ['Solliciteer met je cv en motivatie.', 'Eerste gesprek met het team.'],
    gesprekdata: [daysFromToday(70)],
    ...overrides,
  });
}

/** Publishes vacancies for one organisation; returns their ids in order. */
export async function publish(db: Kysely<DB>, organisatieCode: string, inputs: VacancyInput[]): Promise<string[]> {
  const catalog = await loadRegionCatalog(db);
  const outcomes = await db.transaction().execute((trx) =>
    publishVacancies(trx, organisatieCode, inputs.map((input) => ({ input, gemeenteCodes: resolveStandplaatsen(catalog, input.standplaatsen) }))),
  );
  return outcomes.map((o) => o.id);
}
