import type { BlockList } from 'node:net';
import { getConfig } from '../config/config.ts';
import { clientAddress, parseTrustedProxies } from '../http/client-address.ts';

let proxies: BlockList | undefined;

/** The client address of a request, honouring X-Forwarded-For only from TRUSTED_PROXIES (see client-address.ts). */
export function requestClientAddress(peer: string | undefined, headers: Headers): string | undefined {
  proxies ??= parseTrustedProxies(getConfig().TRUSTED_PROXIES);
  return clientAddress(peer, headers.get('x-forwarded-for'), proxies);
}
