import { describe, expect, it } from 'vitest';
import { growthDistribution } from '../../../src/lib/statistics/growth-distribution.ts';

describe('growthDistribution', () => {
  it("gives each region's share of the national growth", () => {
    expect(growthDistribution([{ regioCode: 'PV20', fte: 130 }, { regioCode: 'PV28', fte: 210 }, { regioCode: 'PV31', fte: 90 }], [{ regioCode: 'PV20', fte: 100 }, { regioCode: 'PV28', fte: 200 }, { regioCode: 'PV31', fte: 100 }])).toEqual({
      nationaalVerschil: 30,
      regions: [
        { regioCode: 'PV20', verschil: 30, aandeelInVerandering: 100 },
        { regioCode: 'PV28', verschil: 10, aandeelInVerandering: 33.3 },
        { regioCode: 'PV31', verschil: -10, aandeelInVerandering: -33.3 },
      ],
    });
  });

  it('has no shares when the country did not change', () => {
    expect(growthDistribution([{ regioCode: 'PV20', fte: 110 }, { regioCode: 'PV21', fte: 90 }], [{ regioCode: 'PV20', fte: 100 }, { regioCode: 'PV21', fte: 100 }])).toEqual({
      nationaalVerschil: 0,
      regions: [
        { regioCode: 'PV20', verschil: 10, aandeelInVerandering: null },
        { regioCode: 'PV21', verschil: -10, aandeelInVerandering: null },
      ],
    });
  });

  it('keeps positive shares for shrinking regions when the country shrank', () => {
    expect(growthDistribution([{ regioCode: 'PV20', fte: 95 }, { regioCode: 'PV21', fte: 85 }], [{ regioCode: 'PV20', fte: 100 }, { regioCode: 'PV21', fte: 100 }]).regions.map((r) => r.aandeelInVerandering)).toEqual([25, 75]);
  });
});
