/**
 * spec.loadBalancerSourceRanges as kube-proxy reads them: each entry trimmed and parsed as an IPv4 CIDR
 * (what does not parse, or is of the other family, is skipped), kept as its network address and prefix.
 */
import type { KObject } from '../types';
import { cidrContains, formatIPv4, parseCidr, parseIPv4 } from './ip';

const IPV4_CIDR = /^\d{1,3}(\.\d{1,3}){3}\/\d{1,2}$/;

export function loadBalancerSourceRanges(svc: KObject): string[] {
  const raw: unknown = svc.spec?.loadBalancerSourceRanges;
  const out: string[] = [];
  for (const r of Array.isArray(raw) ? raw : []) {
    const text = typeof r === 'string' ? r.trim() : '';
    if (!IPV4_CIDR.test(text)) continue;
    const bits = Number(text.split('/')[1]);
    if (parseIPv4(text.split('/')[0]) === undefined || bits > 32) continue;
    const c = parseCidr(text);
    out.push(`${formatIPv4(c.base)}/${c.bits}`);
  }
  return out;
}

/** Whether a client's address is inside one of the ranges (a Service without ranges admits every address). */
export function sourceRangesAdmit(svc: KObject, clientIP: string): boolean {
  const ranges = loadBalancerSourceRanges(svc);
  const ip = parseIPv4(clientIP);
  return ranges.length === 0 || (ip !== undefined && ranges.some((r) => cidrContains(parseCidr(r), ip)));
}
