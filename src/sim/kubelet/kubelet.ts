// Over 400 lines: the pod worker (admission, sandbox, start order, exits, termination, status writes)
// shares the pod table and its IP and wait indexes; its decisions are the pure stages of stages.ts,
// image pulls are in image-pull.ts, a container's start in container-start.ts.
import type { SimContext } from '../context';
import type { Component } from '../component';
import type { KubeletRuntime } from './runtime';
import { ensureImage } from './image-pull';
import type { Rng } from '../random';
import type { KObject, WatchEvent } from '../types';
import { createAndStart } from './container-start';
import type { ContainerFs } from './fs';
import { allocateIP, newNodeState, type NodeState } from './node-state';
import { signalTerm, stopProc } from './process';
import { stopProbes } from './probes';
import { nodeRootfs } from './rootfs';
import type { ContainerRt, PodRt } from './state';
import { newPodRt, podKey } from './state';
import { afterExit, crashLoopBackoff, finalPhase } from './stages';
import { podQOS } from '../pod';
import { buildStatus } from './status';
import { admissionRefusal } from './eviction';
import { predicateRejection } from './predicate-admission';
import { nodeContext } from './node-context';
import { nodeWatching } from './node-watches';
import { newStorage, setupVolumes, type Storage } from './volumes';
import { refreshVolumesLater, scheduleTokenRefresh } from './volume-refresh';
import { expandClaimLater, expandMountedVolumes, nodePending } from './volume-expand';
import { PodTable } from './pod-table';
import { sameJson } from '../same-json';

const SOURCE = 'kubelet';

/** `name_ns(uid)`, as the kubelet formats a pod in messages. */
function podDesc(p: KObject): string {
  // a static pod is the one read from its file, whose UID is the config hash its mirror pod carries
  return `${p.metadata.name}_${p.metadata.namespace}(${p.metadata.annotations?.['kubernetes.io/config.mirror'] ?? p.metadata.uid})`;
}

/**
 * All kubelets of the cluster in one component: each pod is handled by its node's record.
 * Driven by pod watch events and clock timers; writes pod status and events like the real kubelet.
 */
export class Kubelet implements Component, KubeletRuntime {
  readonly name = 'kubelet';
  readonly watches = ['pods', 'configmaps', 'secrets', 'persistentvolumeclaims'];
  readonly nodes = new Map<string, NodeState>();
  readonly pods = new PodTable();
  private readonly byIP = new Map<string, Set<PodRt>>();
  private readonly dirty = new Set<string>();
  private readonly statusDirty = new Set<PodRt>();
  /** Events recorded while etcd had no quorum, sent when it has one again. */
  private readonly unsentEvents: (() => void)[] = [];
  /** Nodes whose machine is down: their kubelet neither acts nor reports. */
  readonly downNodes = new Set<string>();
  /** `configmaps/ns/name` → pods waiting for it. */
  private readonly waiting = new Map<string, Set<string>>();
  readonly rng: Rng;
  readonly storage: Storage;

  constructor(readonly ctx: SimContext) {
    this.rng = ctx.rng.fork('kubelet');
    this.storage = newStorage(this.nodes, () => this.ctx.clock.now());
    ctx.config.nodes.forEach((cfg, i) => this.nodes.set(cfg.name, newNodeState(cfg, i, ctx.config.podCIDRPrefix, ctx.clock.now())));
  }

  observe(ev: WatchEvent): void {
    if (ev.resource === 'pods') {
      const node = ev.object.spec?.nodeName;
      // each node's kubelet follows only the pods bound to it, through its own scoped watch
      if ((node && this.nodes.has(node) && nodeWatching(this.ctx, node)) || ev.type === 'DELETED') {
        const key = podKey(ev.object.metadata.namespace!, ev.object.metadata.name!);
        if (ev.type !== 'DELETED' || this.pods.has(key)) this.dirty.add(key);
      }
      return;
    }
    if (ev.resource === 'configmaps' || ev.resource === 'secrets' || ev.resource === 'persistentvolumeclaims') {
      const key = `${ev.resource}/${ev.object.metadata.namespace}/${ev.object.metadata.name}`;
      if (ev.type === 'MODIFIED' && ev.resource !== 'persistentvolumeclaims') refreshVolumesLater(this, this.storage, ev.resource, ev.object.metadata.namespace!, ev.object.metadata.name!);
      if (ev.type === 'MODIFIED' && ev.resource === 'persistentvolumeclaims' && nodePending(ev.object))
        expandClaimLater(this, this.pods.values(), ev.object.metadata.namespace!, ev.object.metadata.name!);
      const set = this.waiting.get(key);
      if (set) {
        this.waiting.delete(key);
        for (const k of set) {
          const rt = this.pods.get(k);
          if (rt) this.wake(rt);
        }
      }
    }
  }

