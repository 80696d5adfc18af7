/** Rules about a pod that every layer asks (pkg/api/v1/pod util): readiness here, once. */
import type { KObject } from './types';

/** The pod's Ready condition, if it has one. */
export function podReadyCondition(pod: KObject): { status?: string; lastTransitionTime?: string } | undefined {
  return (pod.status?.conditions ?? []).find((c: { type: string }) => c.type === 'Ready');
}

/** IsPodReady: the Ready condition is True. */
export function isPodReady(pod: KObject): boolean {
  return podReadyCondition(pod)?.status === 'True';
}
