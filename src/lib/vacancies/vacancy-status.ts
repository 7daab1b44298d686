import { amsterdamDate, closingInstant } from '../time/amsterdam-time.ts';
import type { VacatureStatus } from '../db/schema.ts';

/** The date fields that decide whether a vacancy is open; `gepubliceerd_op` is optional for callers that only know the closing day. */
type StatusFields = { status: VacatureStatus; sluitingsdatum: string; gepubliceerd_op?: string };

/**
 * Whether a vacancy can be applied to at an instant: status open, published on or before today and before the end
 * of its closing day (Amsterdam). A publication date in the future (only possible in rows stored before input was
 * checked) is not open.
 */
export function isOpenAt(vacancy: StatusFields, now: Date = new Date()): boolean {
  if (vacancy.status !== 'open') return false;
  if (vacancy.gepubliceerd_op !== undefined && vacancy.gepubliceerd_op > amsterdamDate(now)) return false;
  return now.getTime() < closingInstant(vacancy.sluitingsdatum).getTime();
}

/** The status shown to people: a vacancy past its closing day (or not yet published) is 'gesloten' even before anyone updates it. */
export function effectiveStatus(vacancy: StatusFields, now: Date = new Date()): VacatureStatus {
  if (vacancy.status === 'open' && !isOpenAt(vacancy, now)) return 'gesloten';
  return vacancy.status;
}
