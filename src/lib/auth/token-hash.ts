import { createHash, randomBytes } from 'node:crypto';

/** 32 random bytes as base64url (43 characters): the secret part of session and API tokens. */
export function randomToken(): string {
  return randomBytes(32).toString('base64url');
}

/** sha256 (hex) of a high-entropy token: what the database stores instead of the token. */
export function sha256Hex(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** The shape of randomToken() output, checked before any database lookup. */
export const RANDOM_TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;
