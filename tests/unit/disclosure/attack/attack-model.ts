import { KEY_MODULUS, MAX_NOISE, MIN_SHOWN, publishCell, possibleTrueCounts } from '../../../../src/lib/disclosure/cell-key/index.ts';
import { FASES } from '../../../../src/lib/intake/intake-vocabulary.ts';
import { allCombinations, comboKey, nationalCounts, neighbourhood, presenceFacts, release, shownCounts, type Filter, type Rec, type ShownCount, type ShownPresence } from './harness.ts';
import { ExactSolver, type Constraint } from './solver.ts';

/**
 * The attacker's model of a release and its neighbours: unknowns = how many records each distinguishable kind of
 * record holds; one constraint per distinct shown count. Each count is given to the attacker as its raw published
 * value (not only what the table shows after the running minimum over stages), which is more than anyone sees, so
 * any protection proven here holds for the real pages too.
 */
export interface AttackModel {
  solver: ExactSolver;
  /** True number of records per atom. */
  truth: number[];
  /** Every distinct shown count with its true value. */
  cells: { where: string; terms: Constraint['terms']; n: number }[];
  shown: { recs: readonly Rec[]; items: { filter: Filter; shown: ShownCount }[] };
}

/** Upper bound of a "non-empty" fact (no count of the miniature comes near it). */
const PRESENT_MAX = 1_000_000;

/**
 * Builds the releases of a filter and its neighbours (every matrix stage; cohort and activity tables; the national
 * tables of /dashboard/rijk with the counts behind their shares) and the attacker's equations.
 */
export function attackModel(recs: readonly Rec[], base: Filter, kinds?: readonly string[]): AttackModel {
  const items: { filter: Filter; shown: ShownCount }[] = [];
  const facts: ShownPresence[] = [];
  for (const { name, filter } of neighbourhood(base, kinds)) {
    for (const fase of FASES) {
      const rel = release(recs, filter, fase);
      if (fase === 'sollicitatie') facts.push(...presenceFacts(rel, filter, name));
      const counts = shownCounts(rel, filter, `${name}/${fase}`);
      // The other tables do not depend on the matrix stage: take them once.
      for (const shown of counts) if (fase === 'sollicitatie' || shown.where.includes(' matrix ')) items.push({ filter, shown });
    }
    const national = nationalCounts(recs, filter, `${name}/rijk`);
    for (const shown of national.counts) items.push({ filter, shown });
    for (const share of national.shares) items.push({ filter, shown: share.numerator }, { filter, shown: share.denominator });
    facts.push(...national.presence);
  }
  // A shown stage count is the running minimum over its group's stages, so it can reveal an earlier stage's
  // published value: give the attacker every stage of every chain.
  for (const { filter, shown } of items.slice()) {
    const { group, stage } = shown;
    if (group === undefined || stage === undefined) continue;
    for (let s = 0; s < stage; s++) items.push({ filter, shown: { where: `${shown.where} (fase ${s})`, cell: shown.cell, group, stage: s, weight: (r) => (group(r) && r.end >= s ? 1 : 0) } });
  }
  const combos = allCombinations();
  // Distinct counts (same weights on every combination = same set of records = same published value).
  const distinct = new Map<string, { where: string; weights: number[]; raw: number; n: number }>();
  for (const { shown } of items) {
    const weights = combos.map(shown.weight);
    const signature = weights.join(',');
    if (distinct.has(signature)) continue;
    let n = 0;
    let k = 0;
    for (const r of recs) {
      const w = shown.weight(r);
      n += w;
      k = (k + w * r.rk) % KEY_MODULUS;
    }
    distinct.set(signature, { where: shown.where, weights, raw: publishCell({ n, k }), n });
  }
  const cells = [...distinct.values()];
  const factWeights = facts.map((f) => ({ ...f, weights: combos.map(f.weight) }));
  const everything = [...cells, ...factWeights];
  // Atoms: combinations that every count and every fact treats alike.
  const atomOf = new Map<string, number>();
  const comboAtom = combos.map((_, c) => {
    const signature = everything.map((cell) => cell.weights[c]).join(',');
    if (!everything.some((cell) => cell.weights[c]! > 0)) return -1;
    if (!atomOf.has(signature)) atomOf.set(signature, atomOf.size);
    return atomOf.get(signature)!;
  });
  const atomCount = atomOf.size;
  const comboIndex = new Map(combos.map((c, i) => [comboKey(c), i]));
  const truth = Array.from({ length: atomCount }, () => 0);
  for (const r of recs) {
    const atom = comboAtom[comboIndex.get(comboKey(r))!]!;
    if (atom >= 0) truth[atom]! += 1;
  }
  const representative = new Map<number, number>();
  comboAtom.forEach((a, c) => a >= 0 && !representative.has(a) && representative.set(a, c));
  const termsOf = (weights: readonly number[]) => {
    const terms: [number, number][] = [];
    for (const [atom, c] of representative) if (weights[c]! > 0) terms.push([atom, weights[c]!]);
    return terms;
  };
  const withTerms = cells.map((cell) => ({ ...cell, terms: termsOf(cell.weights) }));
  const constraints: Constraint[] = withTerms.map((cell) => {
    if (cell.raw >= MIN_SHOWN) {
      const possible = possibleTrueCounts(cell.raw);
      return { terms: cell.terms, lo: Math.min(...possible), hi: Math.max(...possible) };
    }
    // "<10": any true count that can be published below 10.
    return { terms: cell.terms, lo: 0, hi: MIN_SHOWN - 1 + MAX_NOISE };
  });
  const cap = Math.max(...constraints.map((c) => c.hi));
  // A listed row says "at least one record", a missing one "none".
  for (const fact of factWeights) constraints.push({ terms: termsOf(fact.weights), lo: fact.present ? 1 : 0, hi: fact.present ? PRESENT_MAX : 0 });
  return {
    solver: new ExactSolver(atomCount, constraints, cap),
    truth,
    cells: withTerms.map((c) => ({ where: c.where, terms: c.terms, n: c.n })),
    shown: { recs, items },
  };
}
