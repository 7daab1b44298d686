import type { Migration } from 'kysely/migration';
import * as m0001 from './0001-reference.ts';
import * as m0002 from './0002-vacancies.ts';
import * as m0003 from './0003-search-index-state.ts';
import * as m0004 from './0004-vacancy-fulltext.ts';
import * as m0005 from './0005-inventory.ts';
import * as m0006 from './0006-intake.ts';
import * as m0007 from './0007-accounts.ts';
import * as m0008 from './0008-intake-activity.ts';
import * as m0010 from './0010-cell-key.ts';
import * as m0020 from './0020-import-history.ts';
import * as m0040 from './0040-job-runs.ts';
import * as m0050 from './0050-official-figures.ts';
import * as m0060 from './0060-vacancy-apply.ts';
import * as m0061 from './0061-woonplaats.ts';
import * as m0062 from './0062-vacaturemail.ts';
import * as m0070 from './0070-measure-status.ts';
import * as m0071 from './0071-province-profiles.ts';
import * as m0072 from './0072-signals.ts';
import * as m0073 from './0073-hubs.ts';
import * as m0074 from './0074-groningen-account.ts';
import * as m0085 from './0085-pseudonym-key-id.ts';
import * as m0086 from './0086-stored-record-key.ts';
import * as m0100 from './0100-housing-questions.ts';
import * as m0101 from './0101-signal-history.ts';
import * as m0110 from './0110-record-key-trigger-when.ts';
import * as m0115 from './0115-rollups-per-province.ts';

/**
 * Every migration, in order. A static map (not a folder scan) so the bundled server
 * and the Node scripts run exactly the same list.
 */
export const migrations: Record<string, Migration> = {
  '0001-reference': m0001,
  '0002-vacancies': m0002,
  '0003-search-index-state': m0003,
  '0004-vacancy-fulltext': m0004,
  '0005-inventory': m0005,
  '0006-intake': m0006,
  '0007-accounts': m0007,
  '0008-intake-activity': m0008,
  '0010-cell-key': m0010,
  '0020-import-history': m0020,
  '0040-job-runs': m0040,
  '0050-official-figures': m0050,
  '0060-vacancy-apply': m0060,
  '0061-woonplaats': m0061,
  '0062-vacaturemail': m0062,
  '0070-measure-status': m0070,
  '0071-province-profiles': m0071,
  '0072-signals': m0072,
  '0073-hubs': m0073,
  '0074-groningen-account': m0074,
  '0085-pseudonym-key-id': m0085,
  '0086-stored-record-key': m0086,
  '0100-housing-questions': m0100,
  '0101-signal-history': m0101,
  '0110-record-key-trigger-when': m0110,
  '0115-rollups-per-province': m0115,
};
