/**
 * A small exact solver for the attack suite: integer unknowns x_a ≥ 0 (how many records each atom holds) and linear
 * constraints lo ≤ Σ coef·x ≤ hi (one per published figure). "Feasible" answers come with a witness that is checked
 * against every constraint; "infeasible" answers are proofs; a search that runs out of its budget says so ('budget')
 * and proves nothing.
 *
 * A witness usually differs from the true world in a handful of atoms, while a proof has to cover all worlds, so one
 * question goes through four steps, each of which can only answer with a checked witness or a proof:
 * 1. a local search from the true world (moves of one record), which finds most witnesses at once;
 * 2. counterexample-guided subsystems: the question with only the figures that overlap it most, atoms merged where
 *    those figures cannot tell them apart (a relaxation, so "impossible" there is a proof), refined with the figures
 *    that a subsystem's witness breaks until the witness holds for everything;
 * 3. a repair of the true world inside a growing set of free atoms (exact search, others kept at their true value);
 * 4. bounds propagation with shaving and depth-first search over every atom, exhaustive unless the budget runs out.
 */

/** One linear constraint over atom indices. */
export interface Constraint {
  readonly terms: readonly (readonly [atom: number, coef: number])[];
  readonly lo: number;
  readonly hi: number;
}

/** Answer of a feasibility question. */
export type Feasibility = 'feasible' | 'infeasible' | 'budget';

/** Search budgets (nodes, rounds, steps) of the steps of one question; see `feasible`. */
const REPAIR_BUDGET = 400;
const GUIDED_BUDGET = 5_000;
const GUIDED_ROUNDS = 60;
const GUIDED_STEP = 2;
const WALK_STEPS = 400;
const WALK_NEIGHBOURS = 30;

/** A question in progress: the constraints (published figures plus the asked value) as flat arrays, and a trail. */
class Search {
  readonly lo: Int32Array;
  readonly hi: Int32Array;
  private readonly start: Int32Array;
  private readonly atom: Int32Array;
  private readonly coef: Int32Array;
  private readonly cLo: Int32Array;
  private readonly cHi: Int32Array;
  private readonly consStart: Int32Array;
  private readonly consOf: Int32Array;
  private readonly queue: Int32Array;
  private readonly queued: Uint8Array;
  private queueHead = 0;
  private queueSize = 0;
  private trailAtom: number[] = [];
  private trailLo: number[] = [];
  private trailHi: number[] = [];
  nodes = 0;

  private readonly n: number;
  private readonly hint: readonly number[];

  constructor(n: number, constraints: readonly Constraint[], cap: number, hint: readonly number[]) {
    this.n = n;
    this.hint = hint;
    const m = constraints.length;
    this.start = new Int32Array(m + 1);
    constraints.forEach((c, i) => (this.start[i + 1] = this.start[i]! + c.terms.length));
    this.atom = new Int32Array(this.start[m]!);
    this.coef = new Int32Array(this.start[m]!);
    this.cLo = new Int32Array(m);
    this.cHi = new Int32Array(m);
    const degree = new Int32Array(n + 1);
    constraints.forEach((c, i) => {
      this.cLo[i] = c.lo;
      this.cHi[i] = c.hi;
      c.terms.forEach(([a, k], t) => {
        this.atom[this.start[i]! + t] = a;
        this.coef[this.start[i]! + t] = k;
        degree[a + 1]!++;
      });
    });
    this.consStart = new Int32Array(n + 1);
    for (let a = 0; a < n; a++) this.consStart[a + 1] = this.consStart[a]! + degree[a + 1]!;
    this.consOf = new Int32Array(this.consStart[n]!);
    const fill = Int32Array.from(this.consStart.subarray(0, n));
    constraints.forEach((c, i) => c.terms.forEach(([a]) => (this.consOf[fill[a]!++] = i)));
    this.queue = new Int32Array(m);
    this.queued = new Uint8Array(m);
    this.lo = new Int32Array(n);
    this.hi = new Int32Array(n).fill(cap);
  }

  mark(): number {
    return this.trailAtom.length;
  }

  /** Undoes every bound change since `mark`. */
  undo(mark: number): void {
    for (let t = this.trailAtom.length - 1; t >= mark; t--) {
      this.lo[this.trailAtom[t]!] = this.trailLo[t]!;
      this.hi[this.trailAtom[t]!] = this.trailHi[t]!;
    }
    this.trailAtom.length = this.trailLo.length = this.trailHi.length = mark;
  }

