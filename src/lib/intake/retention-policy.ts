import type { IntakeUitkomst } from '../db/schema-intake.ts';
import { addDays } from '../time/amsterdam-time.ts';

/** How long application microdata is kept; all in days. */
export interface RetentionPolicy {
  /** After the end of the procedure, without consent (AVG guidance: 4 weeks). */
  readonly days: number;
  /** After the end of the procedure, when the applicant consented to longer storage (1 year). */
  readonly daysWithConsent: number;
  /**
   * A still running (`lopend`) application has no end yet: it is treated as ended this many days after its latest
   * date, so an application the ATS never closes does not stay forever.
   */
  readonly openProcedureDays: number;
}

/** Default retention: 4 weeks, 1 year with consent, running procedures count as ended after a year without news. */
export const DEFAULT_RETENTION_POLICY: RetentionPolicy = Object.freeze({ days: 28, daysWithConsent: 365, openProcedureDays: 365 });

/** The dates and outcome the retention date is computed from. */
export interface RetentionInput {
  sollicitatiedatum: string;
  datumGesprek: string | null;
  datumAanbod: string | null;
  datumIndiensttreding: string | null;
  uitkomst: IntakeUitkomst;
  toestemming: boolean;
}

/**
 * The date until which an application may be kept (`bewaren_tot`; deleted when it lies before today).
 * End of procedure = the latest of its dates (the format has no separate outcome date); a running procedure ends
 * `openProcedureDays` after that. Then + `days`, or + `daysWithConsent` with consent.
 */
export function retentionDate(input: RetentionInput, policy: RetentionPolicy = DEFAULT_RETENTION_POLICY): string {
  let end = input.sollicitatiedatum;
  for (const date of [input.datumGesprek, input.datumAanbod, input.datumIndiensttreding]) {
    if (date !== null && date > end) end = date; // ISO dates compare correctly as text
  }
  if (input.uitkomst === 'lopend') end = addDays(end, policy.openProcedureDays);
  return addDays(end, input.toestemming ? policy.daysWithConsent : policy.days);
}
