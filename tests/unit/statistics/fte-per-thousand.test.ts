import { describe, expect, it } from 'vitest';
import { ftePerThousand, nearestYear, type CbsFigure } from '../../../src/lib/statistics/fte-per-thousand.ts';

describe('nearestYear', () => {
  it('picks the year itself, else the nearest earlier year, never a later one', () => {
    expect(nearestYear([2021, 2022, 2024], 2024)).toBe(2024);
    expect(nearestYear([2021, 2022], 2025)).toBe(2022);
    expect(nearestYear([2022, 2024], 2023)).toBe(2022);
    expect(nearestYear([2024, 2022], 2023)).toBe(2022);
    expect(nearestYear([2023, 2024], 2022)).toBeNull();
    expect(nearestYear([2030], 2021)).toBeNull();
    expect(nearestYear([], 2023)).toBeNull();
  });
});

const figures: CbsFigure[] = [
  { jaar: 2024, regioCode: 'PV20', bevolking: 600_000, beroepsbevolking: null },
  { jaar: 2021, regioCode: 'PV20', bevolking: null, beroepsbevolking: 322_000 },
  { jaar: 2022, regioCode: 'PV20', bevolking: null, beroepsbevolking: 330_000 },
  { jaar: 2024, regioCode: 'PV22', bevolking: 0, beroepsbevolking: null },
];

describe('ftePerThousand', () => {
  it('divides by inhabitants of the peildatum year and returns that year; a later year is never used', () => {
    expect(ftePerThousand([{ regioCode: 'PV20', fte: 20_385.7 }], figures, 2024, 'bevolking')).toEqual([
      { regioCode: 'PV20', fte: 20_385.7, noemer: 600_000, noemerJaar: 2024, perDuizend: 34 },
    ]);
    expect(ftePerThousand([{ regioCode: 'PV20', fte: 20_385.7 }], figures, 2023, 'bevolking')[0]).toMatchObject({ noemer: null, noemerJaar: null, perDuizend: null });
  });

  it('uses the nearest earlier labour-force year (2022 for 2024)', () => {
    expect(ftePerThousand([{ regioCode: 'PV20', fte: 3300 }], figures, 2024, 'beroepsbevolking')).toEqual([
      { regioCode: 'PV20', fte: 3300, noemer: 330_000, noemerJaar: 2022, perDuizend: 10 },
    ]);
    expect(ftePerThousand([{ regioCode: 'PV20', fte: 1000 }], figures, 2021, 'beroepsbevolking')[0]).toMatchObject({ noemerJaar: 2021, perDuizend: 3.1 });
  });

  it('gives null (and no year) without a usable figure, sorted by region code', () => {
    expect(ftePerThousand([{ regioCode: 'PV31', fte: 1 }, { regioCode: 'PV22', fte: 1 }], figures, 2024, 'bevolking')).toEqual([
      { regioCode: 'PV22', fte: 1, noemer: null, noemerJaar: null, perDuizend: null },
      { regioCode: 'PV31', fte: 1, noemer: null, noemerJaar: null, perDuizend: null },
    ]);
  });
});
