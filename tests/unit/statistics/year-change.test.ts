import { describe, expect, it } from 'vitest';
import { changeVsPrevious } from '../../../src/lib/statistics/year-change.ts';

describe('changeVsPrevious', () => {
  it('gives absolute and relative change per region, sorted by code', () => {
    expect(changeVsPrevious([{ regioCode: 'PV22', fte: 110 }, { regioCode: 'PV20', fte: 90.5 }], [{ regioCode: 'PV20', fte: 100 }, { regioCode: 'PV22', fte: 100 }])).toEqual([
      { regioCode: 'PV20', fte: 90.5, vorigeFte: 100, verschil: -9.5, verschilPct: -9.5 },
      { regioCode: 'PV22', fte: 110, vorigeFte: 100, verschil: 10, verschilPct: 10 },
    ]);
  });

  it('treats a region missing on one side as 0 fte; no percentage from 0', () => {
    expect(changeVsPrevious([{ regioCode: 'PV24', fte: 5 }], [{ regioCode: 'PV29', fte: 3 }])).toEqual([
      { regioCode: 'PV24', fte: 5, vorigeFte: 0, verschil: 5, verschilPct: null },
      { regioCode: 'PV29', fte: 0, vorigeFte: 3, verschil: -3, verschilPct: -100 },
    ]);
  });

  it('gives null changes when there is no previous snapshot', () => {
    expect(changeVsPrevious([{ regioCode: 'PV20', fte: 1 }], null)).toEqual([{ regioCode: 'PV20', fte: 1, vorigeFte: null, verschil: null, verschilPct: null }]);
  });

  it('computes changes in tenths, so 0.3 − 0.1 is exactly 0.2', () => {
    expect(changeVsPrevious([{ regioCode: 'PV20', fte: 0.3 }], [{ regioCode: 'PV20', fte: 0.1 }])[0]).toEqual({ regioCode: 'PV20', fte: 0.3, vorigeFte: 0.1, verschil: 0.2, verschilPct: 200 });
  });
});
