import type { Sector } from '../db/schema.ts';
import { crossBorderMoves, MOVE_THRESHOLD_FTE, type OrganisationMove } from './cross-border-moves.ts';
import { INDICATOR_DEFINITIONS } from './definitions.ts';
import type { EmploymentRow, RegionFte } from './employment-row.ts';
import { ftePerThousand, type CbsFigure } from './fte-per-thousand.ts';
import { growthDistribution, type GrowthDistribution } from './growth-distribution.ts';
import { DEFAULT_RANDSTAD_PROVINCES, randstadShare, shareOfNational, type RandstadShare } from './national-share.ts';
import { fteByRegion } from './regional-totals.ts';
import { changeVsPrevious } from './year-change.ts';

/** CBS code of the Netherlands, used for the national line. */
const NATIONAL = 'NL01';

/** What the report is computed from: plain rows of one snapshot and, optionally, of the year before. */
export interface EmploymentReportInput {
  peildatum: string;
  rows: readonly EmploymentRow[];
  /** The snapshot of the previous peildatum, or null when there is none. */
  previous: { peildatum: string; rows: readonly EmploymentRow[] } | null;
  cbs: readonly CbsFigure[];
  /** Every province code, so provinces without fte still appear with 0. */
  provinceCodes: readonly string[];
  /** Every COROP code, likewise. */
  coropCodes: readonly string[];
  /** Restrict every figure to one sector; null or absent for all sectors. */
  sector?: Sector | null;
  randstadProvinces?: readonly string[];
  moveThreshold?: number;
}

/** One region's line: fte, change, share and intensity. */
export interface RegionLine {
  regioCode: string;
  fte: number;
  vorigeFte: number | null;
  verschil: number | null;
  verschilPct: number | null;
  aandeelPct: number | null;
  perDuizendInwoners: number | null;
  /** CBS year of the population used (nearest to the peildatum year). */
  inwonersJaar: number | null;
  perDuizendBeroepsbevolking: number | null;
  /** CBS year of the labour force used. */
  beroepsbevolkingJaar: number | null;
}

/** A COROP line: fte, change and share (CBS figures are loaded per province only). */
export interface CoropLine {
  regioCode: string;
  fte: number;
  vorigeFte: number | null;
  verschil: number | null;
  verschilPct: number | null;
  aandeelPct: number | null;
}

/** All indicators for one peildatum; deterministic: the same input gives byte-identical JSON. */
export interface EmploymentReport {
  peildatum: string;
  vorigePeildatum: string | null;
  sector: Sector | null;
  nationaal: RegionLine;
  provincies: RegionLine[];
  corop: { regions: CoropLine[]; nietToeTeDelenFte: number; vorigNietToeTeDelenFte: number | null };
  randstad: RandstadShare;
  /** Null without a previous snapshot. */
  groei: GrowthDistribution | null;
  /** Null without a previous snapshot. */
  verplaatsingen: { drempelFte: number; organisaties: OrganisationMove[] } | null;
  definities: typeof INDICATOR_DEFINITIONS;
}

/** Region lines with change, national share and CBS intensities. */
function regionLines(current: readonly RegionFte[], previous: readonly RegionFte[] | null, nationalFte: number, cbs: readonly CbsFigure[], year: number): RegionLine[] {
  const changes = changeVsPrevious(current, previous);
  const shares = new Map(shareOfNational(current, nationalFte).map((s) => [s.regioCode, s.aandeelPct]));
  const inhabitants = new Map(ftePerThousand(current, cbs, year, 'bevolking').map((r) => [r.regioCode, r]));
  const labour = new Map(ftePerThousand(current, cbs, year, 'beroepsbevolking').map((r) => [r.regioCode, r]));
  return changes.map((c) => ({
    ...c,
    aandeelPct: shares.get(c.regioCode) ?? null,
    perDuizendInwoners: inhabitants.get(c.regioCode)?.perDuizend ?? null,
    inwonersJaar: inhabitants.get(c.regioCode)?.noemerJaar ?? null,
    perDuizendBeroepsbevolking: labour.get(c.regioCode)?.perDuizend ?? null,
    beroepsbevolkingJaar: labour.get(c.regioCode)?.noemerJaar ?? null,
  }));
}

