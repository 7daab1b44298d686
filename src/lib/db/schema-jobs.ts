import type { Generated } from 'kysely';

/** `taak_run`: the last claimed run of each background job (see runtime/job-runner.ts). */
export interface TaakRunTable {
  naam: string;
  gestart_op: Date;
  klaar_op: Date | null;
  node: string;
  resultaat: string | null;
  aantal_runs: Generated<number>;
}

/** Tables of the background-job coordination. */
export interface JobTables {
  taak_run: TaakRunTable;
}
