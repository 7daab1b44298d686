import { describe, expect, it } from 'vitest';
import { normaliseName, RegionCatalog, type CatalogMunicipality } from '../../../src/lib/regions/region-catalog.ts';

const GRONINGEN: CatalogMunicipality = { code: 'GM0014', naam: 'Groningen', provincieCode: 'PV20', coropCode: 'CR02', lat: 53.2194, lon: 6.5665 };
const ASSEN: CatalogMunicipality = { code: 'GM0106', naam: 'Assen', provincieCode: 'PV22', coropCode: 'CR07', lat: 52.9925, lon: 6.5649 };
const LEEUWARDEN: CatalogMunicipality = { code: 'GM0080', naam: 'Leeuwarden', provincieCode: 'PV21', coropCode: 'CR04', lat: 53.2012, lon: 5.7999 };
const SUDWEST: CatalogMunicipality = { code: 'GM1900', naam: 'Súdwest-Fryslân', provincieCode: 'PV21', coropCode: 'CR05', lat: 53.03, lon: 5.53 };
const DEN_HAAG: CatalogMunicipality = { code: 'GM0518', naam: "'s-Gravenhage", provincieCode: 'PV28', coropCode: 'CR30', lat: 52.0705, lon: 4.3007 };
const HENGELO: CatalogMunicipality = { code: 'GM0164', naam: 'Hengelo (O.)', provincieCode: 'PV23', coropCode: 'CR14', lat: 52.2658, lon: 6.7931 };

const catalog = new RegionCatalog({
  provinces: [
    { code: 'PV20', naam: 'Groningen', slug: 'groningen' },
    { code: 'PV21', naam: 'Fryslân', slug: 'fryslan' },
    { code: 'PV22', naam: 'Drenthe', slug: 'drenthe' },
  ],
  municipalities: [GRONINGEN, ASSEN, LEEUWARDEN, SUDWEST, DEN_HAAG, HENGELO],
  corop: [{ code: 'CR02', naam: 'Overig Groningen', provincieCode: 'PV20' }],
});

describe('RegionCatalog.province', () => {
  it('finds a province by code in any case and by slug in any case, trimmed', () => {
    expect(catalog.province('PV21')?.naam).toBe('Fryslân');
    expect(catalog.province('pv21')?.naam).toBe('Fryslân');
    expect(catalog.province(' Fryslan ')?.code).toBe('PV21');
  });

  it('does not find a province by display name with accents or an unknown code', () => {
    expect(catalog.province('Fryslân')).toBeUndefined();
    expect(catalog.province('PV31')).toBeUndefined();
    expect(catalog.province('')).toBeUndefined();
  });
});

describe('RegionCatalog.municipality', () => {
  it('finds by CBS code, case-insensitive and trimmed', () => {
    expect(catalog.municipality('GM0014')).toBe(GRONINGEN);
    expect(catalog.municipality(' gm0106 ')).toBe(ASSEN);
  });

  it('finds by name regardless of case, accents and extra spaces', () => {
    expect(catalog.municipality('groningen')).toBe(GRONINGEN);
    expect(catalog.municipality('Sudwest-Fryslan')).toBe(SUDWEST);
    expect(catalog.municipality('SÚDWEST-FRYSLÂN')).toBe(SUDWEST);
    expect(catalog.municipality("  's-Gravenhage ")).toBe(DEN_HAAG);
  });

  it('resolves common names that differ from the CBS spelling', () => {
    expect(catalog.municipality('Den Haag')).toBe(DEN_HAAG);
    expect(catalog.municipality('den  haag')).toBe(DEN_HAAG);
    expect(catalog.municipality('Hengelo')).toBe(HENGELO);
  });

  it('skips an alias whose target is not in the catalog', () => {
    expect(catalog.municipality('Den Bosch')).toBeUndefined();
  });

  it('returns undefined for unknown names and codes', () => {
    expect(catalog.municipality('Atlantis')).toBeUndefined();
    expect(catalog.municipality('GM9999')).toBeUndefined();
  });
});

describe('RegionCatalog.municipalitiesWithin', () => {
  it('returns the municipalities within the distance, nearest first, the centre itself at 0 km', () => {
    const within = catalog.municipalitiesWithin(GRONINGEN, 60);
    expect(within.map((e) => e.municipality.code)).toEqual(['GM0014', 'GM0106', 'GM0080']);
    expect(within[0]?.km).toBe(0);
    expect(within.map((e) => Math.round(e.km))).toEqual([0, 25, 51]);
  });

  it('is bounded inclusively by the distance', () => {
    const toAssen = catalog.municipalitiesWithin(GRONINGEN, 60)[1]?.km ?? 0;
    expect(catalog.municipalitiesWithin(GRONINGEN, toAssen).map((e) => e.municipality.code)).toEqual(['GM0014', 'GM0106']);
    expect(catalog.municipalitiesWithin(GRONINGEN, toAssen - 0.001).map((e) => e.municipality.code)).toEqual(['GM0014']);
  });

  it('returns nothing when no municipality is within the distance', () => {
    expect(catalog.municipalitiesWithin({ lat: 50, lon: 0 }, 10)).toEqual([]);
  });
});

describe('normaliseName', () => {
  it('lower-cases, strips accents and folds whitespace', () => {
    expect(normaliseName('  Súdwest-Fryslân\t ')).toBe('sudwest-fryslan');
    expect(normaliseName('Den   Haag')).toBe('den haag');
  });
});
