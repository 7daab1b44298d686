import { sql, type Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import { formatNumber, type PublishedCell } from '../disclosure/index.ts';
import { KEY_MODULUS, presentCount, publishCell } from '../disclosure/cell-key/index.ts';
import { filteredApplications } from './application-microdata.ts';
import { exactCell as exact } from './own-data.ts';
import type { IntakeFilter } from './intake-filter.ts';

/** One duration: how many applications have both dates (with their key sum), and the median number of days between them. */
export interface DurationStat {
  n: number;
  /** Sum of the record keys of those applications (mod 2^32): makes their count a cell of the cell-key release. */
  k: number;
  /** Median days (may end in ,5 for an even n); null when n = 0. */
  medianDays: number | null;
}

/** Time to hire of a filter: from application to offer, and from application to the first working day. */
export interface TimeToHire {
  toOffer: DurationStat;
  toStart: DurationStat;
}

/**
 * Median days from the application date to the offer date and to the start date, over the applications still held
 * as microdata (see application-microdata.ts) that have that date.
 * @example SQL: select count(s.datum_aanbod), percentile_cont(0.5) within group (order by s.datum_aanbod - s.sollicitatiedatum) … from sollicitatie s …
 */
export async function timeToHire(db: Kysely<DB>, filter: IntakeFilter): Promise<TimeToHire> {
  const row = await filteredApplications(db, filter)
    .select([
      sql<number>`count(s.datum_aanbod)`.as('n_aanbod'),
      sql<number>`coalesce(sum(s.record_sleutel) filter (where s.datum_aanbod is not null), 0) % ${sql.lit(KEY_MODULUS)}`.as('k_aanbod'),
      sql<number | null>`percentile_cont(0.5) within group (order by s.datum_aanbod - s.sollicitatiedatum)`.as('mediaan_aanbod'),
      sql<number>`count(s.datum_indiensttreding)`.as('n_start'),
      sql<number>`coalesce(sum(s.record_sleutel) filter (where s.datum_indiensttreding is not null), 0) % ${sql.lit(KEY_MODULUS)}`.as('k_start'),
      sql<number | null>`percentile_cont(0.5) within group (order by s.datum_indiensttreding - s.sollicitatiedatum)`.as('mediaan_start'),
    ])
    .executeTakeFirstOrThrow();
  const stat = (n: unknown, k: unknown, median: unknown): DurationStat => ({ n: Number(n), k: Number(k), medianDays: median === null ? null : Number(median) });
  return { toOffer: stat(row.n_aanbod, row.k_aanbod, row.mediaan_aanbod), toStart: stat(row.n_start, row.k_start, row.mediaan_start) };
}

/**
 * The disclosure rule for a median duration shown to anyone but the organisation itself: only for a group of at
 * least this many applications, and rounded to whole weeks. A median of 50 or more values is the middle of a large
 * group, not anyone's own duration; whole weeks hide the exact day that a difference between two filters (one
 * person more or less moves the median by at most one rank) could otherwise give away.
 */
export const MEDIAN_MIN_GROUP = 50;

/** A published duration: its group size (a count, through the cell-key release) and the median in words. */
export interface PublishedDuration {
  label: string;
  n: PublishedCell;
  /** "ongeveer 4 weken", "23 dagen (ruim 3 weken)", or why it is not shown. */
  median: string;
  shown: boolean;
}

/** Dutch weeks for a number of days, rounded to whole weeks ("ongeveer 4 weken", "minder dan een week"). */
export function roundedWeeks(days: number): string {
  const weeks = Math.round(days / 7);
  if (weeks === 0) return 'minder dan een week';
  return `ongeveer ${formatNumber(weeks)} ${weeks === 1 ? 'week' : 'weken'}`;
}

/** An exact duration for the organisation itself ("23 dagen", "22,5 dagen"). */
export function exactDays(days: number): string {
  const rounded = Math.round(days * 2) / 2;
  return `${formatNumber(rounded, Number.isInteger(rounded) ? 0 : 1)} ${rounded === 1 ? 'dag' : 'dagen'}`;
}

/**
 * Publishes time to hire. The organisation itself (`own`) sees exact medians in days and exact group sizes; anyone
 * else sees the group size through disclosure control and a median only under {@link MEDIAN_MIN_GROUP}'s rule.
 */
export function publishTimeToHire(stats: TimeToHire, own: boolean): PublishedDuration[] {
  const one = (label: string, stat: DurationStat): PublishedDuration => {
    // Others see the group size as a published cell (the true count plus its key's noise), and decide on it too.
    const published = publishCell({ n: stat.n, k: stat.k });
    if (stat.medianDays === null) return { label, n: own ? exact(stat.n) : presentCount(published), median: 'geen gegevens', shown: false };
    if (own) return { label, n: exact(stat.n), median: exactDays(stat.medianDays), shown: true };
    if (stat.n < MEDIAN_MIN_GROUP || published < MEDIAN_MIN_GROUP) return { label, n: presentCount(published), median: `niet getoond: minder dan ${MEDIAN_MIN_GROUP} sollicitaties`, shown: false };
    return { label, n: presentCount(published), median: roundedWeeks(stat.medianDays), shown: true };
  };
  return [one('Van sollicitatie tot aanbod', stats.toOffer), one('Van sollicitatie tot eerste werkdag', stats.toStart)];
}
