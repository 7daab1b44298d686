import { describe, expect, it } from 'vitest';
import { suppressList, type PublishedList } from '../../../src/lib/disclosure/index.ts';

const render = (l: PublishedList): string[] => [...l.items.map((i) => i.cell.display), l.total.display];

describe('suppressList', () => {
  it('hides one small item together with the smallest other item', () => {
    const l = suppressList({ labels: ['a', 'b', 'c', 'd'], counts: [3, 40, 12, 0] });
    expect(render(l)).toEqual(['<10', '40', '…', '0', '55']);
    expect(l.items.map((i) => i.label)).toEqual(['a', 'b', 'c', 'd']);
    expect(l.items[2]!.cell).toMatchObject({ reason: 'secundair' });
    expect(l.note).toBe('Afgeronde aantallen tellen niet altijd op tot het totaal.');
  });

  it('needs no partner for two small items', () => {
    expect(render(suppressList({ labels: ['a', 'b', 'c'], counts: [9, 1, 33] }))).toEqual(['<10', '<10', '35', '45']);
  });

  it('shows 9, 10 and 11 around the threshold', () => {
    const l = suppressList({ labels: ['a', 'b', 'c', 'd'], counts: [9, 10, 11, 30] });
    expect(render(l)).toEqual(['<10', '…', '10', '30', '60']);
  });

  it('hides a small total together with its small items', () => {
    expect(render(suppressList({ labels: ['a', 'b'], counts: [3, 0] }))).toEqual(['<10', '0', '<10']);
  });

  it('hides a zero total like its zero items when zeros are suppressed, except declared structural zeros', () => {
    const options = { policy: { suppressZeros: true }, isStructuralZero: (i: number) => i === 1 };
    expect(render(suppressList({ labels: ['a', 'b'], counts: [0, 0] }, options))).toEqual(['<10', '0', '<10']);
  });
});
