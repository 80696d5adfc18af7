/**
 * The pods/eviction subresource (k/k pkg/registry/core/pod/storage/eviction.go, v1.34): a delete that
 * a PodDisruptionBudget may refuse. Pods already disrupted (Pending, terminal, being deleted) are
 * deleted without a budget check; a Ready pod needs its budget's disruptionsAllowed, which the
 * eviction decrements and records in disruptedPods; an unready pod goes when the budget's
 * unhealthyPodEvictionPolicy is AlwaysAllow or the application is healthy anyway. Every real delete
 * first sets the DisruptionTarget condition (reason EvictionByEvictionAPI).
 */
import { matchesSelector, type LabelSelector } from '../labels';
import { isPodReady } from '../pod';
import { withCondition } from '../scheduler/pod-condition';
import { ApiError, type KObject } from '../types';
import type { ApiServer } from './apiserver';
import { KUBE_APISERVER } from './auth/components';

const PDBS = 'poddisruptionbudgets.policy';
/** MaxDisruptedPodSize: evictions approved but not yet seen by the disruption controller. */
const MAX_DISRUPTED_PODS = 2000;
const VIOLATION = "Cannot evict pod as it would violate the pod's disruption budget.";

/** What an eviction request carries: the Eviction body (policy/v1 or v1beta1) and the request's own dry run. */
export interface EvictionRequest {
  namespace: string;
  /** The pod named by the URL. */
  name: string;
  eviction: KObject;
  /** `?dryRun=All` on the request. */
  dryRun?: boolean;
  /** The requesting user, as the request log names it. */
  user?: string;
}

