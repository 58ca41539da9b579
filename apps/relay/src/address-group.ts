import { isIP } from 'node:net';

/** The eight 16-bit groups of an IPv6 address, lower case without leading zeros. */
function ipv6Groups(address: string): string[] {
  const [head = '', tail] = address.split('::');
  const parts = (text: string) =>
    text === ''
      ? []
      : text.split(':').flatMap((part) => (part.includes('.') ? ['ipv4-high', 'ipv4-low'] : [part]));
  const before = parts(head);
  const after = tail === undefined ? [] : parts(tail);
  const zeros = Array.from({ length: Math.max(0, 8 - before.length - after.length) }, () => '0');
  return [...before, ...zeros, ...after].map((group) => group.toLowerCase().replace(/^0+(?=.)/, ''));
}

/**
 * What per-address limits count by (failed keys, creations, connections): an IPv4 address, or the /64
 * network of an IPv6 one, since a single IPv6 host can usually take any address of its /64. An IPv4 address
 * mapped into IPv6 (`::ffff:1.2.3.4`) is that IPv4 address; anything else is counted as given.
 */
export function addressGroup(address: string): string {
  const zoneless = address.split('%')[0] ?? address;
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(zoneless)?.[1];
  if (mapped && isIP(mapped) === 4) return mapped;
  if (isIP(zoneless) !== 6) return address;
  return `${ipv6Groups(zoneless).slice(0, 4).join(':')}::/64`;
}
