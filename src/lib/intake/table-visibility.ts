import type { PublishedCell, PublishedTable } from '../disclosure/index.ts';

/** True when none of the cells shows a number other than 0: such a table says nothing a sentence cannot say. */
export function nothingShown(cells: readonly PublishedCell[]): boolean {
  return cells.every((c) => c.kind !== 'value' || c.value === 0);
}

/** The inner cells of a published table (without its margins). */
export function innerCells(table: Pick<PublishedTable, 'cells'>): PublishedCell[] {
  return table.cells.flat();
}

/**
 * The one sentence that replaces a table whose inner cells are all hidden (or 0): what is hidden and why, and the
 * total when that is shown.
 */
export function hiddenTableSentence(subject: string, total: PublishedCell | null): string {
  const totalText = total && total.kind === 'value' ? ` Het totaal is ${total.display}.` : total && total.kind === 'suppressed' && total.display.startsWith('<') ? ` Het totaal is kleiner dan ${total.display.slice(1)}.` : '';
  return `${subject}: alle cellen zijn verborgen, omdat er per cel te weinig waarnemingen zijn om ze te tonen zonder dat ze herleidbaar worden.${totalText} Kies een langere periode of minder filters.`;
}

/** True when a trend has too few shown points to draw a line (fewer than two). */
export function tooFewPoints(values: readonly (number | null)[]): boolean {
  return values.filter((v) => v !== null).length < 2;
}
