/** The APIService the kube-aggregator registers for each group version the kube-apiserver serves itself. */
import { SERVED } from './resources';
import type { KObject } from '../types';

/**
 * Discovery order of the built-in groups (kube-apiserver's apiVersionPriorities): [groupPriorityMinimum,
 * versionPriority]. A group version missing here gets an APIService without priorities (not read upstream).
 */
const PRIORITIES: Record<string, [number, number]> = {
  v1: [18000, 1],
  'apps/v1': [17800, 15],
  'events.k8s.io/v1': [17750, 15],
  'authentication.k8s.io/v1': [17700, 15],
  'authorization.k8s.io/v1': [17600, 15],
  'autoscaling/v1': [17500, 15],
  'autoscaling/v2': [17500, 30],
  'batch/v1': [17400, 15],
  'certificates.k8s.io/v1': [17300, 15],
  'networking.k8s.io/v1': [17200, 15],
  'policy/v1': [17100, 15],
  'rbac.authorization.k8s.io/v1': [17000, 15],
  'storage.k8s.io/v1': [16800, 15],
  'apiextensions.k8s.io/v1': [16700, 15],
  'admissionregistration.k8s.io/v1': [16700, 15],
  'scheduling.k8s.io/v1': [16600, 15],
  'coordination.k8s.io/v1': [16500, 15],
  'node.k8s.io/v1': [16300, 15],
  'discovery.k8s.io/v1': [16200, 15],
  'flowcontrol.apiserver.k8s.io/v1': [16100, 21],
};

/** One Local APIService per served group version, named `<version>.<group>` (`v1.` for the core group). */
export function localAPIServices(): KObject[] {
  const gvs = new Map<string, { group: string; version: string }>();
  for (const rt of SERVED) gvs.set(rt.group ? `${rt.group}/${rt.version}` : rt.version, { group: rt.group, version: rt.version });
  return [...gvs].map(([gv, { group, version }]) => {
    const p = PRIORITIES[gv];
    return {
      apiVersion: 'apiregistration.k8s.io/v1',
      kind: 'APIService',
      metadata: { name: `${version}.${group}` },
      spec: { group, version, ...(p ? { groupPriorityMinimum: p[0], versionPriority: p[1] } : {}) },
    };
  });
}

/** The availability controller's verdict on an APIService served in-process. */
export function localAvailable(now: string): Record<string, unknown> {
  return { conditions: [{ type: 'Available', status: 'True', lastTransitionTime: now, reason: 'Local', message: 'Local APIServices are always available' }] };
}
