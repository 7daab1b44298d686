/** Calendar dates as whole days since 1970-01-01 (UTC), so adding days never meets time zones or DST. */

const DAY_MS = 86_400_000;

/** 'YYYY-MM-DD' → day number; throws on anything that is not a real calendar date. */
export function isoToDay(iso: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) throw new RangeError(`Not an ISO date: ${iso}`);
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(y, mo - 1, d);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) throw new RangeError(`Not a calendar date: ${iso}`);
  return ms / DAY_MS;
}

/** Day number → 'YYYY-MM-DD'. */
export function dayToIso(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}
