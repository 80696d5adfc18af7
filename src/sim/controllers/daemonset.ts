import type { SimContext } from '../context';
import type { Component } from '../component';
import { isPodReady } from '../pod';
import { nodeAffinityMatches, untoleratedTaint, type Toleration } from '../scheduler/plugins';
import { ApiError, type KObject, type WatchEvent } from '../types';
import { deepCopy } from '../clone';
import { computeHash } from './template-hash';
import { OWNER_INDEX } from './workload-indexes';
import { keyOf, splitKey, WorkQueue } from './workqueue';

const SOURCE = { component: 'daemonset-controller' };

/** The tolerations the controller adds to every daemon pod (AddOrUpdateDaemonPodTolerations). */
function daemonTolerations(hostNetwork: boolean): Toleration[] {
  const t: Toleration[] = [
    { key: 'node.kubernetes.io/not-ready', operator: 'Exists', effect: 'NoExecute' },
    { key: 'node.kubernetes.io/unreachable', operator: 'Exists', effect: 'NoExecute' },
    { key: 'node.kubernetes.io/disk-pressure', operator: 'Exists', effect: 'NoSchedule' },
    { key: 'node.kubernetes.io/memory-pressure', operator: 'Exists', effect: 'NoSchedule' },
    { key: 'node.kubernetes.io/pid-pressure', operator: 'Exists', effect: 'NoSchedule' },
    { key: 'node.kubernetes.io/unschedulable', operator: 'Exists', effect: 'NoSchedule' },
  ];
  if (hostNetwork) t.push({ key: 'node.kubernetes.io/network-unavailable', operator: 'Exists', effect: 'NoSchedule' });
  return t;
}

/**
 * The node a daemon pod was made for: the node affinity the controller pins it with, else its nodeName.
 * The pin comes first so that a template's own `nodeName` (even a missing node) cannot make every
 * sync create another pod for each node.
 */
function podNode(p: KObject): string | undefined {
  const terms = p.spec?.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution?.nodeSelectorTerms ?? [];
  for (const t of terms) for (const f of t.matchFields ?? []) if (f.key === 'metadata.name') return f.values?.[0];
  return p.spec?.nodeName || undefined;
}

/** DaemonSet controller: one pod per eligible node, rolling updates one node at a time, status numbers. */
export class DaemonSetController implements Component {
  readonly name = 'daemonset-controller';
  readonly watches = ['daemonsets.apps', 'nodes', 'pods'];
  private readonly queue: WorkQueue;
  private readonly byUid = new Map<string, string>();

  constructor(private readonly ctx: SimContext) {
    this.queue = new WorkQueue(ctx.clock, this.name);
  }

  observe(ev: WatchEvent): void {
    if (ev.resource === 'daemonsets.apps') {
      const k = keyOf(ev.object);
      if (ev.type === 'DELETED') this.byUid.delete(ev.object.metadata.uid!);
      else this.byUid.set(ev.object.metadata.uid!, k);
      this.queue.add(k);
    } else if (ev.resource === 'nodes') {
      for (const k of this.byUid.values()) this.queue.add(k);
    } else if (ev.resource === 'pods') {
      for (const r of ev.object.metadata.ownerReferences ?? []) {
        const k = r.kind === 'DaemonSet' ? this.byUid.get(r.uid) : undefined;
        if (k) this.queue.add(k);
      }
    }
  }

  sync(): boolean {
    const keys = this.queue.take();
    if (!keys) return false;
    for (const k of keys) this.reconcile(k);
    return true;
  }

