import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ipBucket, loginAttemptKeys } from '../../../src/lib/auth/login-rate-limit.ts';
import { deriveSecret } from '../../../src/lib/secrets/derived-secrets.ts';

describe('ipBucket', () => {
  it.each([
    ['192.0.2.7', '192.0.2.7'],
    [' 192.0.2.7 ', '192.0.2.7'],
    ['::ffff:192.0.2.7', '192.0.2.7'],
    ['::ffff:c000:207', '192.0.2.7'],
    ['2001:db8:1:2:3:4:5:6', '2001:db8:1:2::/64'],
    ['2001:db8:1:2::9', '2001:db8:1:2::/64'],
    ['2001:DB8:0001:0002:ffff::1', '2001:db8:1:2::/64'],
    ['[2001:db8::1]', '2001:db8:0:0::/64'],
    ['fe80::1%eth0', 'fe80:0:0:0::/64'],
    ['::1', '0:0:0:0::/64'],
    ['', 'onbekend'],
    [null, 'onbekend'],
    ['niet-een-adres', 'onbekend'],
  ])('%s → %s', (ip, bucket) => {
    expect(ipBucket(ip)).toBe(bucket);
  });

  it('hashes keys with the secret: same input same key, no raw address inside', () => {
    const a = loginAttemptKeys('Jan@DUO.nl ', '192.0.2.7', 's'.repeat(32));
    expect(a).toEqual(loginAttemptKeys('jan@duo.nl', '192.0.2.7', 's'.repeat(32)));
    expect(a).not.toEqual(loginAttemptKeys('jan@duo.nl', '192.0.2.7', 't'.repeat(32)));
    expect(loginAttemptKeys('x@y.nl', '2001:db8:1:2::9', 's'.repeat(32)).ip).toBe(loginAttemptKeys('x@y.nl', '2001:db8:1:2::77', 's'.repeat(32)).ip);
    expect(a.ip).not.toContain('192');
    expect(a.account).toMatch(/^u:[A-Za-z0-9_-]{43}$/);
    expect(a.accountClient).toMatch(/^uc:[A-Za-z0-9_-]{43}$/);
    expect(a.accountClient).not.toBe(loginAttemptKeys('jan@duo.nl', '192.0.2.8', 's'.repeat(32)).accountClient);
    expect(a.ip).toMatch(/^ip:[A-Za-z0-9_-]{43}$/);
  });

  it('keys the HMAC with the login-throttle key derived from the master secret, not with the master itself', () => {
    const master = 's'.repeat(32);
    const keys = loginAttemptKeys('jan@duo.nl', '192.0.2.7', master);
    expect(keys.account).toBe(`u:${createHmac('sha256', deriveSecret(master, 'loginRateLimit')).update('gebruikersnaam\0jan@duo.nl').digest('base64url')}`);
    expect(keys.account).not.toBe(`u:${createHmac('sha256', master).update('gebruikersnaam\0jan@duo.nl').digest('base64url')}`);
  });
});
