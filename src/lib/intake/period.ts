import { isQuarter, nextQuarter, QUARTER_PATTERN, quarterLabel, quarterRange } from './quarter.ts';

/** A range of whole quarters, both ends inclusive ('YYYY-Qn'). */
export interface QuarterPeriod {
  from: string;
  to: string;
}

/** The quarter before a quarter ('2025-Q1' → '2024-Q4'). */
export function previousQuarter(quarter: string): string {
  const match = QUARTER_PATTERN.exec(quarter);
  if (!match) throw new RangeError(`Not a quarter: ${quarter}`);
  const year = Number(match[1]);
  const q = Number(match[2]);
  return q === 1 ? `${year - 1}-Q4` : `${year}-Q${q - 1}`;
}

/** The period of the same length directly before a period (2026-Q1..Q2 → 2025-Q3..Q4). */
export function previousPeriod(period: QuarterPeriod): QuarterPeriod {
  const length = quarterRange(period.from, period.to).length;
  if (length === 0) throw new RangeError(`Empty period: ${period.from}..${period.to}`);
  let from = period.from;
  for (let i = 0; i < length; i++) from = previousQuarter(from);
  return { from, to: previousQuarter(period.from) };
}

/** The first day of a quarter as an ISO date ('2026-Q2' → '2026-04-01'). */
export function quarterStart(quarter: string): string {
  const match = QUARTER_PATTERN.exec(quarter);
  if (!match) throw new RangeError(`Not a quarter: ${quarter}`);
  return `${match[1]}-${String((Number(match[2]) - 1) * 3 + 1).padStart(2, '0')}-01`;
}

/** The day after a quarter's last day ('2026-Q4' → '2027-01-01'): the exclusive end of a date range. */
export function quarterEndExclusive(quarter: string): string {
  return quarterStart(nextQuarter(quarter));
}

/**
 * A period in Dutch words: "1e kwartaal 2026", "1e t/m 3e kwartaal 2026", "4e kwartaal 2025 t/m 2e kwartaal 2026";
 * without any end "alle kwartalen", with one open end "vanaf …" or "tot en met …".
 */
export function periodLabel(from: string | undefined, to: string | undefined): string {
  if (from === undefined && to === undefined) return 'alle kwartalen';
  if (to === undefined) return `vanaf ${quarterLabel(from!)}`;
  if (from === undefined) return `tot en met ${quarterLabel(to)}`;
  if (from === to) return quarterLabel(from);
  const a = QUARTER_PATTERN.exec(from);
  const b = QUARTER_PATTERN.exec(to);
  if (a && b && a[1] === b[1]) return `${a[2]}e t/m ${b[2]}e kwartaal ${a[1]}`;
  return `${quarterLabel(from)} t/m ${quarterLabel(to)}`;
}

/**
 * The period the headline figures cover and the one they are compared with. With a chosen period: that period and
 * the equally long one before it. Without one: the latest quarter with figures and the quarter before, so the
 * headline always shows a change. Null when there are no figures at all.
 */
export function headlinePeriods(chosen: { van?: string | undefined; tot?: string | undefined }, available: readonly string[]): { current: QuarterPeriod; previous: QuarterPeriod; chosen: boolean } | null {
  const quarters = available.filter(isQuarter);
  const last = quarters.at(-1);
  const first = quarters[0];
  if (last === undefined || first === undefined) return null;
  if (chosen.van === undefined && chosen.tot === undefined) {
    const current = { from: last, to: last };
    return { current, previous: previousPeriod(current), chosen: false };
  }
  const current = { from: chosen.van ?? first, to: chosen.tot ?? last };
  if (current.from > current.to) return null;
  return { current, previous: previousPeriod(current), chosen: true };
}