  private reconcile(key: string): void {
    const { ns, name } = splitKey(key);
    const ds = this.ctx.api.tryGet('daemonsets.apps', ns, name);
    if (!ds || ds.metadata.deletionTimestamp) return;
    const api = this.ctx.api;
    const gen = String(ds.metadata.generation ?? 1);
    // snapshot (daemon/update.go): the revision's hash is controller.ComputeHash, as a Deployment's
    const hash = computeHash(ds.spec.template, ds.status?.collisionCount);
    const pods = api.store.byIndex('pods', OWNER_INDEX, ds.metadata.uid!).filter((p) => !p.metadata.deletionTimestamp);
    const byNode = new Map<string, KObject[]>();
    for (const p of pods) {
      const n = podNode(p) ?? '';
      byNode.set(n, [...(byNode.get(n) ?? []), p]);
    }
    const hostNetwork = !!ds.spec.template.spec?.hostNetwork;
    const tolerations = [...(ds.spec.template.spec?.tolerations ?? []), ...daemonTolerations(hostNetwork)];
    let desired = 0;
    let current = 0;
    let misscheduled = 0;
    let ready = 0;
    let updated = 0;
    const old: KObject[] = [];
    for (const node of api.list('nodes')) {
      const probe: KObject = { apiVersion: 'v1', kind: 'Pod', metadata: {}, spec: ds.spec.template.spec };
      const should = nodeAffinityMatches(probe, node) && !untoleratedTaint(tolerations, node.spec?.taints ?? [], ['NoSchedule', 'NoExecute']);
      const mine = byNode.get(node.metadata.name!) ?? [];
      byNode.delete(node.metadata.name!);
      if (should) {
        desired++;
        const live = mine.filter((p) => p.status?.phase !== 'Failed');
        for (const p of mine) if (p.status?.phase === 'Failed') this.deletePod(ds, p);
        if (!live.length) this.createPod(ds, node.metadata.name!, gen, hash, hostNetwork);
        else {
          current++;
          for (const extra of live.slice(1)) this.deletePod(ds, extra);
          const p = live[0];
          if (isPodReady(p)) ready++;
          if (p.metadata.labels?.['controller-revision-hash'] === hash) updated++;
          else old.push(p);
        }
      } else if (mine.length) {
        misscheduled++;
        for (const p of mine) this.deletePod(ds, p);
      }
    }
    for (const rest of byNode.values()) for (const p of rest) this.deletePod(ds, p);
    // RollingUpdate: replace one out-of-date pod at a time while the rest are available
    if (old.length && (ds.spec.updateStrategy?.type ?? 'RollingUpdate') === 'RollingUpdate' && current - ready === 0) this.deletePod(ds, old[0]);
    const status: Record<string, unknown> = {
      currentNumberScheduled: current,
      desiredNumberScheduled: desired,
      numberMisscheduled: misscheduled,
      numberReady: ready,
      observedGeneration: ds.metadata.generation ?? 1,
      updatedNumberScheduled: updated,
      numberAvailable: ready,
    };
    // omitempty fields of DaemonSetStatus
    if (desired - ready > 0) status.numberUnavailable = desired - ready;
    if (ready === 0) delete status.numberAvailable;
    if (updated === 0) delete status.updatedNumberScheduled;
    if (JSON.stringify(status) !== JSON.stringify(ds.status ?? {})) {
      const upd = deepCopy(ds);
      upd.status = status;
      api.updateStatus(upd);
    }
  }

  private createPod(ds: KObject, node: string, gen: string, hash: string, hostNetwork: boolean): void {
    const tpl = deepCopy(ds.spec.template);
    const spec = tpl.spec ?? {};
    const tolerations: Toleration[] = [...(spec.tolerations ?? [])];
    for (const t of daemonTolerations(hostNetwork)) if (!tolerations.some((x) => x.key === t.key && x.effect === t.effect)) tolerations.push(t);
    spec.tolerations = tolerations;
    spec.affinity = {
      ...(spec.affinity ?? {}),
      nodeAffinity: {
        ...(spec.affinity?.nodeAffinity ?? {}),
        requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: [{ matchFields: [{ key: 'metadata.name', operator: 'In', values: [node] }] }] },
      },
    };
    const pod: KObject = {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: {
        generateName: `${ds.metadata.name}-`,
        namespace: ds.metadata.namespace,
        labels: { ...(tpl.metadata?.labels ?? {}), 'controller-revision-hash': hash, 'pod-template-generation': gen },
        ...(tpl.metadata?.annotations ? { annotations: tpl.metadata.annotations } : {}),
        ownerReferences: [{ apiVersion: 'apps/v1', kind: 'DaemonSet', name: ds.metadata.name!, uid: ds.metadata.uid!, controller: true, blockOwnerDeletion: true }],
      },
      spec,
    };
    let created: KObject;
    try {
      created = this.ctx.api.create(pod);
    } catch (e) {
      // quota, admission: the controller reports it and tries again on its next sync
      if (!(e instanceof ApiError)) throw e;
      this.ctx.events.record(ds, 'Warning', 'FailedCreate', `Error creating: ${e.message}`, SOURCE);
      return;
    }
    this.ctx.events.record(ds, 'Normal', 'SuccessfulCreate', `Created pod: ${created.metadata.name}`, SOURCE);
  }

  private deletePod(ds: KObject, p: KObject): void {
    if (p.metadata.deletionTimestamp) return;
    this.ctx.api.delete('pods', p.metadata.namespace, p.metadata.name!);
    this.ctx.events.record(ds, 'Normal', 'SuccessfulDelete', `Deleted pod: ${p.metadata.name}`, SOURCE);
  }
}
