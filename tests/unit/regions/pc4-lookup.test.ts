import { describe, expect, it } from 'vitest';
import { toPc4 } from '../../../src/lib/regions/pc4-lookup.ts';

describe('toPc4', () => {
  it.each([
    ['9711', '9711'],
    ['9711 AB', '9711'],
    ['9711ab', '9711'],
    ['9711AB', '9711'],
    [' 9711  ', '9711'],
    ['1000', '1000'],
    ['9999 zz', '9999'],
  ])('reads %j as %j', (input, expected) => {
    expect(toPc4(input)).toBe(expected);
  });

  it.each([
    ['0711'],
    ['97111'],
    ['971'],
    ['ABCD'],
    [''],
    ['9711 A'],
    ['9711 ABC'],
    ['9711-AB'],
    ['９７１１'],
    ['9711 AB extra'],
  ])('rejects %j', (input) => {
    expect(toPc4(input)).toBeNull();
  });
});
