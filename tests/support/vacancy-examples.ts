import { vacancyInputSchema } from '../../src/lib/vacancies/vacancy-input.ts';

/** A valid, unparsed vacancy input (the shape an API client sends) for schema tests. */
export const VALID_VACANCY = {
  kenmerk: 'DJI-2026-17',
  titel: 'Adviseur',
  samenvatting: 'Een samenvatting.',
  beschrijving: 'Een beschrijving van de functie.',
  standplaatsen: ['Assen'],
  schaalMin: 10,
  schaalMax: 11,
  salarisMin: 3600,
  salarisMax: 5500,
  urenMin: 32,
  urenMax: 36,
  opleidingsniveau: 'hbo',
  vakgebied: 'ict',
  contract: 'vast',
  gepubliceerdOp: '2026-03-02',
  sluitingsdatum: '2026-03-31',
  sollicitatieUrl: 'https://werken.voorbeeld.example/DJI-2026-17',
  contactNaam: 'Sanne de Vries',
  contactFunctie: 'recruiter',
  contactEmail: 'vragen@voorbeeld.example',
};

/** The [path, message] pairs of a parse of `base` with some fields replaced ([] when valid). */
export function inputIssues(base: Record<string, unknown>, overrides: Record<string, unknown>): [string, string][] {
  const result = vacancyInputSchema.safeParse({ ...base, ...overrides });
  return result.success ? [] : result.error.issues.map((i) => [i.path.join('.'), i.message]);
}
