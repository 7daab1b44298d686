/**
 * The what-if page (/cijfers/scenario) with one move filled in, in the URL form it reads (repeated
 * `organisatie`, `van`, `naar`, `fte` per move, see scenario-page-data.ts), so the link can be shared.
 */
export function scenarioUrl(move: { jaar: number; organisatie: string; van: string; naar: string; fte: number }): string {
  const params = new URLSearchParams({ jaar: String(move.jaar), organisatie: move.organisatie, van: move.van, naar: move.naar, fte: String(move.fte).replace('.', ',') });
  return `/cijfers/scenario?${params}`;
}
