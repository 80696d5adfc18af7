/**
 * Pod helpers shared by the replica controllers (k/k pkg/controller/controller_utils.go RealPodControl,
 * pkg/api/v1/pod util): pods from templates, create/delete with their events, readiness and availability.
 */
import type { SimContext } from '../context';
import { ApiError, type KObject, type OwnerReference } from '../types';
import { deepCopy } from '../clone';
import { isPodReady, podReadyCondition } from '../pod';

/** A controller reference (metav1.NewControllerRef): controller and blockOwnerDeletion set. */
export function controllerRef(owner: KObject): OwnerReference {
  return {
    apiVersion: owner.apiVersion,
    kind: owner.kind,
    name: owner.metadata.name!,
    uid: owner.metadata.uid!,
    controller: true,
    blockOwnerDeletion: true,
  };
}

/** metav1.GetControllerOf. */
export function controllerOf(obj: KObject): OwnerReference | undefined {
  return (obj.metadata.ownerReferences ?? []).find((r) => r.controller === true);
}

/** IsPodActive: not Succeeded, not Failed, not being deleted. */
export function isPodActive(pod: KObject): boolean {
  const phase = pod.status?.phase;
  return phase !== 'Succeeded' && phase !== 'Failed' && !pod.metadata.deletionTimestamp;
}

/** IsPodAvailable: ready for at least minReadySeconds (strictly before now when minReadySeconds > 0). */
export function isPodAvailable(pod: KObject, minReadySeconds: number, nowMs: number): boolean {
  if (!isPodReady(pod)) return false;
  if (!minReadySeconds) return true;
  const t = Date.parse(podReadyCondition(pod)?.lastTransitionTime ?? '');
  return !Number.isNaN(t) && t + minReadySeconds * 1000 < nowMs;
}

/** When a ready-but-not-yet-available pod becomes available (ms), or undefined. */
export function availableAt(pod: KObject, minReadySeconds: number): number | undefined {
  if (!isPodReady(pod) || !minReadySeconds) return undefined;
  const t = Date.parse(podReadyCondition(pod)?.lastTransitionTime ?? '');
  return Number.isNaN(t) ? undefined : t + minReadySeconds * 1000 + 1;
}

/** getPodsPrefix: `<controller>-` (upstream falls back to the bare name if the prefix is invalid). */
function podsPrefix(controllerName: string): string {
  const prefix = `${controllerName}-`;
  return prefix.length > 253 ? controllerName : prefix;
}

/** GetPodFromTemplate: labels, annotations and finalizers of the template, its spec, the owner reference. */
export function podFromTemplate(template: KObject['spec'], owner: KObject): KObject {
  const meta = template?.metadata ?? {};
  const pod: KObject = {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      generateName: podsPrefix(owner.metadata.name!),
      namespace: owner.metadata.namespace,
      ...(meta.labels ? { labels: { ...meta.labels } } : {}),
      ...(meta.annotations ? { annotations: { ...meta.annotations } } : {}),
      ...(meta.finalizers ? { finalizers: [...meta.finalizers] } : {}),
      ownerReferences: [controllerRef(owner)],
    },
    spec: deepCopy(template?.spec ?? {}),
  };
  return pod;
}

/**
 * Create a pod from the owner's template. Records `SuccessfulCreate` (`Created pod: <name>`) or
 * `FailedCreate` (`Error creating: <API error>`) on the owner, and rethrows the API error.
 */
export function createPod(ctx: SimContext, owner: KObject, template: KObject['spec'], component: string): KObject {
  const pod = podFromTemplate(template, owner);
  if (Object.keys(pod.metadata.labels ?? {}).length === 0) throw new Error('unable to create pods, no labels');
  try {
    const created = ctx.api.create(pod);
    ctx.events.record(owner, 'Normal', 'SuccessfulCreate', `Created pod: ${created.metadata.name}`, { component });
    return created;
  } catch (e) {
    if (e instanceof ApiError) ctx.events.record(owner, 'Warning', 'FailedCreate', `Error creating: ${e.message}`, { component });
    throw e;
  }
}

/** Delete a pod; records `SuccessfulDelete` (`Deleted pod: <name>`) or `FailedDelete`. NotFound is silent. */
export function deletePod(ctx: SimContext, owner: KObject, pod: KObject, component: string): void {
  try {
    ctx.api.delete('pods', pod.metadata.namespace, pod.metadata.name!);
  } catch (e) {
    if (e instanceof ApiError && e.reason === 'NotFound') return;
    if (e instanceof ApiError) ctx.events.record(owner, 'Warning', 'FailedDelete', `Error deleting: ${e.message}`, { component });
    throw new Error(`unable to delete pods: ${e instanceof Error ? e.message : String(e)}`);
  }
  ctx.events.record(owner, 'Normal', 'SuccessfulDelete', `Deleted pod: ${pod.metadata.name}`, { component });
}

/**
 * slowStartBatch: call fn in batches of 1, 2, 4, ... up to count; stop after the first batch with
 * an error. Returns the number of successes and the first error.
 */
export function slowStartBatch(count: number, initial: number, fn: () => void): { successes: number; error?: unknown } {
  let remaining = count;
  let successes = 0;
  for (let batch = Math.min(remaining, initial); batch > 0; batch = Math.min(2 * batch, remaining)) {
    let error: unknown;
    for (let i = 0; i < batch; i++) {
      try {
        fn();
        successes++;
      } catch (e) {
        if (error === undefined) error = e;
      }
    }
    if (error !== undefined) return { successes, error };
    remaining -= batch;
  }
  return { successes };
}
