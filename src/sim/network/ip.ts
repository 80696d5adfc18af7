/** IPv4 arithmetic for the simulated networks (Service CIDR, pod CIDRs, load-balancer pools). */

/** Dotted quad → unsigned 32-bit number, or undefined when the text is not an IPv4 address. */
export function parseIPv4(text: string): number | undefined {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(text);
  if (!m) return undefined;
  let n = 0;
  for (let i = 1; i <= 4; i++) {
    const b = Number(m[i]);
    if (b > 255) return undefined;
    n = n * 256 + b;
  }
  return n;
}

export function formatIPv4(n: number): string {
  return [(n >>> 24) & 255, (n >>> 16) & 255, (n >>> 8) & 255, n & 255].join('.');
}

export function isIPv4(text: string): boolean {
  return parseIPv4(text) !== undefined;
}

/** A parsed CIDR such as 10.96.0.0/12. */
export interface Cidr {
  text: string;
  /** Network address. */
  base: number;
  bits: number;
  /** Number of addresses in the block, network and broadcast included. */
  size: number;
}

export function parseCidr(text: string): Cidr {
  const [ip, bitsText] = text.split('/');
  const base = parseIPv4(ip);
  const bits = Number(bitsText);
  if (base === undefined || !Number.isInteger(bits) || bits < 0 || bits > 32) throw new Error(`invalid CIDR ${text}`);
  const size = 2 ** (32 - bits);
  return { text, base: base - (base % size), bits, size };
}

export function cidrContains(c: Cidr, ip: number): boolean {
  return ip >= c.base && ip < c.base + c.size;
}

/** An ipBlock-style check on text addresses: `ip` inside `cidr`. */
export function ipInCidr(ip: string, cidr: string): boolean {
  const n = parseIPv4(ip);
  if (n === undefined) return false;
  try {
    return cidrContains(parseCidr(cidr.includes('/') ? cidr : `${cidr}/32`), n);
  } catch {
    return false;
  }
}
