import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { criteriaToParams, parseVacancySearchParams, SEARCH_PARAM_KEYS, type VacancySearchCriteria } from '../../../src/lib/search/vacancy-search-params.ts';
import { catalog, criteria, EMPTY_CRITERIA } from './region-fixture.ts';

const known = { catalog, organisationCodes: new Set(['dji', 'rws', 'bzk']) };
const parse = (query: string) => parseVacancySearchParams(new URLSearchParams(query), known);

describe('parseVacancySearchParams: defaults and unknown keys', () => {
  it('gives the empty search for no parameters', () => {
    expect(parse('')).toEqual({ criteria: EMPTY_CRITERIA, problems: [] });
  });

  it('ignores empty values without a problem', () => {
    expect(parse('q=&provincie=&postcode=&afstand=&pagina=%20')).toEqual({ criteria: EMPTY_CRITERIA, problems: [] });
  });

  it('reports unknown parameters and still parses the known ones', () => {
    expect(parse('foo=1&q=beleid&Q=x')).toEqual({
      criteria: criteria({ q: 'beleid' }),
      problems: [
        { name: 'foo', reason: 'onbekende parameter' },
        { name: 'Q', reason: 'onbekende parameter' },
      ],
    });
  });

  it('knows exactly these keys', () => {
    expect(SEARCH_PARAM_KEYS).toEqual(['q', 'provincie', 'postcode', 'plaats', 'afstand', 'organisatie', 'vakgebied', 'opleidingsniveau', 'contract', 'werkwijze', 'schaalMin', 'schaalMax', 'salarisMin', 'urenMin', 'urenMax', 'rijksontmoetingsplein', 'sorteer', 'pagina', 'paginaGrootte']);
  });
});

describe('parseVacancySearchParams: q', () => {
  it('trims and folds whitespace', () => {
    expect(parse('q=%20%20beleid%20%20%0A%20medewerker%20').criteria.q).toBe('beleid medewerker');
  });

  it('accepts 200 characters and rejects 201', () => {
    expect(parse(`q=${'a'.repeat(200)}`).criteria.q).toBe('a'.repeat(200));
    expect(parse(`q=${'a'.repeat(201)}`)).toEqual({ criteria: EMPTY_CRITERIA, problems: [{ name: 'q', reason: 'de zoekterm mag hoogstens 200 tekens hebben' }] });
  });
});

describe('parseVacancySearchParams: provincie', () => {
  it('accepts codes and slugs in any case, repeated or comma-separated, deduplicated in order', () => {
    expect(parse('provincie=PV20').criteria.provincies).toEqual(['PV20']);
    expect(parse('provincie=fryslan').criteria.provincies).toEqual(['PV21']);
    expect(parse('provincie=drenthe,%20PV20,pv22&provincie=Groningen').criteria.provincies).toEqual(['PV22', 'PV20']);
  });

  it('reports unknown provinces one by one and keeps the known ones', () => {
    expect(parse('provincie=PV20,PV99,Fryslân')).toEqual({
      criteria: criteria({ provincies: ['PV20'] }),
      problems: [
        { name: 'provincie', reason: 'onbekende waarde "PV99"' },
        { name: 'provincie', reason: 'onbekende waarde "Fryslân"' },
      ],
    });
  });

  it('cuts an unknown value to 40 characters in the problem', () => {
    expect(parse(`provincie=${'x'.repeat(60)}`).problems).toEqual([{ name: 'provincie', reason: `onbekende waarde "${'x'.repeat(40)}"` }]);
  });

  it('looks at no more than 50 values', () => {
    const { criteria: c, problems } = parse(`provincie=${Array.from({ length: 60 }, () => 'nope').join(',')}`);
    expect(c.provincies).toEqual([]);
    expect(problems).toHaveLength(50);
  });
});

