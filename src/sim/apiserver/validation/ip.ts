/**
 * IP address checks of apimachinery `pkg/util/validation/ip.go` (IsValidIPForLegacyField with
 * strict validation, the v1.34 default) and core validation's validateNonSpecialIP.
 */
import { eachInvalid, type Causes } from './field';

const IP_FORMAT_ERROR = 'must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)';

/** The 4 octets of a dotted IPv4 address (leading zeros allowed, as Go's sloppy parser does). */
function ipv4Octets(s: string): number[] | undefined {
  const parts = s.split('.');
  if (parts.length !== 4 || parts.some((p) => !/^\d{1,3}$/.test(p))) return undefined;
  const n = parts.map(Number);
  return n.every((x) => x <= 255) ? n : undefined;
}

/** The 8 groups of an IPv6 address (with `::` and a trailing dotted IPv4 part), or undefined. */
function ipv6Groups(s: string): number[] | undefined {
  if (!s.includes(':') || /[^0-9a-fA-F:.]/.test(s)) return undefined;
  const halves = s.split('::');
  if (halves.length > 2) return undefined;
  const groups = (h: string): number[] | undefined => {
    if (h === '') return [];
    const out: number[] = [];
    const parts = h.split(':');
    for (let i = 0; i < parts.length; i++) {
      const p = parts[i];
      if (i === parts.length - 1 && p.includes('.')) {
        const v4 = ipv4Octets(p);
        if (!v4 || v4.some((_, k) => p.split('.')[k].length > 1 && p.split('.')[k].startsWith('0'))) return undefined;
        out.push((v4[0] << 8) | v4[1], (v4[2] << 8) | v4[3]);
      } else if (/^[0-9a-fA-F]{1,4}$/.test(p)) out.push(parseInt(p, 16));
      else return undefined;
    }
    return out;
  };
  const head = groups(halves[0]);
  const tail = halves.length === 2 ? groups(halves[1]) : [];
  if (!head || !tail) return undefined;
  if (halves.length === 1) return head.length === 8 ? head : undefined;
  const fill = 8 - head.length - tail.length;
  return fill >= 1 ? [...head, ...new Array<number>(fill).fill(0), ...tail] : undefined;
}

/** Messages for an IP in a legacy field (Endpoints addresses, externalIPs, hostIP …). */
function ipErrors(value: string): string[] {
  const v4 = ipv4Octets(value);
  if (v4) return value.split('.').some((p) => p.length > 1 && p.startsWith('0')) ? ['must not have leading 0s'] : [];
  const v6 = ipv6Groups(value);
  if (!v6) return [IP_FORMAT_ERROR];
  const mapped = v6.slice(0, 5).every((g) => g === 0) && v6[5] === 0xffff;
  return mapped ? ['must not be an IPv4-mapped IPv6 address'] : [];
}

export function validateIp(field: string, value: unknown): Causes {
  return eachInvalid(field, value, ipErrors(typeof value === 'string' ? value : ''));
}

/** validateNonSpecialIP: unspecified, loopback and link-local addresses cannot be endpoints. */
export function validateNonSpecialIp(field: string, value: string): Causes {
  const v4 = ipv4Octets(value);
  const msgs: string[] = [];
  if (v4) {
    if (v4.every((o) => o === 0)) msgs.push('may not be unspecified (0.0.0.0)');
    if (v4[0] === 127) msgs.push('may not be in the loopback range (127.0.0.0/8)');
    if (v4[0] === 169 && v4[1] === 254) msgs.push('may not be in the link-local range (169.254.0.0/16)');
    if (v4[0] === 224 && v4[1] === 0 && v4[2] === 0) msgs.push('may not be in the link-local multicast range (224.0.0.0/24)');
  } else {
    const g = ipv6Groups(value);
    if (!g) return [];
    if (g.every((x) => x === 0)) msgs.push('may not be unspecified (0.0.0.0)');
    if (g.slice(0, 7).every((x) => x === 0) && g[7] === 1) msgs.push('may not be in the loopback range (127.0.0.0/8)');
    if ((g[0] & 0xffc0) === 0xfe80) msgs.push('may not be in the link-local range (169.254.0.0/16)');
    if ((g[0] & 0xff0f) === 0xff02) msgs.push('may not be in the link-local multicast range (224.0.0.0/24)');
  }
  return eachInvalid(field, value, msgs);
}

/** A CIDR as netutils.ParseCIDRSloppy reads it: the address bits, the family's width and the prefix. */
export interface ParsedCidr {
  bits: bigint;
  width: 32 | 128;
  prefix: number;
  /** Leading zeros in an IPv4 octet or in the prefix length (accepted sloppily, refused strictly). */
  leadingZeros: boolean;
  mapped: boolean;
}

export function parseCidrSloppy(value: string): ParsedCidr | undefined {
  const slash = value.indexOf('/');
  if (slash < 0) return undefined;
  const addr = value.slice(0, slash);
  const len = value.slice(slash + 1);
  if (!/^\d{1,3}$/.test(len)) return undefined;
  const v4 = ipv4Octets(addr);
  const v6 = v4 ? undefined : ipv6Groups(addr);
  if (!v4 && !v6) return undefined;
  const width = v4 ? 32 : 128;
  const prefix = Number(len);
  if (prefix > width) return undefined;
  const bits = (v4 ?? v6!).reduce((acc, g) => (acc << BigInt(v4 ? 8 : 16)) | BigInt(g), 0n);
  const leadingZeros = (len.length > 1 && len.startsWith('0')) || (!!v4 && addr.split('.').some((p) => p.length > 1 && p.startsWith('0')));
  const mapped = !!v6 && v6.slice(0, 5).every((g) => g === 0) && v6[5] === 0xffff;
  return { bits, width, prefix, leadingZeros, mapped };
}

/** The network part of a parsed CIDR. */
export function cidrNetwork(c: ParsedCidr): bigint {
  const host = (1n << BigInt(c.width - c.prefix)) - 1n;
  return c.bits & ~host;
}

/** IsValidCIDRForLegacyField with strict validation (the v1.34 default). */
export function cidrErrors(value: string): string[] {
  const c = parseCidrSloppy(value);
  if (!c) return ['must be a valid CIDR value, (e.g. 10.9.8.0/24 or 2001:db8::/64)'];
  if (c.leadingZeros) return ['must not have leading 0s in IP or prefix length'];
  if (c.mapped) return ['must not have an IPv4-mapped IPv6 address'];
  if (cidrNetwork(c) !== c.bits) return ['must not have bits set beyond the prefix length'];
  return [];
}
