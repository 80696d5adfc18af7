/**
 * Properties every settled state of the cluster must have, whatever the learner did. Tests check
 * them at every virtual instant (Cluster.onSettled); a violation is a bug in the simulation.
 */
import type { Cluster } from './cluster';
import { maxSurge, maxUnavailable, specReplicas } from './controllers/deployment-util';
import { QUARANTINE_MS, GC_CHECK_PERIOD_MS } from './controllers/pod-gc';
import { serviceSelector } from './controllers/service-pods';
import { isPodReady } from './pod';
import { matchesMap, matchesSelector } from './labels';
import type { KObject } from './types';

/** One rule: a name and the problems it finds (empty when it holds). */
interface Invariant {
  id: string;
  check(cluster: Cluster, seen: Map<string, number>): string[];
}

const key = (o: KObject) => `${o.metadata.namespace ?? ''}/${o.metadata.name}`;

export const INVARIANTS: Invariant[] = [
  {
    // endpoints controller: ready addresses are Running, Ready, live pods the selector picks
    id: 'endpoints-ready-pods',
    check(c) {
      const out: string[] = [];
      for (const svc of c.api.store.list('services')) {
        const sel = serviceSelector(svc);
        if (!sel || svc.spec?.publishNotReadyAddresses || svc.spec?.type === 'ExternalName') continue;
        const ep = c.api.store.get('endpoints', svc.metadata.namespace, svc.metadata.name!);
        for (const ss of ep?.subsets ?? []) {
          for (const a of ss.addresses ?? []) {
            const ref = a.targetRef;
            const pod = ref?.kind === 'Pod' ? c.api.store.get('pods', ref.namespace ?? svc.metadata.namespace, ref.name) : undefined;
            if (!pod) out.push(`endpoints ${key(svc)}: ${a.ip} has no pod`);
            else if (pod.status?.phase !== 'Running' || !isPodReady(pod) || pod.metadata.deletionTimestamp) out.push(`endpoints ${key(svc)}: pod ${pod.metadata.name} is not Running and Ready`);
            else if (!matchesMap(sel, pod.metadata.labels)) out.push(`endpoints ${key(svc)}: pod ${pod.metadata.name} does not match the selector`);
          }
        }
      }
      return out;
    },
  },
  {
    // pod GC: nothing stays bound to a missing node past the quarantine and one loop period
    id: 'no-pod-on-missing-node',
    check(c, seen) {
      const out: string[] = [];
      const now = c.clock.now();
      const live = new Set<string>();
      for (const pod of c.api.store.list('pods')) {
        const node = pod.spec?.nodeName;
        if (!node || c.api.store.get('nodes', undefined, node)) continue;
        const id = pod.metadata.uid!;
        live.add(id);
        const since = seen.get(id) ?? now;
        seen.set(id, since);
        if (now - since > QUARANTINE_MS + GC_CHECK_PERIOD_MS) out.push(`pod ${key(pod)} bound to missing node ${node} for ${(now - since) / 1000}s`);
      }
      for (const id of seen.keys()) if (!live.has(id)) seen.delete(id);
      return out;
    },
  },
  {
    // PV binder: a volume serves one claim, and a Bound claim's volume points back at it
    id: 'pv-one-claim',
    check(c) {
      const out: string[] = [];
      const byVolume = new Map<string, string[]>();
      for (const pvc of c.api.store.list('persistentvolumeclaims')) {
        if (pvc.status?.phase !== 'Bound') continue;
        const name = pvc.spec?.volumeName;
        byVolume.set(name, [...(byVolume.get(name) ?? []), key(pvc)]);
        const pv = c.api.store.get('persistentvolumes', undefined, name);
        const ref = pv?.spec?.claimRef;
        if (!pv) out.push(`claim ${key(pvc)} is Bound to missing volume ${name}`);
        else if (!ref || ref.name !== pvc.metadata.name || ref.namespace !== pvc.metadata.namespace) out.push(`claim ${key(pvc)} is Bound to ${name}, which points at ${ref ? `${ref.namespace}/${ref.name}` : 'nothing'}`);
      }
      for (const [pv, claims] of byVolume) if (claims.length > 1) out.push(`volume ${pv} is bound to ${claims.join(', ')}`);
      return out;
    },
  },
  {
    // deployment controller: the replica sets' sizes stay within replicas + maxSurge and replicas - maxUnavailable
    id: 'deployment-bounds',
    check(c) {
      const out: string[] = [];
      for (const d of c.api.store.list('deployments.apps')) {
        if (d.metadata.deletionTimestamp || d.spec?.paused || (d.spec?.strategy?.type ?? 'RollingUpdate') !== 'RollingUpdate') continue;
        const rss = c.api.store.byIndex('replicasets.apps', 'owner', d.metadata.uid!).filter((rs) => matchesSelector(d.spec.selector, rs.spec?.template?.metadata?.labels));
        const total = rss.reduce((n, rs) => n + specReplicas(rs), 0);
        const replicas = specReplicas(d);
        if (total > replicas + maxSurge(d)) out.push(`deployment ${key(d)}: ${total} replicas over ${replicas} + maxSurge ${maxSurge(d)}`);
        if (rss.length && total < replicas - maxUnavailable(d)) out.push(`deployment ${key(d)}: ${total} replicas under ${replicas} - maxUnavailable ${maxUnavailable(d)}`);
      }
      return out;
    },
  },
  {
    id: 'store-indexes',
    check: (c) => c.api.store.indexProblems(),
  },
];

/** Check every invariant each time the cluster settles; returns the violations seen (with their virtual time). */
export function watchInvariants(cluster: Cluster): { violations: string[] } {
  const seen = new Map<string, number>();
  const result = { violations: [] as string[] };
  cluster.onSettled = () => {
    for (const inv of INVARIANTS) {
      for (const v of inv.check(cluster, seen)) {
        const line = `${inv.id}: ${v}`;
        if (!result.violations.includes(line)) result.violations.push(line);
      }
    }
  };
  return result;
}
