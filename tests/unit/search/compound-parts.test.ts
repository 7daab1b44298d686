import { describe, expect, it } from 'vitest';
import { COMPOUND_PARTS, compoundPartsOf, compoundPartsOfText } from '../../../src/lib/search/compound-parts.ts';

describe('compoundPartsOf', () => {
  it('finds head and modifier of a compound, longest first', () => {
    expect(compoundPartsOf('informatiebeveiliging')).toEqual(['beveiliging', 'informatie']);
    expect(compoundPartsOf('beleidsmedewerker')).toEqual(['medewerker', 'beleid']);
  });

  it('is case-insensitive and returns lower case', () => {
    expect(compoundPartsOf('InformatieBeveiliging')).toEqual(['beveiliging', 'informatie']);
  });

  it('yields nothing for a part on its own', () => {
    expect(compoundPartsOf('beveiliging')).toEqual([]);
    expect(compoundPartsOf('informatie')).toEqual([]);
  });

  it('takes a part only when at least 3 letters remain', () => {
    expect(compoundPartsOf('beleiden')).toEqual([]);
    expect(compoundPartsOf('beleidjes')).toEqual(['beleid']);
  });

  it('yields nothing for a word without known parts', () => {
    expect(compoundPartsOf('xyzxyzxyz')).toEqual([]);
    expect(compoundPartsOf('')).toEqual([]);
  });
});

describe('compoundPartsOfText', () => {
  it('collects the parts of every long word, deduplicated', () => {
    expect(compoundPartsOfText('Senior informatiebeveiliging-adviseur, beleidsmedewerker informatiebeveiliging')).toEqual(['beveiliging', 'informatie', 'medewerker', 'beleid']);
  });

  it('leaves words shorter than 8 letters untouched', () => {
    expect(compoundPartsOf('webteam')).toEqual(['team']);
    expect(compoundPartsOfText('webteam ict-beleid')).toEqual([]);
    expect(compoundPartsOfText('teamlead')).toEqual(['team']);
  });

  it('returns nothing for empty text', () => {
    expect(compoundPartsOfText('')).toEqual([]);
  });
});

describe('COMPOUND_PARTS', () => {
  it('holds lower-case words only', () => {
    for (const part of COMPOUND_PARTS) expect(part).toBe(part.toLowerCase());
  });
});
