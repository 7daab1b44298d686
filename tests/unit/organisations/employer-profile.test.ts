import { describe, expect, it } from 'vitest';
import { employerPlaces } from '../../../src/lib/organisations/employer-profile.ts';

const provinces = [
  { code: 'PV20', naam: 'Groningen', slug: 'groningen' },
  { code: 'PV21', naam: 'Fryslân', slug: 'fryslan' },
  { code: 'PV22', naam: 'Drenthe', slug: 'drenthe' },
  { code: 'PV23', naam: 'Overijssel', slug: 'overijssel' },
];

describe('employerPlaces', () => {
  it('gives one row per province with vacancies, an office or fte, in province order', () => {
    expect(
      employerPlaces(
        provinces,
        { PV22: 1, PV20: 3, PV23: 0 },
        [{ gemeenteNaam: 'Groningen', provincieCode: 'PV20' }, { gemeenteNaam: 'Zwolle', provincieCode: 'PV23' }, { gemeenteNaam: 'Groningen', provincieCode: 'PV20' }],
        [{ code: 'PV20', fte: 2400.4 }, { code: 'PV21', fte: 0.5 }, { code: 'PV22', fte: 0 }],
      ),
    ).toEqual([
      { provincieCode: 'PV20', provincieNaam: 'Groningen', provincieSlug: 'groningen', openVacatures: 3, vestigingen: ['Groningen'], fte: 2400.4 },
      { provincieCode: 'PV21', provincieNaam: 'Fryslân', provincieSlug: 'fryslan', openVacatures: 0, vestigingen: [], fte: 0.5 },
      { provincieCode: 'PV22', provincieNaam: 'Drenthe', provincieSlug: 'drenthe', openVacatures: 1, vestigingen: [], fte: null },
      { provincieCode: 'PV23', provincieNaam: 'Overijssel', provincieSlug: 'overijssel', openVacatures: 0, vestigingen: ['Zwolle'], fte: null },
    ]);
  });

  it('is empty for an organisation that is nowhere', () => {
    expect(employerPlaces(provinces, {}, [], [])).toEqual([]);
  });
});
