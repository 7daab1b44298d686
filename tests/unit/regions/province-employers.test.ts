import { describe, expect, it } from 'vitest';
import { mergeProvinceEmployers } from '../../../src/lib/regions/province-employers.ts';

const names = new Map([
  ['duo', 'Dienst Uitvoering Onderwijs'],
  ['belastingdienst', 'Belastingdienst'],
  ['cbs', 'Centraal Bureau voor de Statistiek'],
  ['rdw', 'RDW'],
]);

describe('mergeProvinceEmployers', () => {
  it('joins vacancies, offices and fte per organisation; those with vacancies first (most first), then by name', () => {
    expect(
      mergeProvinceEmployers(
        { duo: 2, rdw: 5, cbs: 0 },
        [{ organisatieCode: 'duo', gemeenteNaam: 'Groningen' }, { organisatieCode: 'belastingdienst', gemeenteNaam: 'Groningen' }, { organisatieCode: 'duo', gemeenteNaam: 'Groningen' }, { organisatieCode: 'duo', gemeenteNaam: 'Zwolle' }],
        [{ code: 'duo', fte: 2310.5 }, { code: 'cbs', fte: 12 }, { code: 'rdw', fte: 0 }],
        names,
      ),
    ).toEqual([
      { code: 'rdw', naam: 'RDW', openVacatures: 5, vestigingen: [], fte: null },
      { code: 'duo', naam: 'Dienst Uitvoering Onderwijs', openVacatures: 2, vestigingen: ['Groningen', 'Zwolle'], fte: 2310.5 },
      { code: 'belastingdienst', naam: 'Belastingdienst', openVacatures: 0, vestigingen: ['Groningen'], fte: null },
      { code: 'cbs', naam: 'Centraal Bureau voor de Statistiek', openVacatures: 0, vestigingen: [], fte: 12 },
    ]);
  });

  it('leaves out unknown codes and organisations with nothing in the province', () => {
    expect(mergeProvinceEmployers({ acme: 3, cbs: 0 }, [{ organisatieCode: 'acme', gemeenteNaam: 'Assen' }], [{ code: 'acme', fte: 4 }, { code: 'rdw', fte: 0 }], names)).toEqual([]);
  });
});
