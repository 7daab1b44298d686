import { amsterdamDate, isIsoDateWithin } from '../time/amsterdam-time.ts';

/** The earliest publication or closing date a vacancy may carry. */
export const VACANCY_DATE_MIN = '2000-01-01';

/** How far ahead a closing date may lie: two years covers every real procedure, and keeps dates far from year 10000. */
const MAX_YEARS_AHEAD = 2;

/** The latest closing date accepted on a day: today (Amsterdam) plus two years. */
export function latestClosingDate(now: Date = new Date()): string {
  const today = amsterdamDate(now);
  const candidate = `${String(Number(today.slice(0, 4)) + MAX_YEARS_AHEAD).padStart(4, '0')}${today.slice(4)}`;
  // 29 February plus two years is no date: step back to the 28th.
  return candidate.endsWith('-02-29') ? candidate.replace(/-29$/, '-28') : candidate;
}

/** Dutch "1 januari 2000"-style date for messages (no Intl: the same text on every server). */
function dutchDay(isoDate: string): string {
  const months = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
  return `${Number(isoDate.slice(8, 10))} ${months[Number(isoDate.slice(5, 7)) - 1]} ${Number(isoDate.slice(0, 4))}`;
}

/**
 * Checks the publication and closing date of a vacancy input against the sane range; returns Dutch messages per field.
 * The publication date may not lie in the future (a vacancy is published when it is sent), the closing date at most
 * two years ahead; both not before 2000.
 */
export function vacancyDateIssues(v: { gepubliceerdOp: string; sluitingsdatum: string }, now: Date = new Date()): { path: 'gepubliceerdOp' | 'sluitingsdatum'; message: string }[] {
  const issues: { path: 'gepubliceerdOp' | 'sluitingsdatum'; message: string }[] = [];
  const today = amsterdamDate(now);
  const latest = latestClosingDate(now);
  // A value that is no date at all already has its own message; comparing it as text would add a wrong one.
  const isDate = (d: string): boolean => isIsoDateWithin(d, '0001-01-01', '9999-12-31');
  if (!isDate(v.gepubliceerdOp)) {
    // reported by the format check
  } else if (v.gepubliceerdOp < VACANCY_DATE_MIN) issues.push({ path: 'gepubliceerdOp', message: `ligt vóór ${dutchDay(VACANCY_DATE_MIN)}` });
  else if (v.gepubliceerdOp > today) issues.push({ path: 'gepubliceerdOp', message: 'ligt in de toekomst: een vacature wordt gepubliceerd als je haar verstuurt' });
  if (!isDate(v.sluitingsdatum)) {
    // reported by the format check
  } else if (v.sluitingsdatum < VACANCY_DATE_MIN) issues.push({ path: 'sluitingsdatum', message: `ligt vóór ${dutchDay(VACANCY_DATE_MIN)}` });
  else if (v.sluitingsdatum > latest) issues.push({ path: 'sluitingsdatum', message: `ligt meer dan twee jaar in de toekomst (uiterlijk ${dutchDay(latest)})` });
  return issues;
}
