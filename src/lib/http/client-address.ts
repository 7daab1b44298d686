import { BlockList, isIP } from 'node:net';

/** Parses TRUSTED_PROXIES ("10.0.0.0/8, 192.0.2.7, fd00::/8") into a BlockList; throws on an invalid entry. */
export function parseTrustedProxies(value: string): BlockList {
  const list = new BlockList();
  for (const entry of value.split(',').map((e) => e.trim()).filter(Boolean)) {
    const [address, prefix] = entry.split('/');
    const family = isIP(address ?? '');
    if (!family) throw new Error(`"${entry}" is not an IP address or CIDR range`);
    const type = family === 6 ? 'ipv6' : 'ipv4';
    if (prefix === undefined) {
      list.addAddress(address!, type);
    } else {
      const bits = Number(prefix);
      if (!Number.isInteger(bits) || bits < 0 || bits > (family === 6 ? 128 : 32)) throw new Error(`"${entry}" has an invalid prefix length`);
      list.addSubnet(address!, bits, type);
    }
  }
  return list;
}

function trusted(list: BlockList, address: string): boolean {
  const bare = address.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, '');
  const family = isIP(bare);
  return family !== 0 && list.check(bare, family === 6 ? 'ipv6' : 'ipv4');
}

/**
 * The client's address for rate limits and logs. The socket peer is the client unless it is one of
 * TRUSTED_PROXIES; then X-Forwarded-For is read from the right, skipping trusted proxies, and the
 * first untrusted address is the client. Anyone else's X-Forwarded-For is ignored (it is forgeable).
 */
export function clientAddress(peer: string | undefined, forwardedFor: string | null, proxies: BlockList): string | undefined {
  if (!peer || !trusted(proxies, peer) || !forwardedFor) return peer;
  const hops = forwardedFor.split(',').map((h) => h.trim()).filter(Boolean);
  for (let i = hops.length - 1; i >= 0; i--) {
    const hop = hops[i]!;
    if (!isIP(hop.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, ''))) return peer;
    if (!trusted(proxies, hop)) return hop;
  }
  return hops[0] ?? peer;
}
