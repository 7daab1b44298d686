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

/**
 * Which snapshots may be used. `includeDemo` (default true) lets demo data stand in where nothing real is
 * published; `isDemo` restricts to one kind, so a series or comparison never mixes real and demo snapshots.
 */
export interface SnapshotChoice {
  includeDemo?: boolean;
  isDemo?: boolean;
}

/** True when any of the snapshots a figure uses is demo data: the label follows from all of them. */
export function usesDemoData(snapshots: readonly (SnapshotInfo | null | undefined)[]): boolean {
  return snapshots.some((s) => s?.isDemo === true);
}

type SnapshotRow = { id: number; peildatum: string; versie: number; is_demo: boolean; bron: string; gepubliceerd_op: Date | null };

function toSnapshotInfo(row: SnapshotRow): SnapshotInfo {
  return { id: row.id, peildatum: row.peildatum, versie: row.versie, isDemo: row.is_demo, bron: row.bron, gepubliceerdOp: new Date(row.gepubliceerd_op!).toISOString() };
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
  if (choice.isDemo !== undefined) query = query.where('is_demo', '=', choice.isDemo);
  const row = await query.orderBy('is_demo', 'asc').orderBy('versie', 'desc').limit(1).executeTakeFirst();
  return row ? toSnapshotInfo(row) : null;
}

/** One published snapshot by id (concepts are never cited); null when it does not exist or is a concept. */
export async function findPublishedSnapshotById(db: Kysely<DB>, id: number): Promise<SnapshotInfo | null> {
  const row = await db
    .selectFrom('formatie_snapshot')
    .select(['id', 'peildatum', 'versie', 'is_demo', 'bron', 'gepubliceerd_op'])
    .where('id', '=', id)
    .where('status', '=', 'gepubliceerd')
    .executeTakeFirst();
  return row ? toSnapshotInfo(row) : null;
}

/**
 * The snapshot to compare with: of the same kind (real or demo) as `snapshot`, for 1 January a year earlier,
 * the highest published version; with `frozen`, the highest that was already published when `snapshot` was,
 * so a later revision of the previous year never changes a report version published before it.
 */
export async function findComparisonSnapshot(db: Kysely<DB>, snapshot: SnapshotInfo, frozen = false): Promise<SnapshotInfo | null> {
  const previousPeildatum = `${Number(snapshot.peildatum.slice(0, 4)) - 1}-01-01`;
  const row = await db
    .selectFrom('formatie_snapshot')
    .select(['id', 'peildatum', 'versie', 'is_demo', 'bron', 'gepubliceerd_op'])
    .where('peildatum', '=', previousPeildatum)
    .where('status', '=', 'gepubliceerd')
    .where('is_demo', '=', snapshot.isDemo)
    .$if(frozen, (q) => q.where('gepubliceerd_op', '<=', new Date(snapshot.gepubliceerdOp)))
    .orderBy('versie', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row ? toSnapshotInfo(row) : null;
}

/** Peildata with at least one published snapshot, oldest first. */
export async function listPublishedPeildata(db: Kysely<DB>, choice: SnapshotChoice = {}): Promise<string[]> {
  let query = db.selectFrom('formatie_snapshot').select('peildatum').distinct().where('status', '=', 'gepubliceerd');
  if (choice.includeDemo === false) query = query.where('is_demo', '=', false);
  if (choice.isDemo !== undefined) query = query.where('is_demo', '=', choice.isDemo);
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
  /**
   * A specific published snapshot: a frozen report version, compared with the previous year as it was
   * published at that moment. Without it, the latest snapshot of the peildatum and the latest of the year before.
   */
  snapshotId?: number;
  sector?: Sector | null;
  randstadProvinces?: readonly string[];
  moveThreshold?: number;
}

/** The report plus the snapshots it was computed from (always of one kind: real or demo). */
export interface EmploymentReportWithSource extends EmploymentReport {
  snapshot: SnapshotInfo;
  vorigeSnapshot: SnapshotInfo | null;
  /** True when any snapshot used is demo data. */
  voorbeeldgegevens: boolean;
}

/**
 * Loads the published snapshot of a peildatum (or the given snapshot) and the one of 1 January a year earlier
 * OF THE SAME KIND (real with real, demo with demo; see {@link findComparisonSnapshot}), and computes every
 * indicator. Null when nothing is published for the peildatum.
 */
export async function loadEmploymentReport(db: Kysely<DB>, options: EmploymentReportOptions): Promise<EmploymentReportWithSource | null> {
  const snapshot = options.snapshotId !== undefined ? await findPublishedSnapshotById(db, options.snapshotId) : await findPublishedSnapshot(db, options.peildatum, options);
  if (!snapshot || snapshot.peildatum !== options.peildatum) return null;
  const previous = await findComparisonSnapshot(db, snapshot, options.snapshotId !== undefined);
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
  return { snapshot, vorigeSnapshot: previous, voorbeeldgegevens: usesDemoData([snapshot, previous]), ...report };
}

/** A time series with the snapshots it was computed from (one kind only) and the demo label they imply. */
export interface SourcedRegionSeries extends RegionSeries {
  snapshots: SnapshotInfo[];
  voorbeeldgegevens: boolean;
}

/**
 * Fte per province for every peildatum with a published snapshot of ONE kind (optionally one sector), for a
 * time-series chart. The kind is `options.isDemo` or, without it, real when any real snapshot is published.
 */
export async function loadProvinceSeries(db: Kysely<DB>, options: SnapshotChoice & { sector?: Sector | null } = {}): Promise<SourcedRegionSeries> {
  const { provinceCodes } = await regionCodes(db);
  const isDemo = options.isDemo ?? ((await listPublishedPeildata(db, { isDemo: false })).length === 0);
  const years: { peildatum: string; totals: ReturnType<typeof fteByRegion>['regions'] | null }[] = [];
  const snapshots: SnapshotInfo[] = [];
  for (const peildatum of await listPublishedPeildata(db, { isDemo })) {
    const snapshot = await findPublishedSnapshot(db, peildatum, { isDemo });
    if (snapshot) snapshots.push(snapshot);
    const rows = snapshot ? await loadPublishedRows(db, snapshot.id) : null;
    years.push({ peildatum, totals: rows ? fteByRegion(rows, { level: 'provincie', sector: options.sector ?? null, regionCodes: provinceCodes }).regions : null });
  }
  return { ...regionSeries(years), snapshots, voorbeeldgegevens: usesDemoData(snapshots) };
}

/** Every published snapshot (real and demo, each marked), by peildatum and version: for downloads and DCAT. */
export async function listPublishedSnapshots(db: Kysely<DB>): Promise<SnapshotInfo[]> {
  const rows = await db
    .selectFrom('formatie_snapshot')
    .select(['id', 'peildatum', 'versie', 'is_demo', 'bron', 'gepubliceerd_op'])
    .where('status', '=', 'gepubliceerd')
    .orderBy('peildatum')
    .orderBy('is_demo')
    .orderBy('versie')
    .execute();
  return rows.map(toSnapshotInfo);
}
