import { randomBytes } from 'node:crypto';
import type { ImportReport } from '../import/row-report.ts';

const TTL_MS = 60 * 60_000;
const MAX_REPORTS = 200;
const reports = new Map<string, { owner: number; report: ImportReport; expires: number }>();

/**
 * Keeps an import report for an hour so its uploader can download it as CSV. In memory on purpose:
 * the report belongs to that person only, and nothing about applicants needs to outlive it.
 */
export function keepReport(owner: number, report: ImportReport, now = Date.now()): string {
  for (const [id, entry] of reports) if (entry.expires < now) reports.delete(id);
  if (reports.size >= MAX_REPORTS) reports.delete(reports.keys().next().value!);
  const id = randomBytes(16).toString('base64url');
  reports.set(id, { owner, report, expires: now + TTL_MS });
  return id;
}

/** A kept report, only for its owner and before it expires. */
export function takeReport(owner: number, id: string, now = Date.now()): ImportReport | null {
  const entry = reports.get(id);
  return entry && entry.owner === owner && entry.expires >= now ? entry.report : null;
}
