import { describe, expect, it } from 'vitest';
import { safeReturnPath } from '../../../src/lib/auth/safe-return-path.ts';

describe('safeReturnPath', () => {
  it('keeps same-site paths with query and fragment', () => {
    expect(safeReturnPath('/dashboard?organisatie=duo&kwartaal=2026-Q3')).toBe('/dashboard?organisatie=duo&kwartaal=2026-Q3');
    expect(safeReturnPath('/cijfers#kaart')).toBe('/cijfers#kaart');
  });

  it('refuses the open redirect Chromium followed: a tab between the slashes (/%09/evil.example/x)', () => {
    expect(safeReturnPath(decodeURIComponent('/%09/evil.example/x'))).toBe('/dashboard');
    expect(safeReturnPath('/\n/evil.example/x')).toBe('/dashboard');
    expect(safeReturnPath('/\r/evil.example/x')).toBe('/dashboard');
    expect(safeReturnPath('/ /evil.example/x')).toBe('/dashboard');
  });

  it('refuses NUL and other control characters (terug=%00 gave a 500)', () => {
    expect(safeReturnPath('\u0000')).toBe('/dashboard');
    expect(safeReturnPath('/dashboard\u0000')).toBe('/dashboard');
    expect(safeReturnPath('/dash\u007fboard')).toBe('/dashboard');
  });

  it('refuses other sites, backslashes and non-paths', () => {
    for (const value of ['//evil.example', '/\\evil.example', '/x\\y', 'https://evil.example/', 'javascript:alert(1)', '', null, undefined, `/${'a'.repeat(600)}`]) {
      expect(safeReturnPath(value)).toBe('/dashboard');
    }
  });

  it('normalises dot segments but stays on the site', () => {
    expect(safeReturnPath('/a/../../evil.example')).toBe('/evil.example');
  });
});
