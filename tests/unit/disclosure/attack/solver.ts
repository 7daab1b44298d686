/**
 * A small exact solver for the attack suite: integer unknowns x_a ≥ 0 (how many records each atom holds) and linear
 * constraints lo ≤ Σ coef·x ≤ hi (one per published figure). Bounds propagation plus depth-first search, so "feasible"
 * answers come with a witness and "infeasible" answers are exhaustive (or the node budget ran out, reported as such).
 */

/** One linear constraint over atom indices. */
export interface Constraint {
  readonly terms: readonly (readonly [atom: number, coef: number])[];
  readonly lo: number;
  readonly hi: number;
}

/** Answer of a feasibility question. */
export type Feasibility = 'feasible' | 'infeasible' | 'budget';

export class ExactSolver {
  private readonly byAtom: number[][];
  private readonly atomCount: number;
  private readonly constraints: readonly Constraint[];
  /** Upper bound for any atom (e.g. the largest published value + noise). */
  private readonly cap: number;

  constructor(atomCount: number, constraints: readonly Constraint[], cap: number) {
    this.atomCount = atomCount;
    this.constraints = constraints;
    this.cap = cap;
    this.byAtom = Array.from({ length: atomCount }, () => []);
    constraints.forEach((c, i) => c.terms.forEach(([a]) => this.byAtom[a]!.push(i)));
  }

  /** Propagates bounds to a fixpoint; false when some constraint cannot be met. */
  private propagate(lo: number[], hi: number[], extra: readonly Constraint[], queue: Set<number>): boolean {
    const all = [...this.constraints, ...extra];
    const byAtomExtra = (a: number): number[] => [...this.byAtom[a]!, ...extra.map((_, j) => this.constraints.length + j).filter((i) => all[i]!.terms.some(([b]) => b === a))];
    while (queue.size > 0) {
      const i = queue.values().next().value!;
      queue.delete(i);
      const c = all[i]!;
      let min = 0;
      let max = 0;
      for (const [a, k] of c.terms) {
        min += k * lo[a]!;
        max += k * hi[a]!;
      }
      if (min > c.hi || max < c.lo) return false;
      for (const [a, k] of c.terms) {
        // Σ others ≥ min − k·lo[a], so k·x ≤ c.hi − (min − k·lo[a]); likewise from below.
        const newHi = Math.floor((c.hi - (min - k * lo[a]!)) / k);
        const newLo = Math.ceil((c.lo - (max - k * hi[a]!)) / k);
        if (newHi < hi[a]! || newLo > lo[a]!) {
          const h = Math.min(hi[a]!, newHi);
          const l = Math.max(lo[a]!, newLo);
          if (l > h) return false;
          min += k * (l - lo[a]!);
          max += k * (h - hi[a]!);
          lo[a] = l;
          hi[a] = h;
          for (const j of byAtomExtra(a)) if (j !== i) queue.add(j);
        }
      }
    }
    return true;
  }

  /**
   * Whether some assignment meets every constraint plus `extra`; `hint` (the true counts) orders the search so that
   * worlds close to the real one are tried first.
   */
  feasible(extra: readonly Constraint[], hint: readonly number[], budget = 20_000): Feasibility {
    const lo = Array.from({ length: this.atomCount }, () => 0);
    const hi = Array.from({ length: this.atomCount }, () => this.cap);
    const everything = new Set(Array.from({ length: this.constraints.length + extra.length }, (_, i) => i));
    if (!this.propagate(lo, hi, extra, everything)) return 'infeasible';
    let nodes = 0;
    const search = (l: number[], h: number[]): Feasibility => {
      if (++nodes > budget) return 'budget';
      let pick = -1;
      for (let a = 0; a < this.atomCount; a++) if (l[a]! < h[a]! && (pick < 0 || h[a]! - l[a]! < h[pick]! - l[pick]!)) pick = a;
      if (pick < 0) return 'feasible';
      const target = Math.min(h[pick]!, Math.max(l[pick]!, hint[pick] ?? 0));
      const values: number[] = [target];
      for (let d = 1; target - d >= l[pick]! || target + d <= h[pick]!; d++) {
        if (target - d >= l[pick]!) values.push(target - d);
        if (target + d <= h[pick]!) values.push(target + d);
      }
      let sawBudget = false;
      for (const v of values) {
        const l2 = [...l];
        const h2 = [...h];
        l2[pick] = v;
        h2[pick] = v;
        const queue = new Set(this.byAtom[pick]);
        extra.forEach((c, j) => c.terms.some(([a]) => a === pick) && queue.add(this.constraints.length + j));
        if (!this.propagate(l2, h2, extra, queue)) continue;
        const r = search(l2, h2);
        if (r === 'feasible') return r;
        if (r === 'budget') sawBudget = true;
        if (nodes > budget) return 'budget';
      }
      return sawBudget ? 'budget' : 'infeasible';
    };
    return search(lo, hi);
  }

  /**
   * Values of Σ terms that some world consistent with everything allows, searched outward from the true value until
   * `enough` are found. Values whose search ran out of budget are not counted (so the answer can only understate).
   */
  candidates(terms: Constraint['terms'], truth: number, hint: readonly number[], enough: number, reach = enough, budget = 2_000): { values: number[]; budgetHit: boolean } {
    const values = [truth];
    let budgetHit = false;
    for (let d = 1; values.length < enough && d <= reach; d++) {
      for (const v of [truth - d, truth + d]) {
        if (v < 0 || values.length >= enough) continue;
        const r = this.feasible([{ terms, lo: v, hi: v }], hint, budget);
        if (r === 'feasible') values.push(v);
        if (r === 'budget') budgetHit = true;
      }
    }
    return { values, budgetHit };
  }
}

