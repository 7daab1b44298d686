import { sql, type Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { IntakeFase } from '../db/schema-intake.ts';
import { wilsonInterval, type ProportionInterval } from '../statistics/wilson-interval.ts';
import { filterContainsDemo, filteredRollup, workProvinceList, type IntakeFilter, type RegionRef } from './intake-filter.ts';
import { ONBEKEND } from './intake-vocabulary.ts';

/** Local intake of one work province (or the total): how many of its hires live in the same province / COROP. */
export interface LocalIntakeRow {
  region: RegionRef;
  /** All applications at the stage, including those with an unknown home region. */
  total: number;
  sameProvince: number;
  sameCorop: number;
  /** Home region unknown: neither local nor non-local; kept visible instead of silently dropped. */
  unknownHome: number;
  /** sameProvince / total (unknown home counts as not local: a lower bound), Wilson 95%. */
  shareSameProvince: ProportionInterval;
  shareSameCorop: ProportionInterval;
}

/** Local intake per work province and in total. */
export interface LocalIntakeResult {
  fase: IntakeFase;
  rows: LocalIntakeRow[];
  total: LocalIntakeRow;
  containsDemo: boolean;
}

function localRow(region: RegionRef, c: { total: number; sameProvince: number; sameCorop: number; unknownHome: number }): LocalIntakeRow {
  return { region, ...c, shareSameProvince: wilsonInterval(c.sameProvince, c.total), shareSameCorop: wilsonInterval(c.sameCorop, c.total) };
}

/**
 * Local intake share at a stage (default: hires): of the applications reaching the stage, the share whose home
 * lies in the same province as the job, and in the same COROP region. The denominator includes the unknown
 * home region, which is reported separately.
 */
export async function localIntakeShare(db: Kysely<DB>, filter: IntakeFilter = {}, fase: IntakeFase = 'aangenomen'): Promise<LocalIntakeResult> {
  const [provinces, cells, containsDemo] = await Promise.all([
    workProvinceList(db),
    filteredRollup(db, filter)
      .where('fase', '=', fase)
      .select([
        'werk_provincie_code',
        sql<number>`sum(aantal)`.as('total'),
        sql<number>`coalesce(sum(aantal) filter (where woon_provincie_code = werk_provincie_code), 0)`.as('same_province'),
        sql<number>`coalesce(sum(aantal) filter (where woon_corop_code = werk_corop_code), 0)`.as('same_corop'),
        sql<number>`coalesce(sum(aantal) filter (where woon_provincie_code = ${ONBEKEND}), 0)`.as('unknown_home'),
      ])
      .groupBy('werk_provincie_code')
      .execute(),
    filterContainsDemo(db, filter),
  ]);
  const byProvince = new Map(cells.map((c) => [c.werk_provincie_code, c]));
  const sum = { total: 0, sameProvince: 0, sameCorop: 0, unknownHome: 0 };
  const rows = provinces.map((region) => {
    const c = byProvince.get(region.code);
    const counts = {
      total: Number(c?.total ?? 0),
      sameProvince: Number(c?.same_province ?? 0),
      sameCorop: Number(c?.same_corop ?? 0),
      unknownHome: Number(c?.unknown_home ?? 0),
    };
    sum.total += counts.total;
    sum.sameProvince += counts.sameProvince;
    sum.sameCorop += counts.sameCorop;
    sum.unknownHome += counts.unknownHome;
    return localRow(region, counts);
  });
  return { fase, rows, total: localRow({ code: 'totaal', naam: 'Totaal' }, sum), containsDemo };
}
