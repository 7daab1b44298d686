import { describe, expect, it } from 'vitest';
import { normalisePostcode, zPostcodePc4 } from '../../../src/lib/import/normalise-postcode.ts';

const GENERIC = 'Ongeldige postcode: gebruik vier cijfers, eventueel gevolgd door twee letters (bijvoorbeeld 9711 AB of 9711).';

describe('normalisePostcode', () => {
  it.each(['9711 AB', '9711AB', '9711ab', '9711', ' 9711  ab ', '9711\tAb'])('reduces %j to PC4 9711', (input) => {
    expect(normalisePostcode(input)).toEqual({ ok: true, value: '9711' });
  });

  it.each(['', '   ', null, undefined])('treats %j as unknown', (input) => {
    expect(normalisePostcode(input)).toEqual({ ok: true, value: null });
  });

  it.each([
    ['0123', 'Ongeldige postcode: een Nederlandse postcode begint niet met 0.'],
    ['0123 AB', 'Ongeldige postcode: een Nederlandse postcode begint niet met 0.'],
    ['97111', GENERIC],
    ['ABCD', GENERIC],
    ['971', GENERIC],
    ['9711 A', GENERIC],
    ['9711 ABC', GENERIC],
    ['9711-AB', GENERIC],
  ])('rejects %j without repeating the input', (input, message) => {
    expect(normalisePostcode(input)).toEqual({ ok: false, message });
  });

  it('zPostcodePc4 keeps only the digits', () => {
    expect(zPostcodePc4.parse('9711 AB')).toBe('9711');
    expect(zPostcodePc4.parse('')).toBe(null);
    expect(zPostcodePc4.safeParse('ABCD').error?.issues[0]?.message).toBe(GENERIC);
  });
});
