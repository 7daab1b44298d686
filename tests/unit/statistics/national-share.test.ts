import { describe, expect, it } from 'vitest';
import { DEFAULT_RANDSTAD_PROVINCES, randstadShare, shareOfNational } from '../../../src/lib/statistics/national-share.ts';

const provinces = [
  { regioCode: 'PV28', fte: 500 },
  { regioCode: 'PV20', fte: 100 },
  { regioCode: 'PV26', fte: 150 },
  { regioCode: 'PV27', fte: 250 },
];

describe('shareOfNational', () => {
  it('gives each region its share in percent with one decimal, sorted by code', () => {
    expect(shareOfNational(provinces, 1000)).toEqual([
      { regioCode: 'PV20', fte: 100, aandeelPct: 10 },
      { regioCode: 'PV26', fte: 150, aandeelPct: 15 },
      { regioCode: 'PV27', fte: 250, aandeelPct: 25 },
      { regioCode: 'PV28', fte: 500, aandeelPct: 50 },
    ]);
    expect(shareOfNational([{ regioCode: 'PV20', fte: 1 }], 3)).toEqual([{ regioCode: 'PV20', fte: 1, aandeelPct: 33.3 }]);
    expect(shareOfNational([{ regioCode: 'PV20', fte: 0 }], 0)).toEqual([{ regioCode: 'PV20', fte: 0, aandeelPct: null }]);
  });
});

describe('randstadShare', () => {
  it('defaults to Utrecht, Noord-Holland and Zuid-Holland and says so', () => {
    expect(DEFAULT_RANDSTAD_PROVINCES).toEqual(['PV26', 'PV27', 'PV28']);
    expect(randstadShare(provinces, 1000)).toEqual({
      provincies: ['PV26', 'PV27', 'PV28'],
      fte: 900,
      nationaalFte: 1000,
      aandeelPct: 90,
      definitie: 'Randstad = de provincies Utrecht (PV26), Noord-Holland (PV27) en Zuid-Holland (PV28). Aandeel = fte in deze provincies gedeeld door de fte in heel Nederland, in procenten met één decimaal.',
    });
  });

  it('takes a configured set of provinces (deduplicated, sorted) and names them in the definition', () => {
    const share = randstadShare(provinces, 1000, ['PV28', 'PV27', 'PV28']);
    expect(share).toMatchObject({ provincies: ['PV27', 'PV28'], fte: 750, aandeelPct: 75 });
    expect(share.definitie).toContain('de provincies Noord-Holland (PV27) en Zuid-Holland (PV28)');
    expect(randstadShare(provinces, 1000, ['PV28']).definitie).toContain('de provincie Zuid-Holland (PV28).');
  });

  it('has no share of an empty country', () => {
    expect(randstadShare([], 0).aandeelPct).toBeNull();
  });
});
