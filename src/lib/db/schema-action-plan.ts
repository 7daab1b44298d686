import type { Generated } from 'kysely';
import type { MaatregelCode } from '../action-plan/measure-codes.ts';
import type { MaatregelStatus } from '../action-plan/measure-status.ts';

/** One recorded status of an action-plan measure (append-only history). */
export interface MaatregelStatusTable {
  id: Generated<number>;
  maatregel: MaatregelCode;
  status: MaatregelStatus;
  /** ISO date the status describes. */
  peildatum: string;
  notitie: string | null;
  /** Username of the analyst who recorded it. */
  vastgelegd_door: string;
  vastgelegd_op: Generated<Date>;
}

/** The action-plan tables (measure status, province profiles, signals). */
export interface ActionPlanTables {
  maatregel_status: MaatregelStatusTable;
}
