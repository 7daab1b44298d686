/** A CBS woonplaats (place of residence) in its municipality (migration 0061). */
export interface WoonplaatsTable {
  /** CBS woonplaatscode, e.g. '3594' for Zwolle. */
  code: string;
  naam: string;
  gemeente_code: string;
}

/** Tables of the job-seeker features (places; vacancy alerts). */
export interface JobSeekerTables {
  woonplaats: WoonplaatsTable;
}
