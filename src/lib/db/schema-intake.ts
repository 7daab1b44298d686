import type { Generated, GeneratedAlways } from 'kysely';

/** The furthest stage an application reached. */
export type IntakeFase = 'sollicitatie' | 'gesprek' | 'aanbod' | 'aangenomen';

/** How an application ended (or `lopend` while it runs). */
export type IntakeUitkomst = 'lopend' | 'afgewezen' | 'teruggetrokken' | 'aangenomen';

/** One application: pseudonymised, without postcode, name, e-mail or birth date; deleted after `bewaren_tot`. */
export interface SollicitatieTable {
  id: Generated<number>;
  organisatie_code: string;
  /** HMAC-SHA256 of organisation + applicant id, hex, keyed with the pseudonym key derived from a master secret. */
  sollicitant_sleutel: string;
  /** Id of the pseudonym key that made `sollicitant_sleutel` (src/lib/secrets/pseudonym-keys.ts); null = not yet labelled (0085). */
  pseudoniem_sleutel_id: string | null;
  vacature_id: string | null;
  externe_vacature: string | null;
  /** coalesce(vacature_id, externe_vacature): part of the unique key, computed by the database. */
  vacature_sleutel: GeneratedAlways<string>;
  werkplaats_gemeente_code: string;
  sollicitatiedatum: string;
  /** Null = unknown home municipality ("onbekend"). */
  woon_gemeente_code: string | null;
  fase: IntakeFase;
  uitkomst: IntakeUitkomst;
  datum_gesprek: string | null;
  datum_aanbod: string | null;
  datum_indiensttreding: string | null;
  bewaren_tot: string;
  toestemming: Generated<boolean>;
  import_id: number | null;
  is_demo: Generated<boolean>;
  /**
   * Permanent record key in [0, 2^32) for the cell-key method: set once on insert by the database from the pseudonym
   * and vacancy (0010, 0086) and never changed, also not when the row is re-keyed to a new pseudonym key.
   */
  record_sleutel: Generated<number>;
}

/** One import run: who, when and the counts (never the file or its rows). */
export interface SollicitatieImportTable {
  id: Generated<number>;
  organisatie_code: string;
  bestandsnaam_hash: string | null;
  ingelezen_op: Generated<Date>;
  door: string;
  geaccepteerd: number;
  afgewezen: number;
  ongewijzigd: number;
  verlopen: Generated<number>;
  is_demo: Generated<boolean>;
}

/** Quarterly rollup: applications that reached `fase`, by home and work region; the source of every figure. */
export interface InstroomKwartaalTable {
  organisatie_code: string;
  /** 'YYYY-Qn', quarter of the application date (cohort). */
  kwartaal: string;
  /** Province code or 'onbekend'. */
  woon_provincie_code: string;
  /** COROP code or 'onbekend'. */
  woon_corop_code: string;
  werk_provincie_code: string;
  werk_corop_code: string;
  vakgebied: string | null;
  /** Education level of our vacancy; null for applications to external vacancies. */
  opleidingsniveau: string | null;
  fase: IntakeFase;
  /** Microdata rows in this cell plus `verwijderd`. */
  aantal: number;
  /** Rows no longer held as microdata (deleted by retention, or counted on a history load). */
  verwijderd: Generated<number>;
  is_demo: Generated<boolean>;
  /** Sum of the record keys of the cell mod 2^32 (cell-key method); microdata part + `verwijderd_sleutel`. */
  sleutel_som: Generated<number>;
  /** The part of `sleutel_som` of rows no longer held as microdata. */
  verwijderd_sleutel: Generated<number>;
}

/**
 * Quarterly activity rollup: stage events (application received, interview, offer, start date) counted in the
 * quarter of their own date; same dimensions and `verwijderd` bookkeeping as {@link InstroomKwartaalTable}.
 */
export interface InstroomActiviteitKwartaalTable {
  organisatie_code: string;
  /** 'YYYY-Qn', quarter of the event date. */
  kwartaal: string;
  woon_provincie_code: string;
  woon_corop_code: string;
  werk_provincie_code: string;
  werk_corop_code: string;
  vakgebied: string | null;
  opleidingsniveau: string | null;
  /** The kind of event: sollicitatie, gesprek, aanbod or aangenomen (start date). */
  fase: IntakeFase;
  /** Microdata events in this cell plus `verwijderd`. */
  aantal: number;
  verwijderd: Generated<number>;
  is_demo: Generated<boolean>;
  sleutel_som: Generated<number>;
  verwijderd_sleutel: Generated<number>;
}

/**
 * A rollup at the grain the dashboards read (migration 0115): the fine cells summed over COROP regions, keeping
 * whether home and work share one. Without `organisatie_code` it is the national grain (all organisations).
 */
export interface InstroomPerProvincieTable {
  organisatie_code: string;
  kwartaal: string;
  woon_provincie_code: string;
  werk_provincie_code: string;
  zelfde_corop: boolean;
  vakgebied: string | null;
  opleidingsniveau: string | null;
  fase: IntakeFase;
  is_demo: boolean;
  aantal: number;
  sleutel_som: number;
}

/** The national grain of {@link InstroomPerProvincieTable}: every organisation together (no `organisatie_code`). */
export interface InstroomRijkTable {
  kwartaal: string;
  woon_provincie_code: string;
  werk_provincie_code: string;
  zelfde_corop: boolean;
  vakgebied: string | null;
  opleidingsniveau: string | null;
  fase: IntakeFase;
  is_demo: boolean;
  aantal: number;
  sleutel_som: number;
}

/** Tables of the applications and hires (measure 6). */
export interface IntakeTables {
  sollicitatie: SollicitatieTable;
  sollicitatie_import: SollicitatieImportTable;
  instroom_kwartaal: InstroomKwartaalTable;
  instroom_activiteit_kwartaal: InstroomActiviteitKwartaalTable;
  instroom_kwartaal_per_provincie: InstroomPerProvincieTable;
  instroom_activiteit_kwartaal_per_provincie: InstroomPerProvincieTable;
  instroom_kwartaal_rijk: InstroomRijkTable;
  instroom_activiteit_kwartaal_rijk: InstroomRijkTable;
}
