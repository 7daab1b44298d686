import { describe, expect, it } from 'vitest';
import { pageItems } from '../../../src/lib/search/pagination.ts';

describe('pageItems', () => {
  it('shows first, last and the neighbours of the current page, with gaps', () => {
    expect(pageItems(1, 114)).toEqual([1, 2, 'gap', 114]);
    expect(pageItems(50, 114)).toEqual([1, 'gap', 49, 50, 51, 'gap', 114]);
    expect(pageItems(114, 114)).toEqual([1, 'gap', 113, 114]);
  });

  it('shows a single left-out page instead of a gap', () => {
    expect(pageItems(4, 7)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(pageItems(3, 6)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('handles one and two pages', () => {
    expect(pageItems(1, 1)).toEqual([1]);
    expect(pageItems(2, 2)).toEqual([1, 2]);
  });
});
