import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import { filterContainsDemo, filteredRollup, workProvinceList, type IntakeFilter, type RegionRef } from './intake-filter.ts';
import { ONBEKEND } from './intake-vocabulary.ts';

/** One province: its shares of applicants, hires and the labour force, and the ratios of those shares. */
export interface RepresentationRow {
  region: RegionRef;
  applicants: number;
  hires: number;
  labourForce: number;
  /** Fractions 0..1 of the totals over the twelve provinces (unknown home excluded). */
  applicantShare: number;
  hireShare: number;
  labourForceShare: number;
  /** applicantShare ÷ labourForceShare; 1 = represented like its labour force; null without applicants in total. */
  applicantIndex: number | null;
  hireIndex: number | null;
}

/** Representation per province, with the CBS year used and the unknown home region reported beside it. */
export interface RepresentationResult {
  /** Year of the labour-force figures (the latest with all provinces), or null when there are none. */
  labourForceYear: number | null;
  rows: RepresentationRow[];
  /** Applicants and hires with an unknown home region: outside the shares, shown separately. */
  unknown: { applicants: number; hires: number };
  totals: { applicants: number; hires: number; labourForce: number };
  containsDemo: boolean;
}

/** Latest year with a labour-force figure for every province, and those figures. */
export async function latestLabourForce(db: Kysely<DB>): Promise<{ year: number; byProvince: Map<string, number> } | null> {
  const rows = await db
    .selectFrom('cbs_regiocijfer')
    .select(['jaar', 'regio_code', 'beroepsbevolking'])
    .where('regio_code', 'like', 'PV%')
    .where('beroepsbevolking', 'is not', null)
    .orderBy('jaar', 'desc')
    .execute();
  const byYear = new Map<number, Map<string, number>>();
  for (const r of rows) {
    const year = byYear.get(r.jaar) ?? new Map<string, number>();
    year.set(r.regio_code, Number(r.beroepsbevolking));
    byYear.set(r.jaar, year);
  }
  for (const [year, byProvince] of byYear) if (byProvince.size >= 12) return { year, byProvince };
  return null;
}

/**
 * Representation index per province: its share of applicants (and of hires) divided by its share of the national
 * labour force (CBS beroepsbevolking, latest complete year). Shares are taken over applicants with a known home
 * province; those with an unknown one are reported separately, so the index is not diluted by them.
 */
export async function representationIndex(db: Kysely<DB>, filter: IntakeFilter = {}): Promise<RepresentationResult> {
  const [provinces, cells, labour, containsDemo] = await Promise.all([
    workProvinceList(db),
    filteredRollup(db, filter)
      .where('fase', 'in', ['sollicitatie', 'aangenomen'])
      .select((eb) => ['woon_provincie_code', 'fase', eb.fn.sum<number>('aantal').as('aantal')])
      .groupBy(['woon_provincie_code', 'fase'])
      .execute(),
    latestLabourForce(db),
    filterContainsDemo(db, filter),
  ]);
  const applicants = new Map<string, number>();
  const hires = new Map<string, number>();
  for (const c of cells) (c.fase === 'sollicitatie' ? applicants : hires).set(c.woon_provincie_code, Number(c.aantal));
  const totalApplicants = provinces.reduce((sum, p) => sum + (applicants.get(p.code) ?? 0), 0);
  const totalHires = provinces.reduce((sum, p) => sum + (hires.get(p.code) ?? 0), 0);
  const totalLabour = provinces.reduce((sum, p) => sum + (labour?.byProvince.get(p.code) ?? 0), 0);
  const share = (part: number, whole: number): number => (whole > 0 ? part / whole : 0);
  const rows = provinces.map((region): RepresentationRow => {
    const a = applicants.get(region.code) ?? 0;
    const h = hires.get(region.code) ?? 0;
    const l = labour?.byProvince.get(region.code) ?? 0;
    const labourForceShare = share(l, totalLabour);
    return {
      region,
      applicants: a,
      hires: h,
      labourForce: l,
      applicantShare: share(a, totalApplicants),
      hireShare: share(h, totalHires),
      labourForceShare,
      applicantIndex: totalApplicants > 0 && labourForceShare > 0 ? share(a, totalApplicants) / labourForceShare : null,
      hireIndex: totalHires > 0 && labourForceShare > 0 ? share(h, totalHires) / labourForceShare : null,
    };
  });
  return {
    labourForceYear: labour?.year ?? null,
    rows,
    unknown: { applicants: applicants.get(ONBEKEND) ?? 0, hires: hires.get(ONBEKEND) ?? 0 },
    totals: { applicants: totalApplicants, hires: totalHires, labourForce: totalLabour },
    containsDemo,
  };
}
