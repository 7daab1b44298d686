import { describe, expect, it } from 'vitest';
import { isForbiddenCrossSiteRequest } from '../../../src/lib/http/origin-check.ts';

const url = new URL('https://rijkinderegio.example/vacaturemail');
const req = (method: string, headers: Record<string, string>, path = '/vacaturemail') => [new Request(`https://rijkinderegio.example${path}`, { method, headers }), new URL(`https://rijkinderegio.example${path}`)] as const;

describe('isForbiddenCrossSiteRequest', () => {
  it('refuses a cross-site form post and one without an Origin, as Astro does', () => {
    expect(isForbiddenCrossSiteRequest(...req('POST', { 'content-type': 'application/x-www-form-urlencoded', origin: 'https://evil.example' }))).toBe(true);
    expect(isForbiddenCrossSiteRequest(...req('POST', { 'content-type': 'multipart/form-data; boundary=x' }))).toBe(true);
    expect(isForbiddenCrossSiteRequest(...req('POST', {}))).toBe(true);
  });

  it('allows same-origin posts, reads, and cross-site JSON (the API has its own authorisation)', () => {
    expect(isForbiddenCrossSiteRequest(...req('POST', { 'content-type': 'application/x-www-form-urlencoded', origin: url.origin }))).toBe(false);
    expect(isForbiddenCrossSiteRequest(...req('GET', { origin: 'https://evil.example' }))).toBe(false);
    expect(isForbiddenCrossSiteRequest(...req('POST', { 'content-type': 'application/json', origin: 'https://evil.example' }))).toBe(false);
  });

  it('lets a mail provider post RFC 8058 one-click unsubscribe without an Origin', () => {
    expect(isForbiddenCrossSiteRequest(...req('POST', { 'content-type': 'application/x-www-form-urlencoded' }, '/vacaturemail/afmelden'))).toBe(false);
    expect(isForbiddenCrossSiteRequest(...req('POST', { 'content-type': 'application/x-www-form-urlencoded' }, '/vacaturemail/beheer'))).toBe(true);
  });
});
