import { addDays } from '../time/amsterdam-time.ts';

/**
 * Escapes text for an iCalendar TEXT value (RFC 5545 §3.3.11): backslash, semicolon and comma escaped, every line
 * break (CRLF, LF or a lone CR) as `\\n`, and other control characters, which TEXT does not allow, removed.
 * A lone CR left in would end the property early and let the rest of a title become a property of its own.
 */
export function icsText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n')
    // oxlint-disable-next-line no-control-regex -- removing control characters is the point
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '');
}

/** Folds long lines at 75 octets as RFC 5545 asks. */
function fold(line: string): string {
  const out: string[] = [];
  let rest = line;
  while (Buffer.byteLength(rest) > 75) {
    let cut = 75;
    // Never cut between the two halves of a surrogate pair (an emoji would turn into U+FFFD).
    while (Buffer.byteLength(rest.slice(0, cut)) > 75 || /[\ud800-\udbff]/.test(rest.charAt(cut - 1))) cut--;
    out.push(rest.slice(0, cut));
    rest = ` ${rest.slice(cut)}`;
  }
  out.push(rest);
  return out.join('\r\n');
}

/** An all-day iCalendar event on the closing date, with a reminder the morning before. */
export function closingReminderIcs(v: { id: string; titel: string; organisatie: string; sluitingsdatum: string; url: string }, now: Date = new Date()): string {
  const day = v.sluitingsdatum.replace(/-/g, '');
  const next = addDays(v.sluitingsdatum, 1).replace(/-/g, '');
  const stamp = now.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Rijk in de Regio//Vacatures//NL',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:sluiting-${v.id}@rijkinderegio`,
    `DTSTAMP:${stamp}`,
    `DTSTART;VALUE=DATE:${day}`,
    `DTEND;VALUE=DATE:${next}`,
    `SUMMARY:${icsText(`Laatste dag om te reageren: ${v.titel} (${v.organisatie})`)}`,
    `DESCRIPTION:${icsText(`Je kunt reageren tot en met vandaag 23.59 uur. ${v.url}`)}`,
    `URL:${v.url}`,
    'TRANSP:TRANSPARENT',
    'BEGIN:VALARM',
    'ACTION:DISPLAY',
    `DESCRIPTION:${icsText(`Morgen sluit de vacature ${v.titel}`)}`,
    'TRIGGER:-PT15H',
    'END:VALARM',
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return `${lines.map(fold).join('\r\n')}\r\n`;
}
