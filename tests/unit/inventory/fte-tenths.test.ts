import { describe, expect, it } from 'vitest';
import { fteToTenths, parseFteTenths, tenthsToFte } from '../../../src/lib/inventory/fte-tenths.ts';

describe('parseFteTenths', () => {
  it('reads Dutch and English decimals into integer tenths', () => {
    expect(['12,5', '12.5', ' 12,50 ', '0', '7', '0,1', '1 234,5'].map((v) => parseFteTenths(v))).toEqual([
      { ok: true, value: 125 },
      { ok: true, value: 125 },
      { ok: true, value: 125 },
      { ok: true, value: 0 },
      { ok: true, value: 70 },
      { ok: true, value: 1 },
      { ok: true, value: 12345 },
    ]);
  });

  it('refuses negative, non-numeric, ambiguous and too precise values with a Dutch reason', () => {
    expect(parseFteTenths('-5')).toEqual({ ok: false, message: '"-5": fte mag niet negatief zijn.' });
    expect(parseFteTenths('abc')).toEqual({ ok: false, message: '"abc" is geen getal. Schrijf fte als 12,5 of 12.5.' });
    expect(parseFteTenths('')).toEqual({ ok: false, message: 'Fte ontbreekt.' });
    expect(parseFteTenths('1.234,5')).toEqual({ ok: false, message: '"1.234,5" is geen geldig fte-getal: gebruik geen scheidingsteken voor duizendtallen (schrijf 1234,5).' });
    expect(parseFteTenths('1.234')).toEqual({ ok: false, message: '"1.234" heeft te veel decimalen: fte wordt vastgelegd op één decimaal (bijvoorbeeld 12,5).' });
    expect(parseFteTenths('1000000')).toEqual({ ok: false, message: '"1000000" is te groot voor één regel (hoogstens 999999,9 fte).' });
    expect(parseFteTenths('1e3').ok).toBe(false);
  });

  it('converts between tenths and fte', () => {
    expect(tenthsToFte(125)).toBe(12.5);
    expect(fteToTenths(0.1 + 0.2)).toBe(3);
    expect(() => fteToTenths(Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });
});
