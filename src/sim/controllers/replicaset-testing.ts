/**
 * Test-only stand-ins for the scheduler and kubelet, so controller tests can watch pods become
 * Running and Ready and terminating pods disappear. Not installed in real clusters.
 */
import { KUBE_SCHEDULER } from '../apiserver/auth/components';
import type { Cluster } from '../cluster';
import { componentContext } from '../component-context';
import type { SimContext } from '../context';
import type { Component } from '../component';
import type { KObject, WatchEvent } from '../types';
import { deepCopy } from '../clone';
import { nodeContext } from '../kubelet/node-context';

export interface FakeKubeletOptions {
  /** Delay from creation to Running+Ready (ms). */
  readyAfterMs?: number;
  /** Delay from deletion to removal (ms). */
  terminateAfterMs?: number;
  /** Pods for which this returns false start Running but never become Ready. */
  becomesReady?: (pod: KObject) => boolean;
  /** Only handle pods in these namespaces (default: `default`). */
  namespaces?: string[];
}

/**
 * Binds pods round-robin to worker nodes (as the scheduler: its context), marks them Running+Ready
 * after a delay (as the node's kubelet), removes deleted ones.
 */
export class FakeKubelet implements Component {
  readonly name = 'test-fake-kubelet';
  private noted = new Set<string>();
  private readyTimers = new Set<string>();
  private killTimers = new Set<string>();
  private nodeIdx = 0;
  private ipSeq = 10;
  private readonly nodes: string[];

  constructor(
    private readonly ctx: SimContext,
    private readonly opts: FakeKubeletOptions = {},
  ) {
    this.nodes = ctx.config.nodes.filter((n) => !n.controlPlane).map((n) => n.name);
  }

  observe(ev: WatchEvent): void {
    if (ev.resource !== 'pods' || ev.type === 'DELETED') return;
    const ns = ev.object.metadata.namespace ?? '';
    if (!(this.opts.namespaces ?? ['default']).includes(ns)) return;
    this.noted.add(`${ns}/${ev.object.metadata.name}`);
  }

  sync(): boolean {
    if (this.noted.size === 0) return false;
    const keys = [...this.noted];
    this.noted.clear();
    for (const key of keys) this.handle(key);
    return true;
  }

  private get(key: string): KObject | undefined {
    const [ns, name] = key.split('/');
    return this.ctx.api.store.get('pods', ns, name);
  }

  private handle(key: string): void {
    const pod = this.get(key);
    if (!pod) return;
    if (pod.metadata.deletionTimestamp) {
      if (this.killTimers.has(key)) return;
      this.killTimers.add(key);
      const uid = pod.metadata.uid;
      this.ctx.clock.after(this.opts.terminateAfterMs ?? 1000, () => {
        this.killTimers.delete(key);
        const p = this.get(key);
        if (p && p.metadata.uid === uid) this.ctx.api.remove('pods', p);
      });
      return;
    }
    if (!pod.spec?.nodeName) {
      const upd = deepCopy(pod);
      upd.spec.nodeName = this.nodes[this.nodeIdx++ % this.nodes.length];
      upd.status = { ...(upd.status ?? {}), phase: 'Pending', conditions: [{ type: 'PodScheduled', status: 'True', lastTransitionTime: this.ctx.clock.isoNow() }] };
      delete upd.metadata.resourceVersion;
      this.ctx.api.update(upd, { withStatus: true });
      return;
    }
    if (pod.status?.phase === 'Running' || this.readyTimers.has(key)) return;
    this.readyTimers.add(key);
    const uid = pod.metadata.uid;
    this.ctx.clock.after(this.opts.readyAfterMs ?? 2000, () => {
      this.readyTimers.delete(key);
      const p = this.get(key);
      if (!p || p.metadata.uid !== uid || p.metadata.deletionTimestamp) return;
      this.markRunning(p, this.opts.becomesReady ? this.opts.becomesReady(p) : true);
    });
  }

  private markRunning(pod: KObject, ready: boolean): void {
    const now = this.ctx.clock.isoNow();
    const r = ready ? 'True' : 'False';
    const upd = deepCopy(pod);
    upd.status = {
      phase: 'Running',
      hostIP: '192.168.0.10',
      podIP: `10.244.1.${this.ipSeq++}`,
      startTime: now,
      conditions: [
        { type: 'Initialized', status: 'True', lastTransitionTime: now },
        { type: 'Ready', status: r, lastTransitionTime: now },
        { type: 'ContainersReady', status: r, lastTransitionTime: now },
        { type: 'PodScheduled', status: 'True', lastTransitionTime: now },
      ],
      containerStatuses: (pod.spec?.containers ?? []).map((c: { name: string; image: string }) => ({
        name: c.name,
        image: c.image,
        ready,
        started: true,
        restartCount: 0,
        state: { running: { startedAt: now } },
      })),
    };
    delete upd.metadata.resourceVersion;
    nodeContext(this.ctx, pod.spec.nodeName).api.updateStatus(upd);
  }
}

/** A component that runs a check after every sync round (to assert invariants at every instant). */
export class Probe implements Component {
  readonly name = 'test-probe';
  constructor(private readonly check: () => void) {}
  observe(): void {}
  sync(): boolean {
    this.check();
    return false;
  }
}

/** Component names of the real node agents that the fake replaces in controller tests. */
const NODE_AGENTS = new Set(['scheduler', 'kubelet']);

/**
 * Swap the cluster's scheduler and kubelets for a FakeKubelet, so controller tests see pods run
 * on a fixed timetable whatever the node layer does.
 */
export function useFakeKubelet(cluster: Cluster, opts: FakeKubeletOptions = {}): FakeKubelet {
  cluster.removeComponents(NODE_AGENTS);
  // it binds and reports as the scheduler and the kubelets would: as components
  const fake = new FakeKubelet(componentContext(cluster.ctx, KUBE_SCHEDULER), opts);
  cluster.addComponent(fake);
  return fake;
}
