/**
 * A Deployment's rollout made visible: an edge from each old ReplicaSet that still has pods to the
 * newer one replacing it, and the Deployment card's surge and unavailability against their bounds
 * while the rollout runs. Types are structural (no import of relations.ts or facts.ts, which use this).
 */
import { maxSurge, maxUnavailable } from '../sim/controllers/deployment-util';
import type { KObject } from '../sim/types';

const REVISION = 'deployment.kubernetes.io/revision';

const revision = (rs: KObject): number => Number(rs.metadata.annotations?.[REVISION] ?? 0);
const controllerUids = (o: KObject): string[] => (o.metadata.ownerReferences ?? []).filter((r) => r.controller && r.kind === 'Deployment').map((r) => r.uid);

/** The old ReplicaSet (still holding pods) → the newer one of the same Deployment. */
export const ROLLOUT_RELATIONS = [
  {
    id: 'rollout',
    concern: 'workloads' as const,
    from: ['ReplicaSet'],
    to: ['ReplicaSet'],
    keys: { from: controllerUids, to: controllerUids },
    match(old: KObject, next: KObject): boolean | { label: string } {
      if (old === next || revision(next) <= revision(old) || (next.spec?.replicas ?? 0) === 0) return false;
      const left = Math.max(old.spec?.replicas ?? 0, old.status?.replicas ?? 0);
      if (left === 0) return false;
      return { label: `${left} old → ${next.status?.readyReplicas ?? 0}/${next.spec.replicas} new` };
    },
  },
];

/** While a RollingUpdate replaces pods: pods above `replicas` and unavailable pods, each beside its bound. */
export function rolloutFacts(d: KObject): { label: string; value: string }[] {
  if ((d.spec?.strategy?.type ?? 'RollingUpdate') !== 'RollingUpdate') return [];
  const replicas = d.spec?.replicas ?? 1;
  const st = d.status ?? {};
  // a rollout runs while pods of older templates remain; a plain scale of one ReplicaSet is none
  if (st.replicas === undefined || (st.updatedReplicas ?? 0) >= st.replicas) return [];
  const surge = Math.max(0, (st.replicas ?? 0) - replicas);
  const unavailable = Math.max(0, replicas - (st.availableReplicas ?? 0));
  return [
    { label: 'surge', value: `${surge} of max ${maxSurge(d)}` },
    { label: 'unavailable', value: `${unavailable} of max ${maxUnavailable(d)}` },
  ];
}
