import { describe, expect, it } from 'vitest';
import { fteByProvinceAndSector, fteByRegion } from '../../../src/lib/statistics/regional-totals.ts';
import { row } from './fixtures.ts';

const rows = [
  row('duo', 'ministerie', 'PV20', 'GM0014', 'CR03', 100.1),
  row('politie', 'politie', 'PV20', 'GM0014', 'CR03', 0.2),
  row('uwv', 'zbo', 'PV27', 'GM0363', 'CR23', 50),
  row('politie', 'politie', 'PV22', null, null, 0.1),
];

describe('fteByRegion', () => {
  it('sums per province exactly, sorted by code, with requested empty provinces as 0', () => {
    expect(fteByRegion(rows, { level: 'provincie', regionCodes: ['PV31', 'PV20'] })).toEqual({
      level: 'provincie',
      sector: null,
      regions: [
        { regioCode: 'PV20', fte: 100.3 },
        { regioCode: 'PV22', fte: 0.1 },
        { regioCode: 'PV27', fte: 50 },
        { regioCode: 'PV31', fte: 0 },
      ],
      unassignedFte: 0,
      nationalFte: 150.4,
    });
  });

  it('sums per COROP region and keeps province-only rows apart as unassigned', () => {
    expect(fteByRegion(rows, { level: 'corop' })).toEqual({
      level: 'corop',
      sector: null,
      regions: [
        { regioCode: 'CR03', fte: 100.3 },
        { regioCode: 'CR23', fte: 50 },
      ],
      unassignedFte: 0.1,
      nationalFte: 150.4,
    });
  });

  it('filters on one sector', () => {
    expect(fteByRegion(rows, { level: 'provincie', sector: 'politie' })).toMatchObject({
      sector: 'politie',
      regions: [
        { regioCode: 'PV20', fte: 0.2 },
        { regioCode: 'PV22', fte: 0.1 },
      ],
      nationalFte: 0.3,
    });
  });

  it('gives empty totals for no rows', () => {
    expect(fteByRegion([], { level: 'corop' })).toEqual({ level: 'corop', sector: null, regions: [], unassignedFte: 0, nationalFte: 0 });
  });

  it('builds a province × sector table in the given sector order', () => {
    expect(fteByProvinceAndSector(rows, ['zbo', 'dji'], ['PV20'])).toEqual([
      { sector: 'zbo', regions: [{ regioCode: 'PV20', fte: 0 }, { regioCode: 'PV27', fte: 50 }], nationalFte: 50 },
      { sector: 'dji', regions: [{ regioCode: 'PV20', fte: 0 }], nationalFte: 0 },
    ]);
  });
});