/** Computes every indicator of the employment pages for one peildatum (pure; see definitions.ts). */
export function buildEmploymentReport(input: EmploymentReportInput): EmploymentReport {
  const sector = input.sector ?? null;
  const filter = (rows: readonly EmploymentRow[]) => (sector === null ? rows : rows.filter((r) => r.sector === sector));
  const rows = filter(input.rows);
  const previousRows = input.previous ? filter(input.previous.rows) : null;
  const year = Number(input.peildatum.slice(0, 4));

  const provinces = fteByRegion(rows, { level: 'provincie', regionCodes: input.provinceCodes });
  const previousProvinces = previousRows ? fteByRegion(previousRows, { level: 'provincie', regionCodes: input.provinceCodes }) : null;
  const corop = fteByRegion(rows, { level: 'corop', regionCodes: input.coropCodes });
  const previousCorop = previousRows ? fteByRegion(previousRows, { level: 'corop', regionCodes: input.coropCodes }) : null;

  const national: RegionFte[] = [{ regioCode: NATIONAL, fte: provinces.nationalFte }];
  const previousNational: RegionFte[] | null = previousProvinces ? [{ regioCode: NATIONAL, fte: previousProvinces.nationalFte }] : null;

  const coropChanges = changeVsPrevious(corop.regions, previousCorop?.regions ?? null);
  const coropShares = new Map(shareOfNational(corop.regions, corop.nationalFte).map((s) => [s.regioCode, s.aandeelPct]));

  return {
    peildatum: input.peildatum,
    vorigePeildatum: input.previous?.peildatum ?? null,
    sector,
    nationaal: regionLines(national, previousNational, provinces.nationalFte, input.cbs, year)[0]!,
    provincies: regionLines(provinces.regions, previousProvinces?.regions ?? null, provinces.nationalFte, input.cbs, year),
    corop: {
      regions: coropChanges.map((c) => ({ ...c, aandeelPct: coropShares.get(c.regioCode) ?? null })),
      nietToeTeDelenFte: corop.unassignedFte,
      vorigNietToeTeDelenFte: previousCorop?.unassignedFte ?? null,
    },
    randstad: randstadShare(provinces.regions, provinces.nationalFte, input.randstadProvinces ?? DEFAULT_RANDSTAD_PROVINCES),
    groei: previousProvinces ? growthDistribution(provinces.regions, previousProvinces.regions) : null,
    verplaatsingen: previousRows
      ? { drempelFte: input.moveThreshold ?? MOVE_THRESHOLD_FTE, organisaties: crossBorderMoves(previousRows, rows, input.moveThreshold ?? MOVE_THRESHOLD_FTE) }
      : null,
    definities: INDICATOR_DEFINITIONS,
  };
}

/** Fte per region over several peildata, for line charts: one value per peildatum (null when no snapshot). */
export interface RegionSeries {
  peildata: string[];
  regions: { regioCode: string; fte: (number | null)[] }[];
}

/**
 * Builds a time series from per-peildatum region totals (sorted by peildatum, regions by code). A peildatum
 * with `totals` null (no snapshot) gives null for every region.
 */
export function regionSeries(years: readonly { peildatum: string; totals: readonly RegionFte[] | null }[]): RegionSeries {
  const sorted = [...years].sort((a, b) => (a.peildatum < b.peildatum ? -1 : a.peildatum > b.peildatum ? 1 : 0));
  const codes = [...new Set(sorted.flatMap((y) => (y.totals ?? []).map((r) => r.regioCode)))].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return {
    peildata: sorted.map((y) => y.peildatum),
    regions: codes.map((regioCode) => ({
      regioCode,
      fte: sorted.map((y) => (y.totals === null ? null : (y.totals.find((r) => r.regioCode === regioCode)?.fte ?? 0))),
    })),
  };
}
