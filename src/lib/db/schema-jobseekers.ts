import type { Generated } from 'kysely';

/** A CBS woonplaats (place of residence) in its municipality (migration 0061). */
export interface WoonplaatsTable {
  /** CBS woonplaatscode, e.g. '3594' for Zwolle. */
  code: string;
  naam: string;
  gemeente_code: string;
}

/** Alert frequency. */
export type VacaturemailFrequentie = 'dagelijks' | 'wekelijks';

/** A vacancy alert: a saved search and the address it goes to (migration 0062). */
export interface VacaturemailAbonnementTable {
  id: Generated<string>;
  /** Lower-cased; stored only for this alert and deleted with it. */
  email: string;
  /** The canonical query string of the search (criteriaToParams). */
  zoekopdracht: string;
  /** The search in words, for mails and the manage page. */
  omschrijving: string;
  frequentie: VacaturemailFrequentie;
  /** HMAC of the subscribing client's address (key derived from APP_SECRET for this purpose), only for the per-client limit. */
  client_hash: string;
  aangemaakt_op: Generated<Date>;
  bevestigd_op: Date | null;
  /** Vacancies stored after this moment are new for the next digest. */
  nieuw_sinds: Date | null;
  laatst_verzonden_op: Date | null;
}

/** One digest period that has run ('dagelijks:2026-12-02', 'wekelijks:2026-W49'). */
export interface VacaturemailRunTable {
  periode: string;
  gestart_op: Generated<Date>;
  verzonden: Generated<number>;
}

/** Tables of the job-seeker features (places; vacancy alerts). */
export interface JobSeekerTables {
  woonplaats: WoonplaatsTable;
  vacaturemail_abonnement: VacaturemailAbonnementTable;
  vacaturemail_run: VacaturemailRunTable;
}
