/** A calendar quarter as the rollup stores it: 'YYYY-Qn'. */
export const QUARTER_PATTERN = /^(\d{4})-Q([1-4])$/;

/** The quarter of an ISO date ('2024-05-17' → '2024-Q2'). */
export function quarterOf(isoDate: string): string {
  const year = isoDate.slice(0, 4);
  const month = Number(isoDate.slice(5, 7));
  return `${year}-Q${Math.floor((month - 1) / 3) + 1}`;
}

/** True when the text is a quarter in the 'YYYY-Qn' form. */
export function isQuarter(text: string): boolean {
  return QUARTER_PATTERN.test(text);
}

/** The quarter after a quarter ('2024-Q4' → '2025-Q1'). */
export function nextQuarter(quarter: string): string {
  const match = QUARTER_PATTERN.exec(quarter);
  if (!match) throw new RangeError(`Not a quarter: ${quarter}`);
  const year = Number(match[1]);
  const q = Number(match[2]);
  return q === 4 ? `${year + 1}-Q1` : `${year}-Q${q + 1}`;
}

/** Every quarter from `from` to `to`, both inclusive; empty when `from` lies after `to`. */
export function quarterRange(from: string, to: string): string[] {
  if (!isQuarter(from) || !isQuarter(to)) throw new RangeError(`Not a quarter range: ${from}..${to}`);
  const out: string[] = [];
  // 'YYYY-Qn' sorts chronologically as text.
  for (let q = from; q <= to; q = nextQuarter(q)) out.push(q);
  return out;
}

/** Dutch display of a quarter ('2024-Q2' → '2e kwartaal 2024'). */
export function quarterLabel(quarter: string): string {
  const match = QUARTER_PATTERN.exec(quarter);
  if (!match) return quarter;
  return `${match[2]}e kwartaal ${match[1]}`;
}