/** metav1.Status of a granted eviction (201 Created: the eviction is a create). */
export const EVICTION_SUCCESS = { kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Success', code: 201 } as const;

/** Evict a pod, or throw the server's error (404 for a missing pod, 429 when a budget forbids it). */
export function evictPod(api: ApiServer, req: EvictionRequest): typeof EVICTION_SUCCESS {
  const step = api.activity?.request('create', { resource: 'pods/eviction', namespace: req.namespace, name: req.name }, req.user, !!req.dryRun);
  try {
    const res = runEviction(api, req);
    if (step) step.outcome = { resourceVersion: '' };
    return res;
  } catch (e) {
    if (step && e instanceof ApiError) step.outcome = { code: e.code, reason: e.reason, message: e.message };
    throw e;
  }
}

function runEviction(api: ApiServer, req: EvictionRequest): typeof EVICTION_SUCCESS {
  if (String(req.eviction.metadata?.name ?? '') !== req.name) throw new ApiError(400, 'BadRequest', 'name in URL does not match name in Eviction object');
  const options = deleteOptionsOf(req);
  const pod = api.get('pods', req.namespace, req.name);
  if (canIgnorePDB(pod)) return deleteWithCondition(api, pod, options);
  const pdbs = api.list(PDBS, req.namespace).filter((pdb) => selects(pdb.spec?.selector, pod));
  if (pdbs.length > 1) throw new ApiError(500, '', 'This pod has more than one PodDisruptionBudget, which the eviction subresource does not support.');
  const pdb = pdbs[0];
  if (pdb && (isPodReady(pod) || !unhealthyMayGo(pdb))) checkAndDecrement(api, pdb, pod.metadata.name!, options.dryRun);
  return deleteWithCondition(api, pod, options);
}

interface EvictionDeleteOptions {
  dryRun: boolean;
  gracePeriodSeconds?: number;
}

/** propagateDryRun: the body's deleteOptions.dryRun and the request's must agree when both are given. */
function deleteOptionsOf(req: EvictionRequest): EvictionDeleteOptions {
  const opts = req.eviction.deleteOptions ?? {};
  const inBody: string[] = Array.isArray(opts.dryRun) ? opts.dryRun.map(String) : [];
  const inQuery = req.dryRun ? ['All'] : [];
  if (inBody.length && inQuery.length && inBody.join() !== inQuery.join()) {
    throw new ApiError(500, 'InternalError', `Internal error occurred: Non-matching dry-run options in request and content: [${inQuery.join(' ')}] and [${inBody.join(' ')}]`);
  }
  const grace = opts.gracePeriodSeconds;
  return { dryRun: (inBody.length ? inBody : inQuery).includes('All'), ...(typeof grace === 'number' ? { gracePeriodSeconds: grace } : {}) };
}

/** canIgnorePDB: a pod that is Pending, finished or already being deleted disrupts nothing more. */
function canIgnorePDB(pod: KObject): boolean {
  const phase = pod.status?.phase;
  return phase === 'Succeeded' || phase === 'Failed' || phase === 'Pending' || !!pod.metadata.deletionTimestamp;
}

/** A budget covers a pod when its selector matches; a nil or empty selector matches nothing here. */
function selects(sel: LabelSelector | undefined, pod: KObject): boolean {
  if (!sel || (!Object.keys(sel.matchLabels ?? {}).length && !(sel.matchExpressions ?? []).length)) return false;
  return matchesSelector(sel, pod.metadata.labels);
}

/** An unready pod counts for neither currentHealthy nor desiredHealthy: it may go without a decrement when... */
function unhealthyMayGo(pdb: KObject): boolean {
  if (pdb.spec?.unhealthyPodEvictionPolicy === 'AlwaysAllow') return true;
  // IfHealthyBudget (the default): ...the guarded application is not disrupted now
  const s = pdb.status ?? {};
  return (s.currentHealthy ?? 0) >= (s.desiredHealthy ?? 0) && (s.desiredHealthy ?? 0) > 0;
}

/** checkAndDecrement: refuse when the budget allows no disruption, otherwise spend one and tell the disruption controller. */
function checkAndDecrement(api: ApiServer, pdb: KObject, podName: string, dryRun: boolean): void {
  const status = pdb.status ?? {};
  const name = pdb.metadata.name!;
  if ((status.observedGeneration ?? 0) < (pdb.metadata.generation ?? 0)) {
    throw tooManyRequests(`The disruption budget ${name} is still being processed by the server.`, 10);
  }
  const allowed: number = status.disruptionsAllowed ?? 0;
  if (allowed < 0) throw pdbForbidden(name, 'pdb disruptions allowed is negative');
  if (Object.keys(status.disruptedPods ?? {}).length > MAX_DISRUPTED_PODS) throw pdbForbidden(name, 'DisruptedPods map too big - too many evictions not confirmed by PDB controller');
  if (allowed === 0) throw tooManyRequests(`The disruption budget ${name} needs ${status.desiredHealthy ?? 0} healthy pods and has ${status.currentHealthy ?? 0} currently`, 0);
  if (dryRun) return;
  const now = api.clock.isoNow();
  const next: Record<string, unknown> = { ...status, disruptedPods: { ...(status.disruptedPods ?? {}), [podName]: now }, disruptionsAllowed: allowed - 1 };
  // UpdateDisruptionAllowedCondition, once the last allowed disruption is spent
  if (allowed === 1) next.conditions = withInsufficientPods(status.conditions ?? [], status.observedGeneration, now);
  api.updateStatus({ ...pdb, status: next }, { identity: KUBE_APISERVER });
}

/** apimeta.SetStatusCondition of DisruptionAllowed=False InsufficientPods: the transition time moves only with the status. */
function withInsufficientPods(conditions: Record<string, unknown>[], observedGeneration: number | undefined, now: string): Record<string, unknown>[] {
  const old = conditions.find((c) => c.type === 'DisruptionAllowed');
  const cond = { type: 'DisruptionAllowed', status: 'False', ...(observedGeneration ? { observedGeneration } : {}), lastTransitionTime: old?.status === 'False' ? old.lastTransitionTime : now, reason: 'InsufficientPods', message: '' };
  return [...conditions.filter((c) => c.type !== 'DisruptionAllowed'), cond];
}

/** addConditionAndDeletePod: DisruptionTarget first (not on a dry run), then the pod's ordinary delete. */
function deleteWithCondition(api: ApiServer, pod: KObject, options: EvictionDeleteOptions): typeof EVICTION_SUCCESS {
  if (!options.dryRun) {
    const condition = { type: 'DisruptionTarget', status: 'True', reason: 'EvictionByEvictionAPI', message: 'Eviction API: evicting' };
    api.updateStatus({ ...pod, status: withCondition(pod.status, condition, api.clock.isoNow()) }, { identity: KUBE_APISERVER });
  }
  const grace = options.gracePeriodSeconds;
  api.delete('pods', pod.metadata.namespace, pod.metadata.name!, { identity: KUBE_APISERVER, dryRun: options.dryRun, ...(grace !== undefined ? { gracePeriodSeconds: grace } : {}) });
  return EVICTION_SUCCESS;
}

/** errors.NewTooManyRequests with the DisruptionBudget cause. */
function tooManyRequests(cause: string, retryAfterSeconds: number): ApiError {
  return new ApiError(429, 'TooManyRequests', VIOLATION, [{ reason: 'DisruptionBudget', message: cause, field: '' }], retryAfterSeconds ? { retryAfterSeconds } : {});
}

/** errors.NewForbidden on the singular resource the registry names. */
function pdbForbidden(name: string, why: string): ApiError {
  return new ApiError(403, 'Forbidden', `poddisruptionbudget.policy "${name}" is forbidden: ${why}`, [], { kind: 'poddisruptionbudget', group: 'policy', name });
}