  private enqueue(c: number): void {
    if (this.queued[c]) return;
    this.queued[c] = 1;
    this.queue[(this.queueHead + this.queueSize++) % this.queue.length] = c;
  }

  private clearQueue(): void {
    while (this.queueSize > 0) {
      this.queued[this.queue[this.queueHead]!] = 0;
      this.queueHead = (this.queueHead + 1) % this.queue.length;
      this.queueSize--;
    }
  }

  /** Narrows an atom to [l, h] (recorded on the trail) and queues its constraints; false when empty. */
  restrict(a: number, l: number, h: number): boolean {
    const nl = Math.max(l, this.lo[a]!);
    const nh = Math.min(h, this.hi[a]!);
    if (nl > nh) return false;
    if (nl === this.lo[a] && nh === this.hi[a]) return true;
    this.trailAtom.push(a);
    this.trailLo.push(this.lo[a]!);
    this.trailHi.push(this.hi[a]!);
    this.lo[a] = nl;
    this.hi[a] = nh;
    for (let t = this.consStart[a]!; t < this.consStart[a + 1]!; t++) this.enqueue(this.consOf[t]!);
    return true;
  }

  enqueueAll(): void {
    for (let c = 0; c < this.cLo.length; c++) this.enqueue(c);
  }

  /** Bounds propagation to a fixpoint; false when some constraint cannot be met. */
  propagate(): boolean {
    const { lo, hi, atom, coef } = this;
    while (this.queueSize > 0) {
      const c = this.queue[this.queueHead]!;
      this.queueHead = (this.queueHead + 1) % this.queue.length;
      this.queueSize--;
      this.queued[c] = 0;
      const from = this.start[c]!;
      const to = this.start[c + 1]!;
      let min = 0;
      let max = 0;
      for (let t = from; t < to; t++) {
        min += coef[t]! * lo[atom[t]!]!;
        max += coef[t]! * hi[atom[t]!]!;
      }
      if (min > this.cHi[c]! || max < this.cLo[c]!) {
        this.clearQueue();
        return false;
      }
      for (let t = from; t < to; t++) {
        const a = atom[t]!;
        const k = coef[t]!;
        // Σ others ≥ min − k·lo[a], so k·x ≤ hi_c − (min − k·lo[a]); likewise from below.
        const newHi = Math.floor((this.cHi[c]! - (min - k * lo[a]!)) / k);
        const newLo = Math.ceil((this.cLo[c]! - (max - k * hi[a]!)) / k);
        if (newHi < hi[a]! || newLo > lo[a]!) {
          const l = Math.max(lo[a]!, newLo);
          const h = Math.min(hi[a]!, newHi);
          min += k * (l - lo[a]!);
          max += k * (h - hi[a]!);
          // Both bounds follow from this constraint, so an empty range means it cannot be met.
          if (!this.restrict(a, l, h)) {
            this.clearQueue();
            return false;
          }
        }
      }
    }
    return true;
  }

  /** Whether restricting atom a to [l, h] survives propagation (the trial is undone either way). */
  private possible(a: number, l: number, h: number): boolean {
    const mark = this.mark();
    const ok = this.restrict(a, l, h) && this.propagate();
    this.undo(mark);
    return ok;
  }

  /**
   * Shaving (singleton bounds consistency): cuts off the ends of each atom's range that propagation alone refutes
   * once tried, repeated until nothing changes. Much stronger than bounds propagation on sums of many atoms, which is
   * what proofs of impossibility need. False when the problem is refuted.
   */
  shave(rounds = 4): boolean {
    for (let round = 0; round < rounds; round++) {
      let changed = false;
      for (let a = 0; a < this.n; a++) {
        while (this.lo[a]! < this.hi[a]!) {
          const l = this.lo[a]!;
          const h = this.hi[a]!;
          const mid = l + Math.floor((h - l) / 2);
          let cut: [number, number] | null = null;
          if (!this.possible(a, l, l)) cut = [l + 1, h];
          else if (!this.possible(a, h, h)) cut = h - l > 1 && !this.possible(a, mid + 1, h) ? [l, mid] : [l, h - 1];
          if (!cut) break;
          changed = true;
          if (!this.restrict(a, cut[0], cut[1]) || !this.propagate()) return false;
        }
      }
      if (!changed) return true;
    }
    return true;
  }

