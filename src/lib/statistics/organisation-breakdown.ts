import type { Sector } from '../db/schema.ts';
import type { EmploymentRow } from './employment-row.ts';
import { byCode } from './regional-totals.ts';
import { fromTenths, toTenths } from './rounding.ts';

/** An organisation as the breakdown needs it: its ministry is its own code for a ministry. */
export interface OrganisationInfo {
  code: string;
  naam: string;
  ministerieCode: string;
}

/** Which rows count: a region (province PV.. or COROP CR..; null = the Netherlands), a ministry, an organisation, a sector. */
export interface BreakdownFilter {
  regio: string | null;
  ministerie: string | null;
  organisatie: string | null;
  sector: Sector | null;
}

/** Fte of one group now and a year earlier (same kind of inventory), with the change. */
export interface BreakdownLine {
  code: string;
  fte: number;
  /** Null without a previous inventory. */
  vorigeFte: number | null;
  verschil: number | null;
}

/** Where the fte of the chosen organisations are, and where the growth went. */
export interface OrganisationBreakdown {
  totaal: BreakdownLine;
  /** Per organisation in the chosen region, largest first (then by code). */
  perOrganisatie: BreakdownLine[];
  /** Per ministry (organisations under it included) in the chosen region, largest first. */
  perMinisterie: BreakdownLine[];
  /** Per province, for the chosen ministry / organisation / sector (region filter not applied), by code. */
  perProvincie: BreakdownLine[];
  /** Per COROP region, likewise; rows that name only a province are not in any COROP line. */
  perCorop: BreakdownLine[];
}

type Key = (row: EmploymentRow) => string | null;

function sumBy(rows: readonly EmploymentRow[], key: Key): Map<string, number> {
  const sums = new Map<string, number>();
  for (const row of rows) {
    const k = key(row);
    if (k !== null) sums.set(k, (sums.get(k) ?? 0) + toTenths(row.fte));
  }
  return sums;
}

function lines(current: Map<string, number>, previous: Map<string, number> | null, order: 'fte' | 'code'): BreakdownLine[] {
  const codes = new Set([...current.keys(), ...(previous?.keys() ?? [])]);
  const result = [...codes].map((code) => {
    const now = current.get(code) ?? 0;
    const before = previous ? (previous.get(code) ?? 0) : null;
    return { code, fte: fromTenths(now), vorigeFte: before === null ? null : fromTenths(before), verschil: before === null ? null : fromTenths(now - before) };
  });
  return result.sort((a, b) => (order === 'fte' ? b.fte - a.fte || byCode(a.code, b.code) : byCode(a.code, b.code)));
}

/**
 * Fte per organisation, per ministry, per province and per COROP region for one inventory, and the change
 * against the previous one (which the caller must take of the same kind). Sums are exact (integer tenths).
 */
export function organisationBreakdown(rows: readonly EmploymentRow[], previous: readonly EmploymentRow[] | null, organisations: ReadonlyMap<string, OrganisationInfo>, filter: BreakdownFilter): OrganisationBreakdown {
  const ministryOf = (code: string) => organisations.get(code)?.ministerieCode ?? code;
  const matchesWho = (r: EmploymentRow) =>
    (filter.sector === null || r.sector === filter.sector) &&
    (filter.organisatie === null || r.organisatieCode === filter.organisatie) &&
    (filter.ministerie === null || ministryOf(r.organisatieCode) === filter.ministerie);
  const matchesWhere = (r: EmploymentRow) => filter.regio === null || r.provincieCode === filter.regio || r.coropCode === filter.regio;
  const who = (list: readonly EmploymentRow[]) => list.filter(matchesWho);
  const whoNow = who(rows);
  const whoBefore = previous ? who(previous) : null;
  const hereNow = whoNow.filter(matchesWhere);
  const hereBefore = whoBefore ? whoBefore.filter(matchesWhere) : null;
  const all: Key = () => 'totaal';
  const total = lines(sumBy(hereNow, all), hereBefore ? sumBy(hereBefore, all) : null, 'code')[0] ?? { code: 'totaal', fte: 0, vorigeFte: hereBefore ? 0 : null, verschil: hereBefore ? 0 : null };
  const organisation: Key = (r) => r.organisatieCode;
  const ministry: Key = (r) => ministryOf(r.organisatieCode);
  const province: Key = (r) => r.provincieCode;
  const corop: Key = (r) => r.coropCode;
  return {
    totaal: total,
    perOrganisatie: lines(sumBy(hereNow, organisation), hereBefore ? sumBy(hereBefore, organisation) : null, 'fte'),
    perMinisterie: lines(sumBy(hereNow, ministry), hereBefore ? sumBy(hereBefore, ministry) : null, 'fte'),
    perProvincie: lines(sumBy(whoNow, province), whoBefore ? sumBy(whoBefore, province) : null, 'code'),
    perCorop: lines(sumBy(whoNow, corop), whoBefore ? sumBy(whoBefore, corop) : null, 'code'),
  };
}
