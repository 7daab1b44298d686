import { describe, expect, it } from 'vitest';
import { clientAddress, parseTrustedProxies } from '../../../src/lib/http/client-address.ts';
import { loadConfig } from '../../../src/lib/config/config.ts';

describe('client address behind TRUSTED_PROXIES', () => {
  const proxies = parseTrustedProxies('10.0.0.0/8, 192.0.2.7');

  it('believes X-Forwarded-For only from a trusted proxy, reading from the right', () => {
    expect(clientAddress('10.1.2.3', '198.51.100.9', proxies)).toBe('198.51.100.9');
    expect(clientAddress('192.0.2.7', '203.0.113.5, 198.51.100.9, 10.9.9.9', proxies)).toBe('198.51.100.9');
    expect(clientAddress('::ffff:10.1.2.3', '198.51.100.9', proxies)).toBe('198.51.100.9');
  });

  it('ignores a forged header from anyone else, and garbage in the header', () => {
    expect(clientAddress('203.0.113.5', '1.2.3.4', proxies)).toBe('203.0.113.5');
    expect(clientAddress('10.1.2.3', 'niet-een-adres', proxies)).toBe('10.1.2.3');
    expect(clientAddress('10.1.2.3', null, proxies)).toBe('10.1.2.3');
    expect(clientAddress('10.1.2.3', '198.51.100.9', parseTrustedProxies(''))).toBe('10.1.2.3');
  });

  it('is validated by the config module with one line naming the variable', () => {
    expect(() => loadConfig({ APP_SECRET: 's'.repeat(32), TRUSTED_PROXIES: '10.0.0.0/99' })).toThrow(/TRUSTED_PROXIES must be comma-separated IP addresses or CIDR ranges/);
    expect(loadConfig({ APP_SECRET: 's'.repeat(32), TRUSTED_PROXIES: 'fd00::/8,127.0.0.1' }).TRUSTED_PROXIES).toBe('fd00::/8,127.0.0.1');
    expect(() => loadConfig({ APP_SECRET: 's'.repeat(32), DATABASE_READ_URL: 'mysql://x' })).toThrow(/DATABASE_READ_URL/);
  });
});
