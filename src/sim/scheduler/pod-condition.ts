import type { KObject } from '../types';

/** A pod condition as the scheduler writes it. */
export interface PodConditionUpdate {
  type: string;
  status: string;
  reason?: string;
  message?: string;
}

/** A copy of the status's top level with the condition set (last, its transition time kept while its status stays). */
export function withCondition(status: Record<string, any> | undefined, c: PodConditionUpdate, now: string): Record<string, any> {
  const out: Record<string, any> = status ? { ...status } : { phase: 'Pending' };
  out.phase ??= 'Pending';
  const conds: Record<string, unknown>[] = status?.conditions ?? [];
  const old = conds.find((x) => x.type === c.type);
  const time = old && old.status === c.status ? old.lastTransitionTime : now;
  const cond = { type: c.type, status: c.status, lastProbeTime: null, lastTransitionTime: time, ...(c.reason ? { reason: c.reason } : {}), ...(c.message ? { message: c.message } : {}) };
  out.conditions = [...conds.filter((x) => x.type !== c.type), cond];
  return out;
}

export function podRef(pod: KObject): { resource: string; namespace?: string; name: string } {
  return { resource: 'pods', namespace: pod.metadata.namespace, name: pod.metadata.name ?? '' };
}
