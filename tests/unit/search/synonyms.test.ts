import { describe, expect, it } from 'vitest';
import { buildSynonyms } from '../../../src/lib/search/synonyms.ts';

describe('buildSynonyms', () => {
  it('maps every member of a group to all the others, in group order', () => {
    expect(buildSynonyms([['a', 'b', 'c'], ['x', 'y']])).toEqual({ a: ['b', 'c'], b: ['a', 'c'], c: ['a', 'b'], x: ['y'], y: ['x'] });
  });

  it('gives an empty list for a group of one and nothing for no groups', () => {
    expect(buildSynonyms([['solo']])).toEqual({ solo: [] });
    expect(buildSynonyms([])).toEqual({});
  });

  it('is two-way and never maps a word to itself in the curated list', () => {
    const synonyms = buildSynonyms();
    for (const [word, others] of Object.entries(synonyms)) {
      expect(others).not.toContain(word);
      expect(others.length).toBeGreaterThan(0);
      for (const other of others) expect(synonyms[other]).toContain(word);
    }
  });

  it('holds the curated groups', () => {
    const synonyms = buildSynonyms();
    expect(synonyms['den haag']).toEqual(["'s-gravenhage", 's-gravenhage', 'haag']);
    expect(synonyms.friesland).toEqual(['fryslan', 'fryslân']);
    expect(synonyms.ict).toEqual(['it', 'informatietechnologie', 'automatisering']);
  });

  it('holds each word in one group only (a later group would silently replace an earlier one)', () => {
    const synonyms = buildSynonyms();
    for (const [word, others] of Object.entries(synonyms)) {
      for (const other of others) expect(new Set([other, ...synonyms[other]!])).toEqual(new Set([word, ...others]));
    }
  });
});
