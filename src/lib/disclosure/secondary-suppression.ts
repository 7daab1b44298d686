/**
 * Complementary suppression on an augmented table: `values` has the row totals in its last column and the
 * column totals (plus the grand total) in its last row, so every row and every column of it is one linear
 * equation "sum of the entries = the total in that line".
 *
 * Why bridges: read the augmented table as a bipartite graph (a node per row, a node per column, an edge per
 * hidden entry). The equations leave a hidden entry free exactly when its edge lies on a cycle; an edge that is
 * a bridge (a lone hidden entry in a line being the simplest case) can be solved from the shown figures.
 */

type Grid<T> = readonly (readonly T[])[];
type Pos = readonly [row: number, column: number];

const at = <T>(grid: Grid<T>, [i, j]: Pos): T => grid[i]![j]!;

/** Returns a copy of `primary` extended with secondary suppressions until no hidden entry is derivable from the shown ones. */
export function addSecondarySuppression(values: Grid<number>, primary: Grid<boolean>, locked: Grid<boolean>): boolean[][] {
  const hidden = primary.map((row) => [...row]);
  const rows = values.length;
  const cols = values[0]?.length ?? 0;
  const positions: Pos[] = values.flatMap((row, i) => row.map((_, j): Pos => [i, j]));
  const lines: Pos[][] = [
    ...Array.from({ length: rows }, (_, i) => positions.filter(([r]) => r === i)),
    ...Array.from({ length: cols }, (_, j) => positions.filter(([, c]) => c === j)),
  ];
  const isHidden = (p: Pos): boolean => at(hidden, p);
  // Locked entries (declared structural zeros) are known to every reader, so hiding them protects nothing.
  const isFree = (p: Pos): boolean => !isHidden(p) && !at(locked, p);
  const hiddenCount = (line: readonly Pos[]): number => line.filter(isHidden).length;
  const loneLines = ([i, j]: Pos): number => [lines[i]!, lines[rows + j]!].filter((l) => hiddenCount(l) === 1).length;

  // Cheapest complement: keep totals visible, then fix crossing lines too, then avoid zeros (weak cover), then smallest.
  const cost = (p: Pos, helps: boolean): number[] => {
    const total = p[0] === rows - 1 || p[1] === cols - 1;
    return [total ? 1 : 0, helps ? -loneLines(p) : 0, at(values, p) === 0 ? 1 : 0, at(values, p), p[0], p[1]];
  };
  const cheapest = (candidates: readonly Pos[], helps: boolean): Pos | undefined => {
    const scored = candidates.map((p) => ({ p, key: cost(p, helps) }));
    scored.sort((a, b) => a.key.map((k, n) => k - b.key[n]!).find((d) => d !== 0) ?? 0);
    return scored[0]?.p;
  };
  const hide = (p: Pos | undefined): boolean => {
    if (p === undefined) {
      // No usable complement (only structural zeros left): hide everything rather than publish a derivable figure.
      for (const q of positions) if (!at(locked, q)) hidden[q[0]]![q[1]] = true;
      return false;
    }
    hidden[p[0]]![p[1]] = true;
    return true;
  };

  // Nodes 0..rows-1 are rows, rows..rows+cols-1 are columns; `skip` removes one edge (the bridge being tested).
  const reachable = (start: number, skip: Pos): Set<number> => {
    const neighbours = new Map<number, number[]>();
    for (const p of positions) {
      if (!isHidden(p) || (p[0] === skip[0] && p[1] === skip[1])) continue;
      neighbours.set(p[0], [...(neighbours.get(p[0]) ?? []), rows + p[1]]);
      neighbours.set(rows + p[1], [...(neighbours.get(rows + p[1]) ?? []), p[0]]);
    }
    const seen = new Set([start]);
    const queue = [start];
    for (let node = queue.pop(); node !== undefined; node = queue.pop()) {
      for (const next of neighbours.get(node) ?? []) {
        if (!seen.has(next)) {
          seen.add(next);
          queue.push(next);
        }
      }
    }
    return seen;
  };

  for (;;) {
    // 1. Line rule: a line with exactly one hidden entry gives it away, so hide a second entry in that line.
    for (let changed = true; changed; ) {
      changed = false;
      for (const line of lines) {
        if (hiddenCount(line) !== 1) continue;
        if (!hide(cheapest(line.filter(isFree), true))) return hidden;
        changed = true;
      }
    }
    // 2. Bridge rule: also catches entries solvable by combining several equations.
    const bridge = positions.find((p) => isHidden(p) && !reachable(p[0], p).has(rows + p[1]));
    if (bridge === undefined) return hidden;
    const sideA = reachable(bridge[0], bridge);
    const sideB = reachable(rows + bridge[1], bridge);
    // Any extra hidden entry joining the two sides closes a cycle through the bridge.
    const joins = ([i, j]: Pos): boolean => (sideA.has(i) && sideB.has(rows + j)) || (sideB.has(i) && sideA.has(rows + j));
    if (!hide(cheapest(positions.filter((p) => isFree(p) && joins(p)), false))) return hidden;
  }
}
