/**
 * PostgreSQL type OIDs we parse ourselves, identically for `pg` and PGlite, so code never
 * sees driver differences: dates stay 'YYYY-MM-DD' strings (no time-zone shifts), numeric and
 * bigint (counts) become numbers (our values stay far below 2^53).
 */
export const TYPE_OIDS = { int8: 20, numeric: 1700, date: 1082 } as const;

/** Parsers keyed by type OID. */
export const typeParsers: Record<number, (value: string) => unknown> = {
  [TYPE_OIDS.int8]: (value) => Number(value),
  [TYPE_OIDS.numeric]: (value) => Number(value),
  [TYPE_OIDS.date]: (value) => value,
};
