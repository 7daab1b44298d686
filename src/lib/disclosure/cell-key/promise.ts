/**
 * What the release method promises, in numbers (the attack suite in tests/unit/disclosure/attack asserts it, the method
 * page prints it): whoever combines everything shown in one release and in the releases of its filter neighbours
 * (one quarter, field, level, organisation or workplace province more or less; cohort or activity view) and solves
 * exactly for the true counts, can narrow no true count between 1 and 9 down to fewer than
 * `minCandidates` possible values.
 */
export const RELEASE_PROMISE = {
  minCandidates: 3,
  smallestProtected: 1,
  largestProtected: 9,
} as const;
