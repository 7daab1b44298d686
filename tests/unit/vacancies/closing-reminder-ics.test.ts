import { describe, expect, it } from 'vitest';
import { closingReminderIcs } from '../../../src/lib/vacancies/closing-reminder-ics.ts';

const NOW = new Date('2026-03-01T10:15:30.123Z');
const vacancy = { id: 'v-001', titel: 'Adviseur', organisatie: 'DJI', sluitingsdatum: '2026-03-31', url: 'https://rijkinderegio.nl/vacatures/adviseur-1a2b3c4d' };

/** Unfolds RFC 5545 continuation lines. */
const unfold = (ics: string) => ics.replace(/\r\n /g, '');

describe('closingReminderIcs', () => {
  it('writes the exact calendar with CRLF line endings', () => {
    expect(closingReminderIcs(vacancy, NOW)).toBe(
      [
        'BEGIN:VCALENDAR',
        'VERSION:2.0',
        'PRODID:-//Rijk in de Regio//Vacatures//NL',
        'CALSCALE:GREGORIAN',
        'METHOD:PUBLISH',
        'BEGIN:VEVENT',
        'UID:sluiting-v-001@rijkinderegio',
        'DTSTAMP:20260301T101530Z',
        'DTSTART;VALUE=DATE:20260331',
        'DTEND;VALUE=DATE:20260401',
        'SUMMARY:Laatste dag om te reageren: Adviseur (DJI)',
        'DESCRIPTION:Je kunt reageren tot en met vandaag 23.59 uur. https://rijkinde',
        ' regio.nl/vacatures/adviseur-1a2b3c4d',
        'URL:https://rijkinderegio.nl/vacatures/adviseur-1a2b3c4d',
        'TRANSP:TRANSPARENT',
        'BEGIN:VALARM',
        'ACTION:DISPLAY',
        'DESCRIPTION:Morgen sluit de vacature Adviseur',
        'TRIGGER:-PT15H',
        'END:VALARM',
        'END:VEVENT',
        'END:VCALENDAR',
        '',
      ].join('\r\n'),
    );
  });

  it('has no bare LF', () => {
    expect(closingReminderIcs({ ...vacancy, titel: 'Een\ntwee' }, NOW)).not.toMatch(/[^\r]\n/);
  });

  it('ends the all-day event the next day, across month and year ends', () => {
    const ics = closingReminderIcs({ ...vacancy, sluitingsdatum: '2026-12-31' }, NOW);
    expect(ics).toContain('\r\nDTSTART;VALUE=DATE:20261231\r\n');
    expect(ics).toContain('\r\nDTEND;VALUE=DATE:20270101\r\n');
  });

  it('turns a lone CR into an escaped line break and drops other control characters, so no property can be injected', () => {
    const ics = closingReminderIcs({ ...vacancy, titel: 'Adviseur\rATTACH:http://evil.example/x\u0000\u0007', organisatie: 'DJI\r\nX-EVIL:1' }, NOW);
    for (const c of ['\r', '\n', '\u0000', '\u0007']) expect(ics.replace(/\r\n/g, '')).not.toContain(c);
    expect(unfold(ics)).toContain('\r\nSUMMARY:Laatste dag om te reageren: Adviseur\\nATTACH:http://evil.example/x (DJI\\nX-EVIL:1)\r\n');
    expect(unfold(ics).split('\r\n').filter((l) => l.startsWith('ATTACH') || l.startsWith('X-EVIL'))).toEqual([]);
  });

  it('escapes ; , \\ and newlines in text values', () => {
    const ics = unfold(closingReminderIcs({ ...vacancy, titel: 'Jurist; bestuursrecht, handhaving\\x\nnieuw', organisatie: 'BZK, DGOO' }, NOW));
    expect(ics).toContain('\r\nSUMMARY:Laatste dag om te reageren: Jurist\\; bestuursrecht\\, handhaving\\\\x\\nnieuw (BZK\\, DGOO)\r\n');
    expect(ics).toContain('\r\nDESCRIPTION:Morgen sluit de vacature Jurist\\; bestuursrecht\\, handhaving\\\\x\\nnieuw\r\n');
  });

  it('folds long lines at 75 octets, also with multi-byte letters and emoji', () => {
    for (const titel of ['a'.repeat(200), 'Fryslân '.repeat(30), `x${'😀'.repeat(40)}`, `xx${'😀'.repeat(40)}`, `xxx${'😀'.repeat(40)}`]) {
      const ics = closingReminderIcs({ ...vacancy, titel }, NOW);
      for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
      // No lone surrogates: a fold must never split an emoji.
      expect(ics).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
      expect(unfold(ics)).toContain(`SUMMARY:Laatste dag om te reageren: ${titel} (DJI)\r\n`);
    }
  });
});
