import { closingInstant } from '../time/amsterdam-time.ts';
import type { VacatureStatus } from '../db/schema.ts';

/** Whether a vacancy can be applied to at an instant: status open and before the end of its closing day (Amsterdam). */
export function isOpenAt(vacancy: { status: VacatureStatus; sluitingsdatum: string }, now: Date = new Date()): boolean {
  return vacancy.status === 'open' && now.getTime() < closingInstant(vacancy.sluitingsdatum).getTime();
}

/** The status shown to people: a vacancy past its closing day is 'gesloten' even before anyone updates it. */
export function effectiveStatus(vacancy: { status: VacatureStatus; sluitingsdatum: string }, now: Date = new Date()): VacatureStatus {
  if (vacancy.status === 'open' && !isOpenAt(vacancy, now)) return 'gesloten';
  return vacancy.status;
}
