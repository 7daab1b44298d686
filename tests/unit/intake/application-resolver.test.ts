import { describe, expect, it } from 'vitest';
import { applicantKey } from '../../../src/lib/intake/applicant-key.ts';
import { ApplicationResolver } from '../../../src/lib/intake/application-resolver.ts';
import { applicationRowSchema } from '../../../src/lib/intake/application-row-schema.ts';
import { RegionCatalog } from '../../../src/lib/regions/region-catalog.ts';

const SECRET = 's'.repeat(32);
const catalog = new RegionCatalog({
  provinces: [{ code: 'PV20', naam: 'Groningen', slug: 'groningen' }, { code: 'PV28', naam: 'Zuid-Holland', slug: 'zuid-holland' }],
  municipalities: [
    { code: 'GM0014', naam: 'Groningen', provincieCode: 'PV20', coropCode: 'CR03', lat: 53.2, lon: 6.6 },
    { code: 'GM0518', naam: "'s-Gravenhage", provincieCode: 'PV28', coropCode: 'CR26', lat: 52.1, lon: 4.3 },
  ],
  corop: [],
});
const ID = '0b6f7b1e-51a4-4d57-9a3c-2b1f0c9e8d7a';
const resolver = new ApplicationResolver({
  organisatieCode: 'duo',
  secret: SECRET,
  catalog,
  vacancies: [{ id: ID, kenmerk: 'V-1', locations: ['GM0518', 'GM0014'] }],
  pc4: new Map([['9711', 'GM0014']]),
});
const schema = applicationRowSchema({ today: '2026-11-29' });
const resolve = (extra: Record<string, string>) =>
  resolver.resolve(4, schema.parse({ sollicitant_id: ' A-1 ', vacature: 'V-1', sollicitatiedatum: '2026-11-03', fase: 'sollicitatie', ...extra }));

describe('ApplicationResolver', () => {
  it('pseudonymises the applicant, matches our vacancy by kenmerk or id and takes its first location', () => {
    const byKenmerk = resolve({ vacature: 'v-1', postcode: '9711 AB' });
    const byId = resolve({ vacature: ID.toUpperCase(), postcode: '9711' });
    expect(byKenmerk).toEqual(byId);
    expect(byKenmerk).toEqual({
      ok: true,
      notices: [],
      application: {
        rowNumber: 4,
        sollicitantSleutel: applicantKey(SECRET, 'duo', 'A-1'),
        eerdereSleutels: [],
        vacatureId: ID,
        externeVacature: null,
        werkplaatsGemeenteCode: 'GM0014',
        sollicitatiedatum: '2026-11-03',
        woonGemeenteCode: 'GM0014',
        fase: 'sollicitatie',
        uitkomst: 'lopend',
        datumGesprek: null,
        datumAanbod: null,
        datumIndiensttreding: null,
        bewarenTot: '2027-12-01',
        toestemming: false,
      },
    });
  });

  it('also pseudonymises under every previous key, newest first, so a row stored before a rotation is found', () => {
    const OLD = 'o'.repeat(32);
    const OLDER = 'p'.repeat(32);
    const rotated = new ApplicationResolver({ organisatieCode: 'duo', secret: SECRET, previousSecrets: [OLD, OLDER], catalog, vacancies: [{ id: ID, kenmerk: 'V-1', locations: ['GM0014'] }], pc4: new Map() });
    const result = rotated.resolve(4, schema.parse({ sollicitant_id: 'A-1', vacature: 'V-1', sollicitatiedatum: '2026-11-03', fase: 'sollicitatie' }));
    expect(result.ok && [result.application.sollicitantSleutel, ...(result.application.eerdereSleutels ?? [])]).toEqual([
      applicantKey(SECRET, 'duo', 'A-1'),
      applicantKey(OLD, 'duo', 'A-1'),
      applicantKey(OLDER, 'duo', 'A-1'),
    ]);
  });

  it('makes an unknown PC4 an explicit unknown home region, with a notice that does not repeat the postcode', () => {
    const result = resolve({ postcode: '1010 ZZ' });
    expect(result.ok && result.application.woonGemeenteCode).toBeNull();
    expect(result.ok && result.notices).toEqual([{ rowNumber: 4, field: 'postcode', message: 'Postcode niet gevonden in de postcodetabel: de woonregio wordt "onbekend".' }]);
    expect(JSON.stringify(result)).not.toMatch(/1010|ZZ/);
  });

  it('stores a vacancy that is not ours as the organisation\u2019s own reference when the workplace is given', () => {
    const result = resolve({ vacature: 'ATS-2024-17', werkplaats_gemeente: 'Den Haag' });
    expect(result.ok && [result.application.vacatureId, result.application.externeVacature, result.application.werkplaatsGemeenteCode]).toEqual([null, 'ATS-2024-17', 'GM0518']);
    const missing = resolve({ vacature: 'ATS-2024-17' });
    expect(missing.ok ? [] : missing.issues.map((i) => i.field)).toEqual(['vacature']);
  });

  it('notices a vacancy id that is not ours and rejects an unknown workplace', () => {
    const other = resolve({ vacature: 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee', werkplaats_gemeente: 'GM0014' });
    expect(other.ok && other.notices.map((n) => n.field)).toEqual(['vacature']);
    const unknown = resolve({ werkplaats_gemeente: 'Atlantis' });
    expect(unknown.ok ? [] : unknown.issues.map((i) => [i.field, i.message])).toEqual([
      ['werkplaats_gemeente', 'Onbekende gemeente "Atlantis". Gebruik een CBS-gemeentecode (bijvoorbeeld GM0014) of de gemeentenaam.'],
    ]);
  });
});
