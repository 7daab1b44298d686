import { describe, expect, it } from 'vitest';
import { crossBorderMoves, MOVE_THRESHOLD_FTE } from '../../../src/lib/statistics/cross-border-moves.ts';
import { row } from './fixtures.ts';

describe('crossBorderMoves', () => {
  it('finds an organisation that lost ≥ 50 fte in one province while gaining ≥ 50 in another', () => {
    const before = [row('duo', 'ministerie', 'PV20', 'GM0014', 'CR03', 500), row('duo', 'ministerie', 'PV26', 'GM0344', 'CR22', 100)];
    const after = [row('duo', 'ministerie', 'PV20', 'GM0014', 'CR03', 420), row('duo', 'ministerie', 'PV26', 'GM0344', 'CR22', 170)];
    expect(crossBorderMoves(before, after)).toEqual([
      { organisatieCode: 'duo', verlies: [{ provincieCode: 'PV20', verschil: -80 }], winst: [{ provincieCode: 'PV26', verschil: 70 }], verliesFte: 80, winstFte: 70, verplaatstFte: 70 },
    ]);
  });

  it('counts exactly 50 fte, not 49.9; and needs both a loss and a gain', () => {
    expect(MOVE_THRESHOLD_FTE).toBe(50);
    const at = (a: number, b: number) => [row('x', 'zbo', 'PV20', null, null, a), row('x', 'zbo', 'PV21', null, null, b)];
    expect(crossBorderMoves(at(100, 0), at(50, 50))).toHaveLength(1);
    expect(crossBorderMoves(at(100, 0), at(50.1, 49.9))).toEqual([]);
    // Growth everywhere is no move; nor is shrinkage everywhere.
    expect(crossBorderMoves(at(100, 100), at(200, 200))).toEqual([]);
    expect(crossBorderMoves(at(100, 100), at(0, 0))).toEqual([]);
  });

  it('sums an organisation over municipalities and sectors within a province, and handles new and closed provinces', () => {
    const before = [row('kmar', 'defensie', 'PV27', 'GM0394', 'CR23', 60), row('kmar', 'defensie', 'PV27', 'GM0363', 'CR23', 30)];
    const after = [row('kmar', 'defensie', 'PV27', 'GM0394', 'CR23', 30), row('kmar', 'politie', 'PV31', null, null, 55)];
    expect(crossBorderMoves(before, after)).toEqual([
      { organisatieCode: 'kmar', verlies: [{ provincieCode: 'PV27', verschil: -60 }], winst: [{ provincieCode: 'PV31', verschil: 55 }], verliesFte: 60, winstFte: 55, verplaatstFte: 55 },
    ]);
  });

  it('orders by fte moved (largest first), then organisation code; provinces by size of change', () => {
    const before = [
      row('b', 'zbo', 'PV20', null, null, 100), row('b', 'zbo', 'PV21', null, null, 0),
      row('a', 'zbo', 'PV20', null, null, 100), row('a', 'zbo', 'PV21', null, null, 0),
      row('c', 'zbo', 'PV20', null, null, 300), row('c', 'zbo', 'PV21', null, null, 0), row('c', 'zbo', 'PV22', null, null, 0),
    ];
    const after = [
      row('b', 'zbo', 'PV20', null, null, 40), row('b', 'zbo', 'PV21', null, null, 60),
      row('a', 'zbo', 'PV20', null, null, 40), row('a', 'zbo', 'PV21', null, null, 60),
      row('c', 'zbo', 'PV20', null, null, 100), row('c', 'zbo', 'PV21', null, null, 60), row('c', 'zbo', 'PV22', null, null, 140),
    ];
    const moves = crossBorderMoves(before, after);
    expect(moves.map((m) => [m.organisatieCode, m.verplaatstFte])).toEqual([['c', 200], ['a', 60], ['b', 60]]);
    expect(moves[0]!.winst).toEqual([{ provincieCode: 'PV22', verschil: 140 }, { provincieCode: 'PV21', verschil: 60 }]);
  });

  it('takes a custom threshold', () => {
    const before = [row('x', 'zbo', 'PV20', null, null, 10)];
    const after = [row('x', 'zbo', 'PV21', null, null, 10)];
    expect(crossBorderMoves(before, after)).toEqual([]);
    expect(crossBorderMoves(before, after, 10)).toMatchObject([{ organisatieCode: 'x', verplaatstFte: 10 }]);
  });
});