describe('parseVacancySearchParams: location and distance', () => {
  it('accepts a postcode with letters and gives the default distance of 25 km', () => {
    expect(parse('postcode=9711%20AB')).toEqual({ criteria: criteria({ postcode: '9711 AB', afstandKm: 25 }), problems: [] });
    expect(parse('postcode=%209711ab%20&afstand=10').criteria).toEqual(criteria({ postcode: '9711ab', afstandKm: 10 }));
  });

  it('rejects a postcode starting with 0 or with five digits', () => {
    const reason = 'een postcode heeft 4 cijfers, eventueel gevolgd door 2 letters (bijvoorbeeld 9711 of 9711 AB)';
    expect(parse('postcode=0711')).toEqual({ criteria: EMPTY_CRITERIA, problems: [{ name: 'postcode', reason }] });
    expect(parse('postcode=97111').problems).toEqual([{ name: 'postcode', reason }]);
  });

  it('takes a plaats when there is no postcode, and ignores it next to a postcode', () => {
    expect(parse('plaats=%20Assen%20').criteria).toEqual(criteria({ plaats: 'Assen', afstandKm: 25 }));
    expect(parse('postcode=9711&plaats=Assen').criteria).toEqual(criteria({ postcode: '9711', afstandKm: 25 }));
    expect(parse('plaats=A').problems).toEqual([{ name: 'plaats', reason: 'de plaatsnaam is te kort' }]);
    expect(parse(`plaats=${'a'.repeat(81)}`).problems).toEqual([{ name: 'plaats', reason: 'de plaatsnaam is te lang' }]);
  });

  it('rejects a negative, zero, too large or non-integer distance', () => {
    expect(parse('postcode=9711&afstand=-5')).toEqual({
      criteria: criteria({ postcode: '9711', afstandKm: 25 }),
      problems: [{ name: 'afstand', reason: 'de afstand (km) moet minimaal 1 zijn' }],
    });
    expect(parse('postcode=9711&afstand=0').problems).toEqual([{ name: 'afstand', reason: 'de afstand (km) moet minimaal 1 zijn' }]);
    expect(parse('postcode=9711&afstand=301').problems).toEqual([{ name: 'afstand', reason: 'de afstand (km) mag hoogstens 300 zijn' }]);
    expect(parse('postcode=9711&afstand=2.5').problems).toEqual([{ name: 'afstand', reason: 'de afstand (km) moet een geheel getal zijn' }]);
    expect(parse('postcode=9711&afstand=300').criteria.afstandKm).toBe(300);
  });

  it('reports a distance without postcode or plaats and drops it', () => {
    expect(parse('afstand=10')).toEqual({ criteria: EMPTY_CRITERIA, problems: [{ name: 'afstand', reason: 'een afstand werkt alleen samen met een postcode of plaats' }] });
    expect(parse('afstand=-5')).toEqual({ criteria: EMPTY_CRITERIA, problems: [{ name: 'afstand', reason: 'de afstand (km) moet minimaal 1 zijn' }] });
  });

  it('reports a distance whose postcode was invalid', () => {
    expect(parse('postcode=abc&afstand=10').problems.map((p) => p.name)).toEqual(['postcode', 'afstand']);
  });
});

describe('parseVacancySearchParams: vocabularies and organisations', () => {
  it('accepts known codes in any case and lower-cases them', () => {
    expect(parse('vakgebied=ICT,juridisch&opleidingsniveau=HAVO/VWO&contract=vast&werkwijze=Thuis&organisatie=DJI,rws').criteria).toEqual(
      criteria({ vakgebieden: ['ict', 'juridisch'], opleidingsniveaus: ['havo/vwo'], contracten: ['vast'], werkwijzen: ['thuis'], organisaties: ['dji', 'rws'] }),
    );
  });

  it('reports unknown codes per key', () => {
    expect(parse('vakgebied=astrologie&opleidingsniveau=phd&contract=zzp&werkwijze=maan&organisatie=acme').problems).toEqual([
      { name: 'organisatie', reason: 'onbekende waarde "acme"' },
      { name: 'vakgebied', reason: 'onbekende waarde "astrologie"' },
      { name: 'opleidingsniveau', reason: 'onbekende waarde "phd"' },
      { name: 'contract', reason: 'onbekende waarde "zzp"' },
      { name: 'werkwijze', reason: 'onbekende waarde "maan"' },
    ]);
  });
});

describe('parseVacancySearchParams: ranges', () => {
  it('accepts scales and hours', () => {
    expect(parse('schaalMin=8&schaalMax=11&urenMin=24&urenMax=36').criteria).toEqual(criteria({ schaalMin: 8, schaalMax: 11, urenMin: 24, urenMax: 36 }));
  });

  it('swaps a minimum above the maximum and says so', () => {
    expect(parse('schaalMin=11&schaalMax=8')).toEqual({
      criteria: criteria({ schaalMin: 8, schaalMax: 11 }),
      problems: [{ name: 'schaalMin', reason: 'de minimale schaal is hoger dan de maximale' }],
    });
    expect(parse('urenMin=36&urenMax=24')).toEqual({
      criteria: criteria({ urenMin: 24, urenMax: 36 }),
      problems: [{ name: 'urenMin', reason: 'het minimaal aantal uren is hoger dan het maximaal aantal' }],
    });
  });

  it('keeps an equal minimum and maximum', () => {
    expect(parse('schaalMin=9&schaalMax=9')).toEqual({ criteria: criteria({ schaalMin: 9, schaalMax: 9 }), problems: [] });
  });

  it('rejects values outside the bounds', () => {
    expect(parse('schaalMin=0&schaalMax=19&urenMin=0&urenMax=41').problems).toEqual([
      { name: 'schaalMin', reason: 'de minimale schaal moet minimaal 1 zijn' },
      { name: 'schaalMax', reason: 'de maximale schaal mag hoogstens 18 zijn' },
      { name: 'urenMin', reason: 'het minimaal aantal uren moet minimaal 1 zijn' },
      { name: 'urenMax', reason: 'het maximaal aantal uren mag hoogstens 40 zijn' },
    ]);
  });
});