  sync(): boolean {
    const unsent = this.unsentEvents.splice(0);
    for (const send of unsent) send();
    if (!this.dirty.size && !this.statusDirty.size) return unsent.length > 0;
    const keys = [...this.dirty];
    this.dirty.clear();
    for (const k of keys) this.reconcile(k);
    this.flushStatus();
    return true;
  }

  /** Write the statuses changed since the last flush: one write per pod per step, like the status manager. */
  private flushStatus(): void {
    while (this.statusDirty.size) {
      const list = [...this.statusDirty];
      this.statusDirty.clear();
      for (const rt of list) this.writeStatusNow(rt);
    }
  }

  // ---- lookups other layers use ----

  find(ns: string, name: string): PodRt | undefined {
    return this.pods.get(podKey(ns, name));
  }

  podsAt(ip: string): PodRt[] {
    return [...(this.byIP.get(ip) ?? [])];
  }

  /** The files of the container listening on ip:port (TCP tools like redis-cli and mysql). */
  listenerFs(ip: string, port: number): ContainerFs | undefined {
    for (const rt of this.podsAt(ip)) {
      for (const c of rt.containers) {
        const p = c.proc?.program;
        if (c.proc?.alive && p && (p.tcp?.includes(port) || p.http?.[port])) return this.fsOf(rt, c);
      }
    }
    return undefined;
  }

  /**
   * Power a node off or on. Off: every container on it dies with the machine and nothing is reported.
   * On: the kubelet finds its pods again and starts their containers in new sandboxes.
   */
  setNodeDown(name: string, down: boolean): void {
    if (down === this.downNodes.has(name)) return;
    const onNode = [...this.pods.on(name)];
    if (down) {
      this.downNodes.add(name);
      for (const rt of onNode) {
        this.cancelTimers(rt);
        for (const c of rt.containers) {
          stopProc(this, c);
          stopProbes(this, c);
        }
      }
      return;
    }
    this.downNodes.delete(name);
    for (const rt of onNode) {
      this.teardown(rt);
      this.dirty.add(podKey(rt.ns, rt.name));
    }
    for (const p of this.ctx.api.store.byIndex('pods', 'nodeName', name)) this.dirty.add(podKey(p.metadata.namespace!, p.metadata.name!));
  }

  // ---- reconcile ----

  private reconcile(key: string): void {
    const [ns, name] = key.split('/');
    const pod = this.ctx.api.tryGet('pods', ns, name);
    let rt = this.pods.get(key);
    if (!pod) {
      if (rt) this.teardown(rt);
      return;
    }
    if (rt && rt.uid !== pod.metadata.uid) {
      this.teardown(rt);
      rt = undefined;
    }
    const node = this.nodes.get(pod.spec?.nodeName);
    if (!node || this.downNodes.has(node.name)) return;
    if (!rt) {
      if (pod.status?.phase === 'Succeeded' || pod.status?.phase === 'Failed') return;
      if (pod.metadata.deletionTimestamp) {
        this.ctx.api.remove('pods', pod);
        return;
      }
      const nodeObj = this.ctx.api.get('nodes', undefined, node.name);
      const refused = admissionRefusal(nodeObj, pod);
      if (refused) return this.reject(pod, 'Evicted', refused);
      const rejected = predicateRejection(nodeObj, pod, this.activePods(node.name));
      if (rejected) return this.reject(pod, rejected.reason, rejected.message);
      rt = this.admit(pod, node);
    }
    rt.pod = pod;
    if (pod.metadata.deletionTimestamp) this.terminate(rt);
  }

  /** The pods the kubelet admitted on a node that have not finished (filterOutInactivePods). */
  private activePods(node: string): KObject[] {
    return this.pods.on(node).filter((rt) => rt.pod.status?.phase !== 'Succeeded' && rt.pod.status?.phase !== 'Failed').map((rt) => rt.pod);
  }