  /** Whether the fixed assignment meets every constraint (the witness check). */
  verify(): boolean {
    for (let a = 0; a < this.n; a++) if (this.lo[a] !== this.hi[a]) return false;
    for (let c = 0; c < this.cLo.length; c++) {
      let sum = 0;
      for (let t = this.start[c]!; t < this.start[c + 1]!; t++) sum += this.coef[t]! * this.lo[this.atom[t]!]!;
      if (sum < this.cLo[c]! || sum > this.cHi[c]!) return false;
    }
    return true;
  }

  /**
   * Depth-first search over the atoms not yet fixed: the smallest domain first, its true value first, then ranges
   * above and below it (so a proof need not enumerate wide domains value by value). Exhaustive unless `budget` runs out.
   */
  search(budget: number): Feasibility {
    if (++this.nodes > budget) return 'budget';
    let pick = -1;
    for (let a = 0; a < this.n; a++) if (this.lo[a]! < this.hi[a]! && (pick < 0 || this.hi[a]! - this.lo[a]! < this.hi[pick]! - this.lo[pick]!)) pick = a;
    if (pick < 0) return this.verify() ? 'feasible' : 'infeasible';
    const l = this.lo[pick]!;
    const h = this.hi[pick]!;
    const v = Math.min(h, Math.max(l, this.hint[pick] ?? 0));
    // Branches: x = v, then x > v and x < v (nearer side first), each a range the search splits further.
    const branches: [number, number][] = [[v, v]];
    const above: [number, number] = [v + 1, h];
    const below: [number, number] = [l, v - 1];
    for (const b of v - l < h - v ? [below, above] : [above, below]) if (b[0] <= b[1]) branches.push(b);
    let sawBudget = false;
    for (const [bl, bh] of branches) {
      const mark = this.mark();
      if (this.restrict(pick, bl, bh) && this.propagate()) {
        const r = this.search(budget);
        if (r === 'feasible') return r;
        if (r === 'budget') sawBudget = true;
      }
      this.undo(mark);
      if (this.nodes > budget) return 'budget';
    }
    return sawBudget ? 'budget' : 'infeasible';
  }
}

