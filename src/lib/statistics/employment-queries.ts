import type { Kysely } from 'kysely';
import type { DB, Sector } from '../db/schema.ts';
import type { EmploymentRow } from './employment-row.ts';
import { buildEmploymentReport, regionSeries, type EmploymentReport, type RegionSeries } from './employment-report.ts';
import type { CbsFigure } from './fte-per-thousand.ts';
import { fteByRegion } from './regional-totals.ts';

/** A published snapshot as the statistics cite it. */
export interface SnapshotInfo {
  id: number;
  peildatum: string;
  versie: number;
  isDemo: boolean;
  bron: string;
  /** ISO timestamp of publication. */
  gepubliceerdOp: string;
}

/** Whether demo snapshots may be used when no real one exists (default true: the demo shows the pages). */
export interface SnapshotChoice {
  includeDemo?: boolean;
}

/**
 * The snapshot the statistics use for a peildatum: the highest PUBLISHED version, real data before demo data.
 * Concepts are never used. Null when nothing is published for that date.
 */
export async function findPublishedSnapshot(db: Kysely<DB>, peildatum: string, choice: SnapshotChoice = {}): Promise<SnapshotInfo | null> {
  let query = db
    .selectFrom('formatie_snapshot')
    .select(['id', 'peildatum', 'versie', 'is_demo', 'bron', 'gepubliceerd_op'])
    .where('peildatum', '=', peildatum)
    .where('status', '=', 'gepubliceerd');
  if (choice.includeDemo === false) query = query.where('is_demo', '=', false);
  const row = await query.orderBy('is_demo', 'asc').orderBy('versie', 'desc').limit(1).executeTakeFirst();
  if (!row) return null;
  return { id: row.id, peildatum: row.peildatum, versie: row.versie, isDemo: row.is_demo, bron: row.bron, gepubliceerdOp: new Date(row.gepubliceerd_op!).toISOString() };
}

/** Peildata with at least one published snapshot, oldest first. */
export async function listPublishedPeildata(db: Kysely<DB>, choice: SnapshotChoice = {}): Promise<string[]> {
  let query = db.selectFrom('formatie_snapshot').select('peildatum').distinct().where('status', '=', 'gepubliceerd');
  if (choice.includeDemo === false) query = query.where('is_demo', '=', false);
  return (await query.orderBy('peildatum').execute()).map((r) => r.peildatum);
}

// Published snapshots never change (frozen by code and triggers), so their rows can be kept,
// per database (tests open several databases in one process).
const rowCaches = new WeakMap<Kysely<DB>, Map<number, Promise<EmploymentRow[]>>>();
const ROW_CACHE_LIMIT = 20;

/** The rows of one published snapshot, loaded once per database handle (see {@link loadEmploymentRows}). */
export function loadPublishedRows(db: Kysely<DB>, snapshotId: number): Promise<EmploymentRow[]> {
  let rowCache = rowCaches.get(db);
  if (!rowCache) {
    rowCache = new Map();
    rowCaches.set(db, rowCache);
  }
  let rows = rowCache.get(snapshotId);
  if (!rows) {
    if (rowCache.size >= ROW_CACHE_LIMIT) rowCache.delete(rowCache.keys().next().value!);
    rows = loadEmploymentRows(db, snapshotId);
    const cache = rowCache;
    rows.catch(() => cache.delete(snapshotId));
    rowCache.set(snapshotId, rows);
  }
  return rows;
}

/** The rows of one snapshot with the COROP region of their municipality, in a fixed order. */
export async function loadEmploymentRows(db: Kysely<DB>, snapshotId: number): Promise<EmploymentRow[]> {
  const rows = await db
    .selectFrom('formatie_regel as r')
    .leftJoin('gemeente as g', 'g.code', 'r.gemeente_code')
    .select(['r.organisatie_code', 'r.sector', 'r.provincie_code', 'r.gemeente_code', 'g.corop_code', 'r.fte'])
    .where('r.snapshot_id', '=', snapshotId)
    .orderBy('r.organisatie_code')
    .orderBy('r.sector')
    .orderBy('r.provincie_code')
    .orderBy('r.gemeente_code')
    .execute();
  return rows.map((r) => ({
    organisatieCode: r.organisatie_code,
    sector: r.sector,
    provincieCode: r.provincie_code,
    gemeenteCode: r.gemeente_code,
    coropCode: r.corop_code,
    fte: Number(r.fte),
  }));
}