  /** rejectPod: an admission handler said no; the pod fails at once, nothing runs. */
  private reject(pod: KObject, reason: string, message: string): void {
    const node = nodeContext(this.ctx, pod.spec.nodeName);
    node.events.record(pod, 'Warning', reason, message, { component: 'kubelet', host: pod.spec?.nodeName });
    // the status manager gives a status without a start time the current one
    const startTime = pod.status?.startTime ?? this.ctx.clock.isoNow();
    const upd: KObject = { ...pod, status: { ...(pod.status ?? {}), phase: 'Failed', reason, message: `Pod was rejected: ${message}`, qosClass: podQOS(pod), startTime } };
    node.api.updateStatus(upd);
  }

  private admit(pod: KObject, node: NodeState): PodRt {
    const rt = newPodRt(pod, node.name, node.ip);
    this.pods.set(podKey(rt.ns, rt.name), rt);
    rt.startTime = this.ctx.clock.isoNow();
    this.writeStatus(rt);
    this.setupVolumes(rt);
    return rt;
  }

  /** Mount volumes; a missing ConfigMap/Secret/claim keeps the pod in ContainerCreating until it appears. */
  private setupVolumes(rt: PodRt): void {
    const node = this.nodes.get(rt.node)!;
    const r = setupVolumes(nodeContext(this.ctx, rt.node).api, rt.pod, this.storage, { cpu: node.config.cpu, memory: node.config.memory }, this.ctx.clock.now());
    if (!r.ok) {
      rt.blocked = r.error;
      if (r.waitOn) this.waitOn(r.waitOn, rt);
      if (!r.error.includes('unbound immediate')) this.event(rt, 'Warning', 'FailedMount', r.error);
      return;
    }
    rt.blocked = undefined;
    rt.volumes = r.volumes;
    rt.volumesReady = true;
    expandMountedVolumes(this, rt);
    scheduleTokenRefresh(this, this.storage, rt);
    // the sandbox (pause container, network) takes a moment
    this.after(rt, 300 + this.rng.int(700), () => {
      if (rt.terminating) return;
      if (!rt.ip) {
        rt.ip = allocateIP(node);
      }
      this.indexIP(rt);
      rt.sandboxReady = true;
      this.writeStatus(rt);
      this.startNext(rt);
    });
  }

  private waitOn(key: string, rt: PodRt): void {
    let s = this.waiting.get(key);
    if (!s) this.waiting.set(key, (s = new Set()));
    s.add(podKey(rt.ns, rt.name));
  }

  /** Something a blocked pod waited for changed: try again. */
  private wake(rt: PodRt): void {
    if (rt.terminating) return;
    if (!rt.volumesReady) {
      this.setupVolumes(rt);
      return;
    }
    for (const c of rt.containers) {
      if (c.state.waiting?.reason === 'CreateContainerConfigError' && !c.busy) {
        c.busy = true;
        createAndStart(this, rt, c, (key) => this.waitOn(key, rt));
      }
    }
  }

  private indexIP(rt: PodRt): void {
    let s = this.byIP.get(rt.ip);
    if (!s) this.byIP.set(rt.ip, (s = new Set()));
    s.add(rt);
  }

  /** Start whatever may start now: init containers one by one, then all regular containers. */
  startNext(rt: PodRt): void {
    if (rt.terminating || rt.final || !rt.sandboxReady) return;
    const init = rt.containers.find((c) => c.init && !(c.done && c.state.terminated?.exitCode === 0));
    if (init) {
      if (!init.busy && !init.proc?.alive && init.retryTimer === undefined && !init.done) this.startContainer(rt, init);
      return;
    }
    for (const c of rt.containers) {
      if (c.init || c.busy || c.proc?.alive || c.done || c.retryTimer !== undefined) continue;
      if (c.state.terminated) continue;
      this.startContainer(rt, c);
    }
    this.writeStatus(rt);
  }

  private startContainer(rt: PodRt, c: ContainerRt): void {
    c.busy = true;
    ensureImage(this, rt, c, () => createAndStart(this, rt, c, (key) => this.waitOn(key, rt)));
  }

