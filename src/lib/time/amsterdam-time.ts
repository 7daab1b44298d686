const TIME_ZONE = 'Europe/Amsterdam';
const partsFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

const DAY_MS = 86_400_000;
/** The calendar range every function here stays within: a stored 9999-12-31 plus one day must not become year 10000. */
const FIRST_DAY_MS = utcMs(1, 1, 1);
const LAST_DAY_MS = utcMs(9999, 12, 31);

/** UTC midnight of a calendar day in ms; `setUTCFullYear` because `Date.UTC` maps years 0–99 to 1900–1999. */
function utcMs(year: number, month: number, day: number): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  return d.getTime();
}

/**
 * UTC midnight of an ISO date in ms, clamped to years 1–9999. Total on purpose: a date read from the database
 * (PostgreSQL also returns `10000-01-01` or `0044-03-15 BC`) must never make a page or a background job throw.
 * Text that is no date at all gives 1970-01-01, a day long closed.
 */
function isoToUtcMs(isoDate: string): number {
  const m = /^(\d{4,6})-(\d{2})-(\d{2})/.exec(isoDate);
  if (!m) return 0;
  const ms = utcMs(Number(m[1]), Number(m[2]), Number(m[3]));
  return Math.min(LAST_DAY_MS, Math.max(FIRST_DAY_MS, ms));
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));

/** Formats UTC midnight ms (within years 1–9999) as 'YYYY-MM-DD'. */
function utcMsToIso(ms: number): string {
  const d = new Date(Math.min(LAST_DAY_MS, Math.max(FIRST_DAY_MS, ms)));
  return `${String(d.getUTCFullYear()).padStart(4, '0')}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())}`;
}

function amsterdamParts(instant: Date) {
  const parts = Object.fromEntries(partsFormat.formatToParts(instant).map((p) => [p.type, p.value]));
  return { year: Number(parts.year), month: Number(parts.month), day: Number(parts.day), seconds: Number(parts.hour) * 3600 + Number(parts.minute) * 60 + Number(parts.second) };
}

/** The calendar date in Amsterdam at an instant, as 'YYYY-MM-DD'. */
export function amsterdamDate(instant: Date = new Date()): string {
  const p = amsterdamParts(instant);
  return `${String(p.year).padStart(4, '0')}-${pad2(p.month)}-${pad2(p.day)}`;
}

/** Offset of Amsterdam from UTC at an instant, in minutes (60 in winter, 120 in summer). */
function offsetMinutes(instant: Date): number {
  const p = amsterdamParts(instant);
  const local = utcMs(p.year, p.month, p.day) + p.seconds * 1000;
  return Math.round((local - Math.floor(instant.getTime() / 1000) * 1000) / 60_000);
}

/** The instant at which a calendar day starts in Amsterdam (handles the DST switch nights); always a valid Date. */
export function startOfAmsterdamDay(isoDate: string): Date {
  const guess = isoToUtcMs(isoDate);
  // Offsets are constant around midnight (DST changes at 02:00/03:00), so one correction suffices.
  return new Date(guess - offsetMinutes(new Date(guess)) * 60_000);
}

/** Adds whole days to an ISO date (result kept within years 1–9999). Hot in imports, so no string parsing by Date. */
export function addDays(isoDate: string, days: number): string {
  return utcMsToIso(isoToUtcMs(isoDate) + days * DAY_MS);
}

/**
 * The first instant after a closing date: a vacancy that closes on 2026-03-31 can be applied to
 * until 23:59:59.999 Amsterdam time that day, so it closes at this instant (exclusive).
 * For 9999-12-31 (the last day this module knows) it is the start of that day.
 */
export function closingInstant(closingDate: string): Date {
  return startOfAmsterdamDay(addDays(closingDate, 1));
}

/** Whole days between two ISO dates (b − a). */
export function daysBetween(a: string, b: string): number {
  return Math.round((isoToUtcMs(b) - isoToUtcMs(a)) / DAY_MS);
}

/** Whether text is a real calendar date 'YYYY-MM-DD' between `min` and `max` inclusive (ISO strings compare as dates). */
export function isIsoDateWithin(isoDate: string, min: string, max: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(isoDate)) return false;
  if (utcMsToIso(isoToUtcMs(isoDate)) !== isoDate) return false; // 2026-02-30 rolls over to March
  return isoDate >= min && isoDate <= max;
}