describe('parseVacancySearchParams: salary in euros', () => {
  it('reads salarisMin as whole gross monthly euros and writes it back', () => {
    expect(parse('salarisMin=4500')).toEqual({ criteria: criteria({ salarisMin: 4500 }), problems: [] });
    expect(criteriaToParams(criteria({ salarisMin: 4500, schaalMin: 9 })).toString()).toBe('schaalMin=9&salarisMin=4500');
  });

  it('accepts 1 and 20000, rejects 0, 20001, decimals and words', () => {
    expect(parse('salarisMin=1').criteria.salarisMin).toBe(1);
    expect(parse('salarisMin=20000').criteria.salarisMin).toBe(20_000);
    expect(parse('salarisMin=0').problems).toEqual([{ name: 'salarisMin', reason: 'het salaris (euro bruto per maand) moet minimaal 1 zijn' }]);
    expect(parse('salarisMin=20001').problems).toEqual([{ name: 'salarisMin', reason: 'het salaris (euro bruto per maand) mag hoogstens 20000 zijn' }]);
    expect(parse('salarisMin=4500.50').problems).toEqual([{ name: 'salarisMin', reason: 'het salaris (euro bruto per maand) moet een geheel getal zijn' }]);
    expect(parse('salarisMin=veel')).toEqual({ criteria: criteria(), problems: [{ name: 'salarisMin', reason: 'het salaris (euro bruto per maand) moet een geheel getal zijn' }] });
  });
});

describe('parseVacancySearchParams: flags, sorting and paging', () => {
  it('reads rijksontmoetingsplein as ja/nee/true/false', () => {
    expect(parse('rijksontmoetingsplein=ja').criteria.rijksontmoetingsplein).toBe(true);
    expect(parse('rijksontmoetingsplein=true').criteria.rijksontmoetingsplein).toBe(true);
    expect(parse('rijksontmoetingsplein=nee').criteria.rijksontmoetingsplein).toBe(false);
    expect(parse('rijksontmoetingsplein=false').criteria.rijksontmoetingsplein).toBe(false);
    expect(parse('rijksontmoetingsplein=1').problems).toEqual([{ name: 'rijksontmoetingsplein', reason: 'gebruik ja of nee' }]);
  });

  it('accepts the sort options and rejects others', () => {
    expect(parse('sorteer=nieuwste').criteria.sorteer).toBe('nieuwste');
    expect(parse('sorteer=duur')).toEqual({ criteria: EMPTY_CRITERIA, problems: [{ name: 'sorteer', reason: 'kies uit relevantie, nieuwste, sluitend, afstand, salaris' }] });
  });

  it('sorts by distance only with a location, else falls back to relevance with a problem', () => {
    expect(parse('sorteer=afstand')).toEqual({ criteria: EMPTY_CRITERIA, problems: [{ name: 'sorteer', reason: 'sorteren op afstand kan alleen met een postcode of plaats' }] });
    expect(parse('sorteer=afstand&postcode=9711')).toEqual({ criteria: criteria({ sorteer: 'afstand', postcode: '9711', afstandKm: 25 }), problems: [] });
  });

  it('bounds pagina and paginaGrootte', () => {
    expect(parse('pagina=3&paginaGrootte=50').criteria).toEqual(criteria({ pagina: 3, paginaGrootte: 50 }));
    expect(parse('paginaGrootte=51')).toEqual({ criteria: EMPTY_CRITERIA, problems: [{ name: 'paginaGrootte', reason: 'de paginagrootte mag hoogstens 50 zijn' }] });
    expect(parse('pagina=0').problems).toEqual([{ name: 'pagina', reason: 'de pagina moet minimaal 1 zijn' }]);
    expect(parse('pagina=10001').problems).toEqual([{ name: 'pagina', reason: 'de pagina mag hoogstens 10000 zijn' }]);
    expect(parse('pagina=twee').problems).toEqual([{ name: 'pagina', reason: 'de pagina moet een geheel getal zijn' }]);
  });
});

