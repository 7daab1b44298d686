import { describe, expect, it } from 'vitest';
import type { SearchLocation } from '../../../src/lib/search/search-location.ts';
import { activeFacets, buildVacancyFilter, quote } from '../../../src/lib/search/vacancy-filter.ts';
import { criteria } from './region-fixture.ts';

// 2026-03-10T12:00:00Z in Unix seconds.
const NOW = new Date('2026-03-10T12:00:00.999Z');
const OPEN = 'sluitTijdstip > 1773144000';

const location: SearchLocation = {
  label: '9711',
  pc4: '9711',
  gemeenteCode: 'GM0014',
  provincieCode: 'PV20',
  lat: 53.2194,
  lon: 6.5665,
  radiusKm: 25,
  within: [
    { code: 'GM0014', provincieCode: 'PV20', km: 0 },
    { code: 'GM0106', provincieCode: 'PV22', km: 25 },
  ],
};

const everything = criteria({
  provincies: ['PV20', 'PV22'],
  organisaties: ['dji'],
  vakgebieden: ['ict', 'data'],
  opleidingsniveaus: ['hbo'],
  contracten: ['vast'],
  werkwijzen: ['thuis', 'hybride'],
  rijksontmoetingsplein: true,
});

describe('buildVacancyFilter', () => {
  it('filters only on open vacancies for the empty search (whole seconds)', () => {
    expect(buildVacancyFilter(criteria(), null, NOW)).toEqual([OPEN]);
  });

  it('builds one IN expression per facet, in a fixed order', () => {
    expect(buildVacancyFilter(everything, null, NOW)).toEqual([
      OPEN,
      'provincieCodes IN ["PV20", "PV22"]',
      'organisatieCode IN ["dji"]',
      'vakgebied IN ["ict", "data"]',
      'opleidingsniveau IN ["hbo"]',
      'contract IN ["vast"]',
      'werkwijze IN ["thuis", "hybride"]',
      'vanafRijksontmoetingsplein = true',
    ]);
  });

  it('filters a distance search on the municipalities within the radius', () => {
    expect(buildVacancyFilter(criteria({ postcode: '9711', afstandKm: 25 }), location, NOW)).toEqual([OPEN, 'gemeenteCodes IN ["GM0014", "GM0106"]']);
  });

  it('lets province and radius hold for the same standplaats: only municipalities in the selected provinces within the radius', () => {
    const c = criteria({ postcode: '9711', afstandKm: 25, provincies: ['PV22'] });
    expect(buildVacancyFilter(c, location, NOW)).toEqual([OPEN, 'provincieCodes IN ["PV22"]', 'gemeenteCodes IN ["GM0106"]']);
    // The province facet's own count leaves the province out, so it counts every province within the radius.
    expect(buildVacancyFilter(c, location, NOW, 'provincieCodes')).toEqual([OPEN, 'gemeenteCodes IN ["GM0014", "GM0106"]']);
    expect(buildVacancyFilter(criteria({ postcode: '9711', afstandKm: 25, provincies: ['PV29'] }), location, NOW)).toEqual([OPEN, 'provincieCodes IN ["PV29"]', 'gemeenteCodes IN []']);
  });

  it('finds nothing when no municipality is within the radius', () => {
    expect(buildVacancyFilter(criteria(), { ...location, within: [] }, NOW)).toEqual([OPEN, 'gemeenteCodes IN []']);
  });

  it('matches ranges on overlap', () => {
    expect(buildVacancyFilter(criteria({ schaalMin: 11, schaalMax: 12, urenMin: 24, urenMax: 32 }), null, NOW)).toEqual([
      OPEN,
      'schaalMax >= 11',
      'schaalMin <= 12',
      'urenMax >= 24',
      'urenMin <= 32',
    ]);
    expect(buildVacancyFilter(criteria({ schaalMax: 9 }), null, NOW)).toEqual([OPEN, 'schaalMin <= 9']);
  });

  it('keeps a vacancy whose maximum salary reaches the asked minimum', () => {
    expect(buildVacancyFilter(criteria({ salarisMin: 4500, schaalMin: 9 }), null, NOW)).toEqual([OPEN, 'schaalMax >= 9', 'salarisMax >= 4500']);
  });

  it.each([
    ['provincieCodes', 'provincieCodes IN ["PV20", "PV22"]'],
    ['organisatieCode', 'organisatieCode IN ["dji"]'],
    ['vakgebied', 'vakgebied IN ["ict", "data"]'],
    ['opleidingsniveau', 'opleidingsniveau IN ["hbo"]'],
    ['contract', 'contract IN ["vast"]'],
    ['werkwijze', 'werkwijze IN ["thuis", "hybride"]'],
    ['vanafRijksontmoetingsplein', 'vanafRijksontmoetingsplein = true'],
  ] as const)('leaves out exactly the %s selection with except', (facet, expression) => {
    const all = buildVacancyFilter(everything, location, NOW);
    expect(buildVacancyFilter(everything, location, NOW, facet)).toEqual(all.filter((e) => e !== expression));
  });

  it('keeps location and ranges whatever facet is left out', () => {
    const c = criteria({ provincies: ['PV20'], schaalMin: 10 });
    expect(buildVacancyFilter(c, location, NOW, 'provincieCodes')).toEqual([OPEN, 'gemeenteCodes IN ["GM0014", "GM0106"]', 'schaalMax >= 10']);
  });

  it('keeps a crafted value inside its quotes', () => {
    expect(buildVacancyFilter(criteria({ organisaties: ['x" OR isDemo = true OR "'] }), null, NOW)).toEqual([OPEN, 'organisatieCode IN ["x OR isDemo = true OR "]']);
  });
});

describe('quote', () => {
  it('wraps a value in double quotes', () => {
    expect(quote('PV20')).toBe('"PV20"');
    expect(quote('')).toBe('""');
  });

  it('strips double quotes and backslashes so a value cannot end its string', () => {
    expect(quote('x" OR isDemo = true OR "')).toBe('"x OR isDemo = true OR "');
    expect(quote('x\\" OR isDemo = true')).toBe('"x OR isDemo = true"');
    expect(quote('a\\')).toBe('"a"');
  });

  it('leaves single quotes, which are literal inside a double-quoted string', () => {
    expect(quote("'s-gravenhage")).toBe('"\'s-gravenhage"');
  });

  it('never yields more than the two enclosing quotes or any backslash', () => {
    for (const value of ['"', '\\"', '"\\"\\', 'a"b"c', '""""']) {
      const quoted = quote(value);
      expect(quoted.match(/"/g)).toHaveLength(2);
      expect(quoted).not.toContain('\\');
    }
  });
});

describe('activeFacets', () => {
  it('lists the facets with a selection', () => {
    expect(activeFacets(criteria())).toEqual([]);
    expect(activeFacets(everything)).toEqual(['provincieCodes', 'organisatieCode', 'vakgebied', 'opleidingsniveau', 'contract', 'werkwijze', 'vanafRijksontmoetingsplein']);
    expect(activeFacets(criteria({ werkwijzen: ['thuis'], schaalMin: 8, postcode: '9711' }))).toEqual(['werkwijze']);
  });
});
