import { describe, expect, it } from 'vitest';
import { PROVINCE_NEIGHBOURS } from '../../../src/lib/regions/province-neighbours.ts';
import { PROVINCE_CODE } from '../../../src/lib/regions/region-codes.ts';

describe('PROVINCE_NEIGHBOURS', () => {
  it('has exactly the 12 provinces PV20–PV31 as keys', () => {
    expect(Object.keys(PROVINCE_NEIGHBOURS).sort()).toEqual(['PV20', 'PV21', 'PV22', 'PV23', 'PV24', 'PV25', 'PV26', 'PV27', 'PV28', 'PV29', 'PV30', 'PV31']);
  });

  it('is symmetric: when A lists B, B lists A', () => {
    const oneWay: string[] = [];
    for (const [a, list] of Object.entries(PROVINCE_NEIGHBOURS)) {
      for (const b of list) if (!PROVINCE_NEIGHBOURS[b]?.includes(a)) oneWay.push(`${a}→${b}`);
    }
    expect(oneWay).toEqual([]);
  });

  it('lists only valid codes, never the province itself, without duplicates', () => {
    for (const [code, list] of Object.entries(PROVINCE_NEIGHBOURS)) {
      expect(list.every((n) => PROVINCE_CODE.test(n))).toBe(true);
      expect(list).not.toContain(code);
      expect(new Set(list).size).toBe(list.length);
      expect(list.length).toBeGreaterThan(0);
    }
  });

  it('links Fryslân to Noord-Holland over the Afsluitdijk and Flevoland to Gelderland', () => {
    expect(PROVINCE_NEIGHBOURS.PV21).toContain('PV27');
    expect(PROVINCE_NEIGHBOURS.PV24).toContain('PV25');
  });
});
