import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { clientHash } from '../../../src/lib/alerts/alert-store.ts';
import { alertToken, verifyAlertToken } from '../../../src/lib/alerts/alert-token.ts';
import { deriveSecret } from '../../../src/lib/secrets/derived-secrets.ts';

const OLD = 'o'.repeat(32);
const NEW = 'n'.repeat(32);
const ID = '0b6f7b1e-51a4-4d57-9a3c-2b1f0c9e8d7a';

describe('alert link tokens', () => {
  it('are the alert id with an HMAC keyed with the alert-link key derived from APP_SECRET', () => {
    const mac = createHmac('sha256', deriveSecret(NEW, 'alertTokens')).update(`vacaturemail:beheer:${ID}`).digest('base64url').slice(0, 32);
    expect(alertToken(NEW, ID, 'beheer')).toBe(`${ID}.${mac}`);
  });

  it('keep working after a rotation while the old secret is in APP_SECRET_PREVIOUS, for their own purpose only', () => {
    const sent = alertToken(OLD, ID, 'beheer');
    expect(verifyAlertToken([NEW, OLD], sent, 'beheer')).toBe(ID);
    expect(verifyAlertToken([NEW, OLD], sent, 'bevestigen')).toBeNull();
    expect(verifyAlertToken([NEW], sent, 'beheer')).toBeNull();
    expect(verifyAlertToken(NEW, alertToken(NEW, ID, 'bevestigen'), 'bevestigen')).toBe(ID);
  });

  it('still accept links mailed before keys were derived per purpose (HMAC with the raw secret)', () => {
    const legacy = `${ID}.${createHmac('sha256', NEW).update(`vacaturemail:beheer:${ID}`).digest('base64url').slice(0, 32)}`;
    expect(verifyAlertToken([NEW], legacy, 'beheer')).toBe(ID);
    expect(verifyAlertToken([OLD], legacy, 'beheer')).toBeNull();
  });

  it('refuse anything malformed', () => {
    for (const token of [null, '', ID, `${ID}.`, `${ID}.x.y`, `niet-een-id.${alertToken(NEW, ID, 'beheer').split('.')[1]}`]) expect(verifyAlertToken([NEW], token, 'beheer')).toBeNull();
  });
});

describe('clientHash', () => {
  it('uses the alert-client key derived from APP_SECRET', () => {
    expect(clientHash(NEW, '192.0.2.7')).toBe(createHmac('sha256', deriveSecret(NEW, 'alertClients')).update('vacaturemail-client:192.0.2.7').digest('hex').slice(0, 32));
    expect(clientHash(NEW, '192.0.2.7')).not.toBe(clientHash(OLD, '192.0.2.7'));
  });
});
