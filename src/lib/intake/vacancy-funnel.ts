import { sql, type Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { PublishedCell } from '../disclosure/index.ts';
import { KEY_MODULUS, presentCount, presentShare, publishStages, type KeyedCount } from '../disclosure/cell-key/index.ts';
import type { IntakeFase } from '../db/schema-intake.ts';
import { filteredApplications } from './application-microdata.ts';
import type { IntakeFilter } from './intake-filter.ts';
import { FASES, type StageCounts } from './intake-vocabulary.ts';
import { exactCell, exactPercent } from './own-data.ts';
import { nothingShown } from './table-visibility.ts';

/** One vacancy's funnel: reached-stage counts of the applications held for it. */
export interface VacancyFunnelRow {
  /** Our vacancy id, or the organisation's own reference of a vacancy not on the platform. */
  key: string;
  /** Title and reference of our vacancy, or the external reference. */
  label: string;
  onPlatform: boolean;
  counts: StageCounts;
  /** Key sums of the applications that reached each stage (mod 2^32): the cells of the cell-key release. */
  keys: Record<IntakeFase, number>;
}

/**
 * The funnel per vacancy over the applications still held as microdata, most applications first.
 * @example SQL: select s.vacature_sleutel, max(v.titel), count(*), count(*) filter (where s.fase in ('gesprek','aanbod','aangenomen')) … group by s.vacature_sleutel
 */
export async function vacancyFunnel(db: Kysely<DB>, filter: IntakeFilter): Promise<VacancyFunnelRow[]> {
  const rows = await filteredApplications(db, filter)
    .select([
      's.vacature_sleutel as sleutel',
      sql<string | null>`max(v.titel)`.as('titel'),
      sql<string | null>`max(v.kenmerk)`.as('kenmerk'),
      sql<number>`count(*)`.as('sollicitatie'),
      sql<number>`count(*) filter (where s.fase in ('gesprek', 'aanbod', 'aangenomen'))`.as('gesprek'),
      sql<number>`count(*) filter (where s.fase in ('aanbod', 'aangenomen'))`.as('aanbod'),
      sql<number>`count(*) filter (where s.fase = 'aangenomen')`.as('aangenomen'),
      sql<number>`coalesce(sum(s.record_sleutel), 0) % ${sql.lit(KEY_MODULUS)}`.as('k_sollicitatie'),
      sql<number>`coalesce(sum(s.record_sleutel) filter (where s.fase in ('gesprek', 'aanbod', 'aangenomen')), 0) % ${sql.lit(KEY_MODULUS)}`.as('k_gesprek'),
      sql<number>`coalesce(sum(s.record_sleutel) filter (where s.fase in ('aanbod', 'aangenomen')), 0) % ${sql.lit(KEY_MODULUS)}`.as('k_aanbod'),
      sql<number>`coalesce(sum(s.record_sleutel) filter (where s.fase = 'aangenomen'), 0) % ${sql.lit(KEY_MODULUS)}`.as('k_aangenomen'),
    ])
    .groupBy('s.vacature_sleutel')
    .orderBy(sql`count(*)`, 'desc')
    .orderBy('s.vacature_sleutel')
    .execute();
  return rows.map((r) => ({
    key: r.sleutel,
    label: r.titel ? `${r.titel}${r.kenmerk ? ` (${r.kenmerk})` : ''}` : r.sleutel,
    onPlatform: r.titel !== null,
    counts: { sollicitatie: Number(r.sollicitatie), gesprek: Number(r.gesprek), aanbod: Number(r.aanbod), aangenomen: Number(r.aangenomen) },
    keys: { sollicitatie: Number(r.k_sollicitatie), gesprek: Number(r.k_gesprek), aanbod: Number(r.k_aanbod), aangenomen: Number(r.k_aangenomen) },
  }));
}

/** A vacancy's funnel as shown: reached counts and the share of applicants that reached each later stage. */
export interface ShownVacancyRow {
  label: string;
  onPlatform: boolean;
  reached: Record<IntakeFase, PublishedCell>;
  rates: Record<Exclude<IntakeFase, 'sollicitatie'>, PublishedCell>;
  /** True when no count of the row other than 0 is shown (others only): such rows are summarised, not listed. */
  allHidden: boolean;
}

/**
 * The funnel per vacancy as a viewer may see it: exact for the organisation itself (`own`), otherwise through the
 * cell-key release as every funnel (each stage a published cell; rates from published counts only).
 */
export function showVacancyFunnel(rows: readonly VacancyFunnelRow[], own: boolean): ShownVacancyRow[] {
  if (own) {
    return rows.map((r) => ({
      label: r.label,
      onPlatform: r.onPlatform,
      reached: Object.fromEntries(FASES.map((f) => [f, exactCell(r.counts[f])])) as Record<IntakeFase, PublishedCell>,
      rates: { gesprek: exactPercent(r.counts.gesprek, r.counts.sollicitatie), aanbod: exactPercent(r.counts.aanbod, r.counts.sollicitatie), aangenomen: exactPercent(r.counts.aangenomen, r.counts.sollicitatie) },
      allHidden: false,
    }));
  }
  return rows.map((r) => {
    // Each stage of a vacancy is its own cell (its records' key sum), with the running minimum of the release.
    const published = publishStages(FASES.map((f): KeyedCount => ({ n: r.counts[f], k: r.keys[f] })));
    const reached = Object.fromEntries(FASES.map((f, i) => [f, presentCount(published[i]!)])) as Record<IntakeFase, PublishedCell>;
    const [applicants, gesprek, aanbod, aangenomen] = published as [number, number, number, number];
    return {
      label: r.label,
      onPlatform: r.onPlatform,
      reached,
      rates: { gesprek: presentShare(gesprek, applicants), aanbod: presentShare(aanbod, applicants), aangenomen: presentShare(aangenomen, applicants) },
      allHidden: nothingShown(FASES.map((f) => reached[f])),
    };
  });
}
