import type { Generated, Selectable } from 'kysely';
import type { Sector } from './schema.ts';

/** Lifecycle of an inventory snapshot: a concept can still be replaced, a published one is frozen. */
export type FormatieSnapshotStatus = 'concept' | 'gepubliceerd';

/** One version of the inventory for one peildatum (always 1 January). */
export interface FormatieSnapshotTable {
  id: Generated<number>;
  peildatum: string;
  versie: number;
  status: FormatieSnapshotStatus;
  is_demo: Generated<boolean>;
  bron: string;
  revisie_notitie: string | null;
  aangemaakt_door: string;
  aangemaakt_op: Generated<Date>;
  gepubliceerd_op: Date | null;
  /** Who published it (set together with gepubliceerd_op). */
  gepubliceerd_door: string | null;
  inhoud_hash: string;
}

/** Fte of one organisation in one place (municipality, or only the province) and sector. */
export interface FormatieRegelTable {
  id: Generated<number>;
  snapshot_id: number;
  organisatie_code: string;
  sector: Sector;
  gemeente_code: string | null;
  provincie_code: string;
  fte: number;
  prognose_jaar: number | null;
  prognose_fte: number | null;
}

/** Tables of the government-employment inventory (measure 1d). */
export interface InventoryTables {
  formatie_snapshot: FormatieSnapshotTable;
  formatie_regel: FormatieRegelTable;
}

export type FormatieSnapshot = Selectable<FormatieSnapshotTable>;
export type FormatieRegel = Selectable<FormatieRegelTable>;
