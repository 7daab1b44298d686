import { describe, expect, it } from 'vitest';
import { chooseEncoding } from '../../../src/lib/http/content-encoding.ts';

describe('chooseEncoding', () => {
  it('prefers Brotli when a browser lists gzip first with the same weight', () => {
    expect(chooseEncoding('gzip, deflate, br, zstd')).toBe('br');
  });
  it('follows the client weights', () => {
    expect(chooseEncoding('br;q=0.5, gzip;q=1')).toBe('gzip');
    expect(chooseEncoding('gzip')).toBe('gzip');
  });
  it('sends the file as it is without a usable encoding', () => {
    expect(chooseEncoding(undefined)).toBe('identity');
    expect(chooseEncoding('deflate')).toBe('identity');
    expect(chooseEncoding('br;q=0, gzip;q=0')).toBe('identity');
  });
});
