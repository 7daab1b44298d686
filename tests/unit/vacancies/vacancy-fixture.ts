import type { VacancyRecord } from '../../../src/lib/vacancies/vacancy-record.ts';

/** A literal vacancy with two standplaatsen in Groningen (PV20) and one in Drenthe (PV22). */
export function vacancyRecord(overrides: Partial<VacancyRecord> = {}): VacancyRecord {
  return {
    id: 'v-001',
    organisatie_code: 'dji',
    kenmerk: 'DJI-2026-17',
    slug: 'adviseur-informatiebeveiliging-1a2b3c4d',
    titel: 'Adviseur informatiebeveiliging',
    samenvatting: 'Je adviseert over beveiliging & privacy.',
    beschrijving_html: '<p>Werk aan <strong>veilige</strong> systemen &amp; processen.</p><ul><li>R&amp;D&nbsp;team</li></ul>',
    schaal_min: 10,
    schaal_max: 11,
    salaris_min: 3600,
    salaris_max: 5500,
    uren_min: 32,
    uren_max: 36,
    opleidingsniveau: 'hbo',
    vakgebied: 'ict',
    contract: 'vast',
    werkwijze: 'hybride',
    vanaf_rijksontmoetingsplein: true,
    gepubliceerd_op: '2026-03-02',
    sluitingsdatum: '2026-03-31',
    status: 'open',
    is_demo: false,
    inhoud_hash: 'hash',
    aangemaakt_op: new Date('2026-03-02T08:00:00Z'),
    gewijzigd_op: new Date('2026-03-02T08:00:00Z'),
    organisatieNaam: 'Dienst Justitiële Inrichtingen',
    sector: 'dji',
    locaties: [
      { gemeenteCode: 'GM0106', gemeenteNaam: 'Assen', provincieCode: 'PV22', provincieNaam: 'Drenthe', coropCode: 'CR07', lat: 52.9925, lon: 6.5649 },
      { gemeenteCode: 'GM0014', gemeenteNaam: 'Groningen', provincieCode: 'PV20', provincieNaam: 'Groningen', coropCode: 'CR02', lat: 53.2194, lon: 6.5665 },
      { gemeenteCode: 'GM0037', gemeenteNaam: 'Stadskanaal', provincieCode: 'PV20', provincieNaam: 'Groningen', coropCode: 'CR01', lat: 52.99, lon: 6.95 },
    ],
    ...overrides,
  };
}