export class ExactSolver {
  /** Which constraints each atom appears in (for the similarity of atoms). */
  private readonly byAtom: number[][];
  /** Atoms that appear in the same constraints, most similar first (cosine of their constraint sets). */
  private readonly similar: number[][];

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
    const shared = new Int32Array(atomCount * atomCount);
    for (const c of constraints) for (const [a] of c.terms) for (const [b] of c.terms) shared[a * atomCount + b]!++;
    this.similar = Array.from({ length: atomCount }, (_, a) => {
      const score = (b: number) => shared[a * atomCount + b]! / Math.sqrt(this.byAtom[a]!.length * this.byAtom[b]!.length);
      const others: number[] = [];
      for (let b = 0; b < atomCount; b++) if (b !== a && shared[a * atomCount + b]! > 0) others.push(b);
      return others.sort((x, y) => score(y) - score(x) || x - y);
    });
  }

  /**
   * Whether some assignment meets every constraint plus `extra`; `hint` (the true counts) is where the search starts,
   * so that worlds close to the real one are tried first.
   */
  feasible(extra: readonly Constraint[], hint: readonly number[], budget = 20_000): Feasibility {
    const s = new Search(this.atomCount, [...this.constraints, ...extra], this.cap, hint);
    s.enqueueAll();
    if (!s.propagate()) return 'infeasible';
    // 1. A local search from the true world finds most witnesses at once.
    if (this.walk(extra, hint, WALK_STEPS, 1)) return 'feasible';
    // 2. Subsystems: proofs of impossibility on the few figures that resemble the question most, or witnesses.
    const guided = this.guided(extra, hint);
    if (guided !== 'budget') return guided;
    const root = s.mark();
    // 3. Repair the true world inside a growing free set.
    const free = new Set<number>();
    for (const c of extra) for (const [a] of c.terms) free.add(a);
    while (free.size < this.atomCount) {
      let fixable = true;
      for (let a = 0; a < this.atomCount && fixable; a++) {
        if (free.has(a)) continue;
        const v = hint[a] ?? 0;
        if (v < s.lo[a]! || v > s.hi[a]!) free.add(a);
        else fixable = s.restrict(a, v, v);
      }
      if (fixable && s.propagate()) {
        s.nodes = 0;
        if (s.search(REPAIR_BUDGET) === 'feasible') return 'feasible';
      }
      s.undo(root);
      this.grow(free);
    }
    // 4. The exhaustive search over every atom, after shaving the ranges.
    if (!s.shave()) return 'infeasible';
    s.nodes = 0;
    return s.search(budget);
  }

  /**
   * Counterexample-guided search on subsystems: solve the question with only some of the constraints (at first the
   * few whose atoms overlap the question's most), with atoms that every kept constraint treats alike merged into one
   * unknown (their sum). Dropping constraints and merging atoms only widen the set of worlds, so "infeasible" on a
   * subsystem is a proof for the whole problem. A subsystem's witness is spread back over the atoms (closest to the
   * true world) and checked against every constraint: if it meets them all it is a witness of the whole problem,
   * otherwise the constraints it breaks join the subsystem and the loop goes on. Subsystems stay small (tens of merged
   * unknowns), so both answers come fast; 'budget' when a subsystem's own search runs out.
   */
  private guided(extra: readonly Constraint[], hint: readonly number[]): Feasibility {
    const all = [...this.constraints, ...extra];
    const target = new Set<number>();
    for (const c of extra) for (const [a] of c.terms) target.add(a);
    const ranked = this.constraints
      .map((c, i) => {
        let common = 0;
        for (const [a] of c.terms) if (target.has(a)) common++;
        return { i, score: common / (c.terms.length + target.size - common) };
      })
      .filter((r) => r.score > 0)
      .sort((x, y) => y.score - x.score || x.i - y.i);
    const chosen = new Set<number>([...extra.map((_, j) => this.constraints.length + j), ...ranked.slice(0, 4).map((r) => r.i)]);
    for (let round = 0; round < GUIDED_ROUNDS; round++) {
      const kept = [...chosen].map((i) => all[i]!);
      // Merge atoms with the same coefficients in every kept constraint.
      const signature = new Map<number, string>();
      kept.forEach((c, ci) => c.terms.forEach(([a, coef]) => signature.set(a, `${signature.get(a) ?? ''}${ci}:${coef},`)));
      const groupOf = new Map<string, number>();
      const members: number[][] = [];
      const groupHint: number[] = [];
      const merged = new Map<number, number>();
      for (const [a, sig] of signature) {
        if (!groupOf.has(sig)) {
          groupOf.set(sig, members.length);
          members.push([]);
          groupHint.push(0);
        }
        const g = groupOf.get(sig)!;
        merged.set(a, g);
        members[g]!.push(a);
        groupHint[g]! += hint[a] ?? 0;
      }
      const sub = new Search(
        members.length,
        kept.map((c) => {
          const coef = new Map<number, number>();
          for (const [a, w] of c.terms) coef.set(merged.get(a)!, w);
          return { terms: [...coef], lo: c.lo, hi: c.hi };
        }),
        Math.max(...kept.map((c) => c.hi)),
        groupHint,
      );
      sub.enqueueAll();
      if (!sub.propagate() || !sub.shave()) return 'infeasible';
      const r = sub.search(GUIDED_BUDGET);
      if (r !== 'feasible') return r;
      // Spread each merged unknown over its atoms, changing as few true counts as possible.
      const x = hint.map((h) => h ?? 0);
      members.forEach((atoms, g) => {
        let change = sub.lo[g]! - groupHint[g]!;
        for (let i = 0; change !== 0; i = (i + 1) % atoms.length) {
          const a = atoms[i]!;
          if (change > 0) {
            x[a]!++;
            change--;
          } else if (x[a]! > 0) {
            x[a]!--;
            change++;
          }
        }
      });
      const broken: number[] = [];
      all.forEach((c, i) => {
        let sum = 0;
        for (const [a, w] of c.terms) sum += w * x[a]!;
        if (sum < c.lo || sum > c.hi) broken.push(i);
      });
      if (broken.length === 0) return 'feasible';
      // The most specific broken constraints first: they split the fewest merged unknowns.
      broken.sort((i, j) => all[i]!.terms.length - all[j]!.terms.length || i - j);
      for (const i of broken.slice(0, GUIDED_STEP)) chosen.add(i);
    }
    return 'budget';
  }

  /**
   * Local search for a witness (min-conflicts with a little noise), from the true world: repeatedly pick a broken
   * constraint and make the move that breaks the least overall — one atom ±1, or one record moved between an atom of
   * that constraint and a similar atom. Only ever answers "found" with a world that meets every constraint.
   */
  private walk(extra: readonly Constraint[], hint: readonly number[], steps: number, seed: number): boolean {
    const all = [...this.constraints, ...extra];
    const byAtom = this.byAtom.map((list) => [...list]);
    extra.forEach((c, j) => c.terms.forEach(([a]) => byAtom[a]!.push(this.constraints.length + j)));
    const coefIn = all.map((c) => new Map(c.terms.map(([a, k]) => [a, k])));
    const x = Int32Array.from(hint, (h) => h ?? 0);
    const sum = Float64Array.from(all, (c) => c.terms.reduce((acc, [a, k]) => acc + k * x[a]!, 0));
    const off = (i: number, v: number) => (v < all[i]!.lo ? all[i]!.lo - v : v > all[i]!.hi ? v - all[i]!.hi : 0);
    let rnd = seed >>> 0;
    const random = () => {
      rnd = (Math.imul(rnd, 1664525) + 1013904223) >>> 0;
      return rnd / 4294967296;
    };
    // Change in total violation when atoms move by the given deltas.
    const delta = (moves: readonly (readonly [number, number])[]): number => {
      const touched = new Map<number, number>();
      for (const [a, d] of moves) for (const i of byAtom[a]!) touched.set(i, (touched.get(i) ?? 0) + d * coefIn[i]!.get(a)!);
      let change = 0;
      for (const [i, d] of touched) if (d !== 0) change += off(i, sum[i]! + d) - off(i, sum[i]!);
      return change;
    };
    const apply = (moves: readonly (readonly [number, number])[]) => {
      for (const [a, d] of moves) {
        x[a]! += d;
        for (const i of byAtom[a]!) sum[i]! += d * coefIn[i]!.get(a)!;
      }
    };
    const tabu = new Int32Array(this.atomCount).fill(-1);
    for (let step = 0; step < steps; step++) {
      const broken: number[] = [];
      for (let i = 0; i < all.length; i++) if (off(i, sum[i]!) > 0) broken.push(i);
      if (broken.length === 0) return true;
      const c = broken[Math.floor(random() * broken.length)]!;
      const dir = sum[c]! < all[c]!.lo ? 1 : -1;
      let best: (readonly [number, number])[] | null = null;
      let bestScore = Number.POSITIVE_INFINITY;
      const consider = (moves: (readonly [number, number])[]) => {
        for (const [a, d] of moves) if (x[a]! + d < 0 || tabu[a]! > step) return;
        const score = delta(moves) + random() * 0.5;
        if (score < bestScore) {
          bestScore = score;
          best = moves;
        }
      };
      for (const [a] of all[c]!.terms) {
        consider([[a, dir]]);
        for (const b of this.similar[a]!.slice(0, WALK_NEIGHBOURS)) if (!coefIn[c]!.has(b)) consider([[a, dir], [b, -dir]]);
      }
      if (best === null) continue;
      apply(best);
      for (const [a] of best as (readonly [number, number])[]) tabu[a] = step + 2;
    }
    return false;
  }

  /** Doubles the free set (at least 4 more) with the atoms most similar to its members, round-robin over members. */
  private grow(free: Set<number>): void {
    const want = Math.min(this.atomCount, free.size + Math.max(4, free.size));
    const members = [...free];
    const cursor = members.map(() => 0);
    let progress = true;
    while (free.size < want && progress) {
      progress = false;
      members.forEach((a, i) => {
        const list = this.similar[a]!;
        while (cursor[i]! < list.length && free.has(list[cursor[i]!]!)) cursor[i]!++;
        if (cursor[i]! < list.length && free.size < want) {
          free.add(list[cursor[i]!]!);
          progress = true;
        }
      });
    }
    // Atoms in no shared constraint with the free set: add them in index order.
    for (let a = 0; a < this.atomCount && free.size < want; a++) free.add(a);
  }

  /**
   * Values of Σ terms that some world consistent with everything allows, searched outward from the true value until
   * `enough` are found. Values whose search ran out of budget are not counted (so the answer can only understate).
   */
  candidates(terms: Constraint['terms'], truth: number, hint: readonly number[], enough: number, reach = enough, budget = 20_000): { values: number[]; budgetHit: boolean } {
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