  /** The main process ended: record it and restart per policy with CrashLoopBackOff delays. */
  containerExited(rt: PodRt, c: ContainerRt, code: number, reason?: string, message?: string): void {
    stopProc(this, c);
    stopProbes(this, c);
    const startedAt = c.state.running?.startedAt ?? this.ctx.clock.isoNow();
    c.state = {
      terminated: {
        exitCode: code,
        reason: reason ?? (code === 0 ? 'Completed' : 'Error'),
        ...(message ? { message } : {}),
        startedAt,
        finishedAt: this.ctx.clock.isoNow(),
        containerID: c.containerID,
      },
    };
    c.ready = false;
    c.started = false;
    const next = afterExit({ terminating: rt.terminating, init: c.init, exitCode: code, restartPolicy: rt.pod.spec?.restartPolicy });
    if (next === 'terminating') {
      this.writeStatus(rt);
      this.finishIfStopped(rt);
      return;
    }
    if (next === 'init-succeeded') {
      c.done = true;
      this.writeStatus(rt);
      this.startNext(rt);
      return;
    }
    if (next === 'done') {
      c.done = true;
      this.settle(rt);
      return;
    }
    this.writeStatus(rt);
    this.scheduleRestart(rt, c, Date.parse(startedAt));
  }

  private scheduleRestart(rt: PodRt, c: ContainerRt, startedMs: number): void {
    const { delay, next } = crashLoopBackoff(c.backoff, this.ctx.clock.now() - startedMs);
    c.backoff = next;
    const restart = () => {
      c.retryTimer = undefined;
      if (rt.terminating) return;
      c.lastState = { terminated: c.state.terminated ?? c.lastState.terminated };
      this.startContainer(rt, c);
    };
    c.retryTimer = this.after(rt, 1000, () => {
      if (rt.terminating) return;
      if (delay === 0) {
        restart();
        return;
      }
      c.lastState = { terminated: c.state.terminated };
      c.state = { waiting: { reason: 'CrashLoopBackOff', message: `back-off ${delay}s restarting failed container=${c.name} pod=${podDesc(rt.pod)}` } };
      this.event(rt, 'Warning', 'BackOff', `Back-off restarting failed container ${c.name} in pod ${podDesc(rt.pod)}`, this.fieldPath(c));
      this.writeStatus(rt);
      c.retryTimer = this.after(rt, delay * 1000 - 1000, restart);
    });
  }

  /** The eviction manager's verdict: containers killed at once, the pod Failed with reason Evicted. */
  evict(rt: PodRt, message: string): void {
    this.event(rt, 'Warning', 'Evicted', message);
    rt.evicted = { message };
    this.cancelTimers(rt);
    const now = this.ctx.clock.isoNow();
    for (const c of rt.containers) {
      stopProbes(this, c);
      if (c.proc?.alive) {
        this.event(rt, 'Normal', 'Killing', `Stopping container ${c.name}`, this.fieldPath(c));
        stopProc(this, c);
        c.state = { terminated: { exitCode: 137, reason: 'Error', startedAt: c.state.running?.startedAt ?? now, finishedAt: now, ...(c.containerID ? { containerID: c.containerID } : {}) } };
      }
      c.done = true;
      c.ready = false;
      c.busy = false;
    }
    rt.final = 'Failed';
    rt.sandboxReady = false;
    this.writeStatus(rt);
  }

  /** All containers done for good: the pod reaches Succeeded or Failed. */
  private settle(rt: PodRt): void {
    const phase = finalPhase(rt.containers.map((x) => ({ init: x.init, done: x.done, exitCode: x.state.terminated?.exitCode })));
    if (phase) {
      // a regular container that never ran (an init container failed) shows as Completed
      for (const x of rt.containers) if (!x.init && !x.done && !x.state.terminated) x.state = { terminated: { exitCode: 0, reason: 'Completed', startedAt: this.ctx.clock.isoNow(), finishedAt: this.ctx.clock.isoNow() } };
      rt.final = phase;
      rt.sandboxReady = false;
      this.cancelTimers(rt);
    }
    this.writeStatus(rt);
  }

  /** Graceful deletion: SIGTERM now, SIGKILL when the grace period ends, then remove the pod. */
  private terminate(rt: PodRt): void {
    const grace = (rt.pod.metadata.deletionGracePeriodSeconds ?? 30) * 1000;
    const deadline = Date.parse(rt.pod.metadata.deletionTimestamp!) + grace;
    if (rt.terminating) {
      // a second delete may shorten the grace period
      for (const c of rt.containers) {
        if (c.proc?.alive && c.proc.killTimer !== undefined) {
          this.ctx.clock.cancel(c.proc.killTimer);
          c.proc.killTimer = this.ctx.clock.schedule(deadline, () => this.containerExited(rt, c, 137, 'Error'));
        }
      }
      return;
    }
    rt.terminating = true;
    this.cancelTimers(rt);
    for (const c of rt.containers) {
      stopProbes(this, c);
      if (c.proc?.alive) {
        this.event(rt, 'Normal', 'Killing', `Stopping container ${c.name}`, this.fieldPath(c));
        signalTerm(this, rt, c, deadline);
      } else c.busy = false;
    }
    this.finishIfStopped(rt);
  }

