import type { Generated } from 'kysely';

/** Where an import attempt came from. */
export type ImportKanaal = 'dashboard' | 'api';

/** A stored import or a dry run ("proef": validated and rolled back). */
export type ImportSoort = 'import' | 'proef';

/** Whether the file was processed (rows accepted or rejected one by one) or refused as a whole. */
export type ImportUitkomst = 'verwerkt' | 'geweigerd';

/** One import attempt as its uploaders see it in the history (counts and texts only, never rows or file names). */
export interface ImportGeschiedenisTable {
  id: Generated<number>;
  organisatie_code: string;
  gestart_op: Generated<Date>;
  /** The account's username, or "token:<organisation>" for an organisation API token. */
  door: string;
  kanaal: ImportKanaal;
  soort: ImportSoort;
  uitkomst: ImportUitkomst;
  formaat: string | null;
  geaccepteerd: Generated<number>;
  ongewijzigd: Generated<number>;
  afgewezen: Generated<number>;
  verlopen: Generated<number>;
  /** The retention notice the uploader was shown (rows past their retention date), if any. */
  bewaarmelding: string | null;
  /** Why a refused file was refused (the Dutch message the uploader saw). */
  foutmelding: string | null;
  /** The stored import (`sollicitatie_import.id`); null for dry runs and refused files. */
  import_id: number | null;
}

/** Tables of the import history. */
export interface ImportHistoryTables {
  import_geschiedenis: ImportGeschiedenisTable;
}
