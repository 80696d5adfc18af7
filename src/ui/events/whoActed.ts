import type { KObject } from '../../sim/types';

/** Which part of the control plane acted, for colouring the timeline. */
export type Actor = 'scheduler' | 'kubelet' | 'controller' | 'other';

/** The reporting component of an event (`source.component`, as `kubectl get events` shows it). */
export function eventSource(ev: KObject): string {
  const src = ev.source as { component?: string; host?: string } | undefined;
  return src?.component || (ev.reportingComponent as string | undefined) || '';
}

export function actorOf(component: string): Actor {
  if (/scheduler/.test(component)) return 'scheduler';
  if (component === 'kubelet') return 'kubelet';
  if (/controller|manager/.test(component)) return 'controller';
  return 'other';
}

/** `deployment-controller` → `deployment-controller`; kubelet gets its node: `kubelet (k8s-node1)`. */
export function actorLabel(ev: KObject): string {
  const src = ev.source as { component?: string; host?: string } | undefined;
  const c = eventSource(ev);
  return src?.host ? `${c} (${src.host})` : c;
}
