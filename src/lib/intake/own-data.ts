import { formatNumber, type PublishedCell } from '../disclosure/index.ts';
import type { SessionUser } from '../auth/sessions.ts';
import type { IntakeFilter } from './intake-filter.ts';

/**
 * Whether a dashboard shows only the user's own organisations' data to an HR coordinator of those organisations:
 * only then may figures be exact ("eigen gegevens — niet openbaar"). Analysts and admins never count as owners.
 */
export function isOwnDataView(user: Pick<SessionUser, 'rol' | 'organisaties'>, filter: Pick<IntakeFilter, 'organisations'>): boolean {
  if (user.rol !== 'hr' || filter.organisations === undefined || filter.organisations.length === 0) return false;
  return filter.organisations.every((code) => user.organisaties.includes(code));
}

/** The label next to every exact figure an organisation sees of itself. */
export const OWN_DATA_LABEL = 'eigen gegevens — niet openbaar';

/** An organisation's own exact count, shaped like a published cell so one table component shows both. */
export function exactCell(n: number): PublishedCell {
  return { kind: 'value', value: n, display: formatNumber(n) };
}

/** An organisation's own exact percentage (whole percent), or "–" without a denominator. */
export function exactPercent(numerator: number, denominator: number): PublishedCell {
  if (denominator === 0) return { kind: 'value', value: 0, display: '–' };
  const value = Math.round((numerator / denominator) * 100);
  return { kind: 'value', value, display: `${formatNumber(value)}%` };
}