  private finishIfStopped(rt: PodRt): void {
    if (rt.containers.some((c) => c.proc?.alive)) return;
    const pod = this.ctx.api.tryGet('pods', rt.ns, rt.name);
    if (pod && pod.metadata.uid === rt.uid) this.ctx.api.remove('pods', pod);
    this.teardown(rt);
  }

  private teardown(rt: PodRt): void {
    this.cancelTimers(rt);
    for (const c of rt.containers) {
      stopProc(this, c);
      stopProbes(this, c);
    }
    const key = podKey(rt.ns, rt.name);
    if (this.pods.get(key) === rt) this.pods.delete(key);
    this.byIP.get(rt.ip)?.delete(rt);
    const node = this.nodes.get(rt.node);
    if (node && !rt.pod.spec?.hostNetwork) node.usedIPs.delete(rt.ip);
  }

  private cancelTimers(rt: PodRt): void {
    for (const t of rt.timers) this.ctx.clock.cancel(t);
    rt.timers.clear();
    for (const c of rt.containers) c.retryTimer = undefined;
  }

  /** A timer owned by the pod (cancelled when the pod goes away). */
  after(rt: PodRt, ms: number, fn: () => void): number {
    const id = this.ctx.clock.after(Math.max(0, ms), () => {
      rt.timers.delete(id);
      fn();
    }, 'kubelet');
    rt.timers.add(id);
    return id;
  }

  // ---- helpers ----

  fieldPath(c: ContainerRt): string {
    return `spec.${c.init ? 'initContainers' : 'containers'}{${c.name}}`;
  }

  event(rt: PodRt, type: 'Normal' | 'Warning', reason: string, message: string, fieldPath?: string): void {
    const pod = this.ctx.api.tryGet('pods', rt.ns, rt.name) ?? rt.pod;
    if (pod.metadata.uid !== rt.uid) return;
    // a static pod's events name the pod the kubelet read from its file, whose UID is the config hash (the mirror annotation)
    const mirror = pod.metadata.annotations?.['kubernetes.io/config.mirror'];
    const subject = mirror ? { ...pod, metadata: { ...pod.metadata, uid: mirror, resourceVersion: undefined } } : pod;
    const record = (at?: number) => nodeContext(this.ctx, rt.node).events.record(subject, type, reason, message, { component: SOURCE, host: rt.node }, fieldPath, at);
    // without a quorum the event sink's writes fail; its retries land the event, stamped when it happened, once etcd answers
    if (!this.ctx.services.etcd.hasQuorum()) {
      const at = this.ctx.clock.now();
      this.unsentEvents.push(() => record(at));
    } else record();
  }

  /** Note that the pod's status changed; it is written when the current step ends (sync). */
  writeStatus(rt: PodRt): void {
    this.statusDirty.add(rt);
  }

  private writeStatusNow(rt: PodRt): void {
    if (!this.pods.has(podKey(rt.ns, rt.name)) && !rt.terminating) return;
    if (this.downNodes.has(rt.node)) return;
    const stored = this.ctx.api.tryGet('pods', rt.ns, rt.name);
    if (!stored || stored.metadata.uid !== rt.uid) return;
    const status = buildStatus(rt, stored, this.ctx.clock.isoNow());
    // the stored status is a copy of what was written: nothing changed if they serialize the same
    if (sameJson(status, stored.status)) return;
    const upd = { ...stored, status };
    // buildStatus makes a new status each time; the container states it shares are replaced, never changed
    rt.pod = nodeContext(this.ctx, rt.node).api.updateStatus(upd, { owned: true });
  }

  /** The container's file system, built on first use (image files, kubelet files, volume mounts). */
  fsOf(rt: PodRt, c: ContainerRt): ContainerFs {
    if (!c.fs) c.fs = nodeRootfs(this, rt, c);
    return c.fs;
  }
}