/** All CBS population and labour-force figures, in a fixed order. */
export async function loadCbsFigures(db: Kysely<DB>): Promise<CbsFigure[]> {
  const rows = await db
    .selectFrom('cbs_regiocijfer')
    .select(['jaar', 'regio_code', 'bevolking', 'beroepsbevolking'])
    .orderBy('regio_code')
    .orderBy('jaar')
    .orderBy('cbs_tabel')
    .execute();
  // Population and labour force come from different CBS tables (one row each); merge them per region and year.
  const merged = new Map<string, CbsFigure>();
  for (const r of rows) {
    const key = `${r.regio_code}|${r.jaar}`;
    const figure = merged.get(key) ?? { jaar: r.jaar, regioCode: r.regio_code, bevolking: null, beroepsbevolking: null };
    figure.bevolking ??= r.bevolking;
    figure.beroepsbevolking ??= r.beroepsbevolking;
    merged.set(key, figure);
  }
  return [...merged.values()];
}

async function regionCodes(db: Kysely<DB>): Promise<{ provinceCodes: string[]; coropCodes: string[] }> {
  const [provinces, corops] = await Promise.all([
    db.selectFrom('provincie').select('code').orderBy('code').execute(),
    db.selectFrom('corop').select('code').orderBy('code').execute(),
  ]);
  return { provinceCodes: provinces.map((p) => p.code), coropCodes: corops.map((c) => c.code) };
}

/** Options of {@link loadEmploymentReport}. */
export interface EmploymentReportOptions extends SnapshotChoice {
  peildatum: string;
  sector?: Sector | null;
  randstadProvinces?: readonly string[];
  moveThreshold?: number;
}

/** The report plus the snapshots it was computed from. */
export interface EmploymentReportWithSource extends EmploymentReport {
  snapshot: SnapshotInfo;
  vorigeSnapshot: SnapshotInfo | null;
}

/**
 * Loads the published snapshot of a peildatum (and of 1 January a year earlier, for the changes) and computes
 * every indicator. Null when nothing is published for the peildatum.
 */
export async function loadEmploymentReport(db: Kysely<DB>, options: EmploymentReportOptions): Promise<EmploymentReportWithSource | null> {
  const snapshot = await findPublishedSnapshot(db, options.peildatum, options);
  if (!snapshot) return null;
  const previousPeildatum = `${Number(options.peildatum.slice(0, 4)) - 1}-01-01`;
  const previous = await findPublishedSnapshot(db, previousPeildatum, options);
  const [rows, previousRows, cbs, codes] = await Promise.all([
    loadPublishedRows(db, snapshot.id),
    previous ? loadPublishedRows(db, previous.id) : Promise.resolve(null),
    loadCbsFigures(db),
    regionCodes(db),
  ]);
  const report = buildEmploymentReport({
    peildatum: snapshot.peildatum,
    rows,
    previous: previous && previousRows ? { peildatum: previous.peildatum, rows: previousRows } : null,
    cbs,
    ...codes,
    sector: options.sector ?? null,
    ...(options.randstadProvinces ? { randstadProvinces: options.randstadProvinces } : {}),
    ...(options.moveThreshold !== undefined ? { moveThreshold: options.moveThreshold } : {}),
  });
  return { snapshot, vorigeSnapshot: previous, ...report };
}

/** Fte per province for every published peildatum (optionally one sector), for a time-series chart. */
export async function loadProvinceSeries(db: Kysely<DB>, options: SnapshotChoice & { sector?: Sector | null } = {}): Promise<RegionSeries> {
  const { provinceCodes } = await regionCodes(db);
  const years: { peildatum: string; totals: ReturnType<typeof fteByRegion>['regions'] | null }[] = [];
  for (const peildatum of await listPublishedPeildata(db, options)) {
    const snapshot = await findPublishedSnapshot(db, peildatum, options);
    const rows = snapshot ? await loadPublishedRows(db, snapshot.id) : null;
    years.push({ peildatum, totals: rows ? fteByRegion(rows, { level: 'provincie', sector: options.sector ?? null, regionCodes: provinceCodes }).regions : null });
  }
  return regionSeries(years);
}
