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

function amsterdamParts(instant: Date) {
  const parts = Object.fromEntries(partsFormat.formatToParts(instant).map((p) => [p.type, p.value]));
  return { date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}:${parts.second}` };
}

/** The calendar date in Amsterdam at an instant, as 'YYYY-MM-DD'. */
export function amsterdamDate(instant: Date = new Date()): string {
  return amsterdamParts(instant).date;
}

/** Offset of Amsterdam from UTC at an instant, in minutes (60 in winter, 120 in summer). */
function offsetMinutes(instant: Date): number {
  const { date, time } = amsterdamParts(instant);
  return Math.round((Date.parse(`${date}T${time}Z`) - instant.getTime()) / 60_000);
}

/** The instant at which a calendar day starts in Amsterdam (handles the DST switch nights). */
export function startOfAmsterdamDay(isoDate: string): Date {
  const guess = Date.parse(`${isoDate}T00:00:00Z`);
  // Offsets are constant around midnight (DST changes at 02:00/03:00), so one correction suffices.
  return new Date(guess - offsetMinutes(new Date(guess)) * 60_000);
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));

/** Adds whole days to an ISO date. Hot in imports (retention dates), so no string parsing by Date. */
export function addDays(isoDate: string, days: number): string {
  const d = new Date(Date.UTC(Number(isoDate.slice(0, 4)), Number(isoDate.slice(5, 7)) - 1, Number(isoDate.slice(8, 10)) + days));
  return `${d.getUTCFullYear()}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())}`;
}

/**
 * The first instant after a closing date: a vacancy that closes on 2026-03-31 can be applied to
 * until 23:59:59.999 Amsterdam time that day, so it closes at this instant (exclusive).
 */
export function closingInstant(closingDate: string): Date {
  return startOfAmsterdamDay(addDays(closingDate, 1));
}

/** Whole days between two ISO dates (b − a). */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}