describe('criteriaToParams', () => {
  it('writes nothing for the empty search', () => {
    expect(criteriaToParams(EMPTY_CRITERIA).toString()).toBe('');
  });

  it('writes the canonical form, with overrides applied', () => {
    const c = criteria({ q: 'data analist', provincies: ['PV20', 'PV22'], postcode: '9711 AB', afstandKm: 25, schaalMin: 8, rijksontmoetingsplein: true, sorteer: 'afstand' });
    expect(criteriaToParams(c, { pagina: 2 }).toString()).toBe('q=data+analist&provincie=PV20&provincie=PV22&postcode=9711+AB&afstand=25&schaalMin=8&rijksontmoetingsplein=ja&sorteer=afstand&pagina=2');
  });

  it('leaves out a distance without a location', () => {
    expect(criteriaToParams(criteria({ afstandKm: 10 })).toString()).toBe('');
  });

  it('round-trips literal criteria', () => {
    const examples: VacancySearchCriteria[] = [
      EMPTY_CRITERIA,
      criteria({ q: 'jurist, bestuursrecht & "handhaving"', provincies: ['PV21'], organisaties: ['dji', 'rws'], vakgebieden: ['juridisch'], opleidingsniveaus: ['havo/vwo', 'wo'], contracten: ['tijdelijk-met-uitzicht'], werkwijzen: ['thuis'] }),
      criteria({ plaats: "'s-Gravenhage", afstandKm: 300, sorteer: 'afstand', schaalMin: 1, schaalMax: 18, urenMin: 1, urenMax: 40, pagina: 10_000, paginaGrootte: 1 }),
      criteria({ postcode: '9711ab', afstandKm: 1, rijksontmoetingsplein: true, sorteer: 'salaris' }),
    ];
    for (const c of examples) expect(parse(criteriaToParams(c).toString())).toEqual({ criteria: c, problems: [] });
  });

  it('round-trips any criteria the parser can produce', () => {
    const subset = <T>(values: readonly T[]) => fc.subarray([...values]);
    const range = (min: number, max: number) =>
      fc.tuple(fc.option(fc.integer({ min, max })), fc.option(fc.integer({ min, max }))).map(([a, b]) => (a !== null && b !== null && a > b ? [b, a] : [a, b]) as [number | null, number | null]);
    const location = fc.oneof(
      fc.constant({ postcode: null, plaats: null, afstandKm: null }),
      fc.record({ postcode: fc.constantFrom('9711', '9711 AB', '1234xy'), plaats: fc.constant(null), afstandKm: fc.integer({ min: 1, max: 300 }) }),
      fc.record({ postcode: fc.constant(null), plaats: fc.constantFrom('Assen', 'Den Haag', 'Súdwest-Fryslân'), afstandKm: fc.integer({ min: 1, max: 300 }) }),
    );
    const arbitrary = fc
      .record({
        q: fc.string({ maxLength: 200 }).map((s) => s.trim().replace(/\s+/g, ' ')),
        provincies: subset(['PV20', 'PV21', 'PV22', 'PV27']),
        location,
        organisaties: subset(['dji', 'rws', 'bzk']),
        vakgebieden: subset(['ict', 'data', 'zorg-welzijn']),
        opleidingsniveaus: subset(['mbo', 'havo/vwo']),
        contracten: subset(['vast', 'stage']),
        werkwijzen: subset(['op-locatie', 'hybride']),
        schaal: range(1, 18),
        uren: range(1, 40),
        salarisMin: fc.option(fc.integer({ min: 1, max: 20_000 })),
        rijksontmoetingsplein: fc.boolean(),
        sorteer: fc.constantFrom('relevantie', 'nieuwste', 'sluitend', 'afstand', 'salaris' as const),
        pagina: fc.integer({ min: 1, max: 10_000 }),
        paginaGrootte: fc.integer({ min: 1, max: 50 }),
      })
      .map(({ location: l, schaal, uren, sorteer, ...rest }): VacancySearchCriteria => ({
        ...rest,
        ...l,
        schaalMin: schaal[0],
        schaalMax: schaal[1],
        urenMin: uren[0],
        urenMax: uren[1],
        sorteer: sorteer === 'afstand' && !l.postcode && !l.plaats ? 'relevantie' : sorteer,
      }));
    fc.assert(
      fc.property(arbitrary, (c) => {
        expect(parse(criteriaToParams(c).toString())).toEqual({ criteria: c, problems: [] });
      }),
      { numRuns: 300 },
    );
  });
});
