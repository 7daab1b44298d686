import { describe, expect, it } from 'vitest';
import { readJsonBody, readSmallForm, RequestBodyError } from '../../../src/lib/http/request-body.ts';
import { malformedUrlReason } from '../../../src/lib/http/request-guard.ts';

const post = (body: BodyInit, type: string) => new Request('http://localhost/login', { method: 'POST', body, headers: { 'content-type': type } });
const statusOf = async (promise: Promise<unknown>) => ((await promise.catch((e: unknown) => e)) as RequestBodyError).status;

/** A body of `total` bytes that streams in 16 KB pieces and counts how much was pulled. */
function counted(total: number): { body: ReadableStream<Uint8Array>; pulled: () => number } {
  let sent = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent >= total) return controller.close();
      controller.enqueue(new TextEncoder().encode('a'.repeat(16 * 1024)));
      sent += 16 * 1024;
    },
  });
  return { body, pulled: () => sent };
}

describe('readSmallForm', () => {
  it('reads a login form', async () => {
    expect(await readSmallForm(post('gebruikersnaam=a%40b.nl&wachtwoord=x&terug=%2Fdashboard', 'application/x-www-form-urlencoded'))).toEqual(
      new Map([['gebruikersnaam', 'a@b.nl'], ['wachtwoord', 'x'], ['terug', '/dashboard']]),
    );
  });

  it('stops reading a 190 MB body at the 8 KB limit (413), without a Content-Length to trust', async () => {
    const { body, pulled } = counted(190 * 1024 * 1024);
    const request = new Request('http://localhost/login', { method: 'POST', body, headers: { 'content-type': 'application/x-www-form-urlencoded' }, duplex: 'half' } as RequestInit);
    expect(await statusOf(readSmallForm(request))).toBe(413);
    expect(pulled()).toBeLessThan(128 * 1024);
  });

  it('answers a JSON body with 415, NUL characters and invalid UTF-8 with 400', async () => {
    expect(await statusOf(readSmallForm(post('{"gebruikersnaam":"a"}', 'application/json')))).toBe(415);
    expect(await statusOf(readSmallForm(post('gebruikersnaam=a%00b', 'application/x-www-form-urlencoded')))).toBe(400);
    expect(await statusOf(readSmallForm(post(new Uint8Array([0x61, 0x3d, 0xe9]), 'application/x-www-form-urlencoded')))).toBe(400);
  });
});

describe('readJsonBody', () => {
  it('refuses NUL written as \\u0000 in a value or a key, and invalid JSON', async () => {
    expect(await readJsonBody(post('{"titel":"Adviseur"}', 'application/json'), 1024)).toEqual({ titel: 'Adviseur' });
    expect(await statusOf(readJsonBody(post('{"titel":"Advi\\u0000seur"}', 'application/json'), 1024))).toBe(400);
    expect(await statusOf(readJsonBody(post('{"ti\\u0000tel":"x"}', 'application/json'), 1024))).toBe(400);
    expect(await statusOf(readJsonBody(post('{"titel":', 'application/json'), 1024))).toBe(400);
    expect(await statusOf(readJsonBody(post(`{"t":"${'x'.repeat(2000)}"}`, 'application/json'), 1024))).toBe(413);
  });
});

describe('malformedUrlReason', () => {
  it('refuses NUL and control characters in path or query, bad percent-encoding and very long URLs', () => {
    expect(malformedUrlReason(new URL('http://x/vacatures?q=%00'))).toBe('De parameter q bevat een stuurteken (zoals %00).');
    expect(malformedUrlReason(new URL('http://x/regio/gron%00ingen'))).toBe('Het adres bevat een stuurteken (zoals %00).');
    expect(malformedUrlReason(new URL('http://x/regio/%E0%A4%A'))).toBe('Het adres bevat een ongeldige %-codering.');
    expect(malformedUrlReason(new URL(`http://x/vacatures?q=${'a'.repeat(5000)}`))).toBe('Het adres is te lang (hoogstens 4096 tekens).');
    expect(malformedUrlReason(new URL('http://x/vacatures?q=beleid%20medewerker&provincie=groningen'))).toBeNull();
  });
});
