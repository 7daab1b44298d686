import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/lib/config/config.ts';
import { retentionFromConfig } from '../../../src/lib/intake/application-import-service.ts';
import { DEFAULT_RETENTION_POLICY } from '../../../src/lib/intake/retention-policy.ts';

const secret = 'x'.repeat(40);

describe('retention period from configuration', () => {
  it('defaults to 4 weeks, and 1 year with consent', () => {
    expect(retentionFromConfig(loadConfig({ APP_SECRET: secret }))).toEqual(DEFAULT_RETENTION_POLICY);
  });

  it('takes RETENTION_DAYS and RETENTION_DAYS_WITH_CONSENT', () => {
    expect(retentionFromConfig(loadConfig({ APP_SECRET: secret, RETENTION_DAYS: '14', RETENTION_DAYS_WITH_CONSENT: '730' }))).toEqual({ ...DEFAULT_RETENTION_POLICY, days: 14, daysWithConsent: 730 });
  });

  it('refuses a non-number with one line naming the variable', () => {
    expect(() => loadConfig({ APP_SECRET: secret, RETENTION_DAYS: 'vier weken' })).toThrow(/^Invalid configuration: RETENTION_DAYS /);
  });
});
