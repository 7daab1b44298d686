import { describe, expect, it } from 'vitest';
import { publishCount, suppressTable } from '../../../src/lib/disclosure/index.ts';
import { hiddenTableSentence, innerCells, nothingShown, tooFewPoints } from '../../../src/lib/intake/table-visibility.ts';

describe('tables with nothing to show', () => {
  it('recognises a table whose inner cells are all hidden or zero', () => {
    const hidden = suppressTable({ rowLabels: ['a', 'b'], columnLabels: ['x', 'y'], counts: [[3, 0], [0, 4]] });
    expect(nothingShown(innerCells(hidden))).toBe(true);
    const shown = suppressTable({ rowLabels: ['a', 'b'], columnLabels: ['x', 'y'], counts: [[30, 20], [40, 50]] });
    expect(nothingShown(innerCells(shown))).toBe(false);
  });

  it('says in one sentence what is hidden, with the total when it is shown', () => {
    expect(hiddenTableSentence('Woonprovincie × werkprovincie', publishCount(45))).toBe(
      'Woonprovincie × werkprovincie: alle cellen zijn verborgen, omdat er per cel te weinig waarnemingen zijn om ze te tonen zonder dat ze herleidbaar worden. Het totaal is 45. Kies een langere periode of minder filters.',
    );
    expect(hiddenTableSentence('Activiteit', publishCount(4))).toContain('Het totaal is kleiner dan 10.');
    expect(hiddenTableSentence('Activiteit', null)).not.toContain('totaal');
  });

  it('needs two shown points for a trend line', () => {
    expect(tooFewPoints([null, 5])).toBe(true);
    expect(tooFewPoints([5])).toBe(true);
    expect(tooFewPoints([5, null, 10])).toBe(false);
  });
});
