import type { Kysely } from 'kysely';
import type { DB, Sector } from '../db/schema.ts';
import { findPublishedSnapshot, listPublishedPeildata, loadCbsFigures, loadPublishedRows, type SnapshotInfo } from './employment-queries.ts';
import { ftePerThousand } from './fte-per-thousand.ts';
import { fteByRegion } from './regional-totals.ts';

/** One year of a region's series, with the snapshot it comes from. */
export interface RegionSeriesPoint {
  peildatum: string;
  fte: number;
  snapshotId: number;
  versie: number;
  /** Provinces and the Netherlands only (CBS figures are per province); null otherwise or without a CBS year. */
  ftePerDuizendInwoners: number | null;
  inwonersJaar: number | null;
}

/** A region's series over every published peildatum of one kind (real or demo), never both. */
export interface RegionTimeSeries {
  regio: string;
  niveau: 'land' | 'provincie' | 'corop';
  sector: Sector | null;
  /** True when the series is built from demo snapshots (all of them: one kind per series). */
  voorbeeldgegevens: boolean;
  punten: RegionSeriesPoint[];
}

/** The level of a CBS region code: NL01, PV20–PV31 or CR01–CR40; null for anything else. */
export function regionLevel(code: string): RegionTimeSeries['niveau'] | null {
  if (code === 'NL01') return 'land';
  if (/^PV(2\d|3[01])$/.test(code)) return 'provincie';
  if (/^CR(0[1-9]|[1-3]\d|40)$/.test(code)) return 'corop';
  return null;
}

/**
 * Fte of one region on every peildatum with a published snapshot of one kind: `isDemo` when given, otherwise
 * real when any real inventory is published, else demo (labelled). Per-1,000 figures use the population of the
 * peildatum year or the nearest earlier one, and say which.
 */
export async function loadRegionTimeSeries(db: Kysely<DB>, options: { regio: string; sector?: Sector | null; isDemo?: boolean }): Promise<RegionTimeSeries | null> {
  const niveau = regionLevel(options.regio);
  if (!niveau) return null;
  const isDemo = options.isDemo ?? (await listPublishedPeildata(db, { isDemo: false })).length === 0;
  const sector = options.sector ?? null;
  const cbs = await loadCbsFigures(db);
  const punten: RegionSeriesPoint[] = [];
  for (const peildatum of await listPublishedPeildata(db, { isDemo })) {
    const snapshot = (await findPublishedSnapshot(db, peildatum, { isDemo })) as SnapshotInfo;
    const rows = await loadPublishedRows(db, snapshot.id);
    const totals = fteByRegion(rows, { level: niveau === 'corop' ? 'corop' : 'provincie', sector, regionCodes: niveau === 'land' ? [] : [options.regio] });
    const fte = niveau === 'land' ? totals.nationalFte : (totals.regions.find((r) => r.regioCode === options.regio)?.fte ?? 0);
    const intensity = niveau === 'corop' ? null : ftePerThousand([{ regioCode: options.regio, fte }], cbs, Number(peildatum.slice(0, 4)), 'bevolking')[0]!;
    punten.push({ peildatum, fte, snapshotId: snapshot.id, versie: snapshot.versie, ftePerDuizendInwoners: intensity?.perDuizend ?? null, inwonersJaar: intensity?.noemerJaar ?? null });
  }
  return { regio: options.regio, niveau, sector, voorbeeldgegevens: isDemo && punten.length > 0, punten };
}
