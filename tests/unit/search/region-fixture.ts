import { RegionCatalog } from '../../../src/lib/regions/region-catalog.ts';
import type { VacancySearchCriteria } from '../../../src/lib/search/vacancy-search-params.ts';

/** A small literal catalog: four provinces and four municipalities. */
export const catalog = new RegionCatalog({
  provinces: [
    { code: 'PV20', naam: 'Groningen', slug: 'groningen' },
    { code: 'PV21', naam: 'Fryslân', slug: 'fryslan' },
    { code: 'PV22', naam: 'Drenthe', slug: 'drenthe' },
    { code: 'PV27', naam: 'Noord-Holland', slug: 'noord-holland' },
  ],
  municipalities: [
    { code: 'GM0014', naam: 'Groningen', provincieCode: 'PV20', coropCode: 'CR02', lat: 53.2194, lon: 6.5665 },
    { code: 'GM0106', naam: 'Assen', provincieCode: 'PV22', coropCode: 'CR07', lat: 52.9925, lon: 6.5649 },
    { code: 'GM0080', naam: 'Leeuwarden', provincieCode: 'PV21', coropCode: 'CR04', lat: 53.2012, lon: 5.7999 },
    { code: 'GM0518', naam: "'s-Gravenhage", provincieCode: 'PV28', coropCode: 'CR30', lat: 52.0705, lon: 4.3007 },
  ],
  corop: [],
});

/** The criteria of an empty search (what parsing no parameters gives). */
export const EMPTY_CRITERIA: VacancySearchCriteria = {
  q: '',
  provincies: [],
  postcode: null,
  plaats: null,
  afstandKm: null,
  organisaties: [],
  vakgebieden: [],
  opleidingsniveaus: [],
  contracten: [],
  werkwijzen: [],
  schaalMin: null,
  schaalMax: null,
  urenMin: null,
  salarisMin: null,
  urenMax: null,
  rijksontmoetingsplein: false,
  sorteer: 'relevantie',
  pagina: 1,
  paginaGrootte: 20,
};

/** Empty criteria with some fields set. */
export function criteria(overrides: Partial<VacancySearchCriteria> = {}): VacancySearchCriteria {
  return { ...EMPTY_CRITERIA, ...overrides };
}
