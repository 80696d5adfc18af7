/** ResourceQuotas in `kubectl describe` (kubectl pkg/describe describeQuota). */
import type { KObject } from '../../sim/types';
import { canonicalQuantity } from '../../sim/quantity-string';
import { quantityString, roundUp, toQuantity } from '../../sim/quantity-math';
import { LEVEL_0, PrefixWriter, sortedKeys } from './writer';

/** helpTextForResourceQuotaScope: the line under each known scope. */
const SCOPE_HELP: Record<string, string> = {
  Terminating: 'Matches all pods that have an active deadline. These pods have a limited lifespan on a node before being actively terminated by the system.',
  NotTerminating: 'Matches all pods that do not have an active deadline. These pods usually include long running pods whose container command is not expected to terminate.',
  BestEffort: 'Matches all pods that do not have resource requirements set. These pods have a best effort quality of service.',
  NotBestEffort: 'Matches all pods that have at least one resource requirement set. These pods have a burstable or guaranteed quality of service.',
};

/** The quota's scopes, sorted, each with its help line (describe quota and describe namespace). */
export function writeScopes(w: PrefixWriter, level: number, q: KObject, bullet: string): void {
  const scopes: string[] = Array.isArray(q.spec?.scopes) ? q.spec.scopes.map(String).sort() : [];
  if (scopes.length === 0) return;
  w.write(level, `Scopes:\t${scopes.join(', ')}\n`);
  for (const s of scopes) if (Object.hasOwn(SCOPE_HELP, s)) w.write(level, `${bullet}${SCOPE_HELP[s]}\n`);
}

/** The used value in the hard value's format (a whole number then: `100M` of `1Gi` prints `100000000`); none is zero. */
function usedColumn(used: unknown, hard: unknown): string {
  const u = toQuantity(used);
  const h = toQuantity(hard);
  if (!u || !h) return u ? quantityString(u) : '0';
  return quantityString(u.format === h.format ? u : { ...roundUp(u), format: h.format });
}

export function describeQuota(q: KObject, now: number): string {
  const w = new PrefixWriter(now);
  w.write(LEVEL_0, `Name:\t${q.metadata.name}\n`);
  w.write(LEVEL_0, `Namespace:\t${q.metadata.namespace}\n`);
  writeScopes(w, LEVEL_0, q, ' * ');
  w.write(LEVEL_0, 'Resource\tUsed\tHard\n');
  w.write(LEVEL_0, '--------\t----\t----\n');
  const hard = q.status?.hard ?? {};
  const used = q.status?.used ?? {};
  for (const r of sortedKeys(hard)) w.write(LEVEL_0, `${r}\t${usedColumn(Object.hasOwn(used, r) ? used[r] : undefined, hard[r])}\t${canonicalQuantity(hard[r])}\n`);
  return w.toString();
}
