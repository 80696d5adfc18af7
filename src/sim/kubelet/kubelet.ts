import type { SimContext } from '../context';
import type { Component } from '../component';
import type { KubeletRuntime } from './runtime';
import { resolveImage } from '../images/catalog';
import { defaultPullPolicy, qualified, repoOf } from '../images/ref';
import { pullCredentials } from './pull-secrets';
import type { Rng } from '../random';
import type { KObject, WatchEvent } from '../types';
import { resolveEnv, serviceEnv } from './env';
import { ContainerFs, Tree } from './fs';
import { allocateIP, newNodeState, type NodeState } from './node-state';
import { startProcess, signalTerm, stopProc } from './process';
import { startProbes, stopProbes } from './probes';
import { nodeRootfs } from './rootfs';
import { verifyNonRoot } from './security';
import type { ContainerRt, PodRt } from './state';
import { podKey } from './state';
import { podQOS } from '../pod';
import { buildStatus } from './status';
import { admissionRefusal, armEviction } from './eviction';
import { setupVolumes, type Storage } from './volumes';
import { PodTable } from './pod-table';

const SOURCE = 'kubelet';
const MAX_BACKOFF = 300;

/** `name_ns(uid)`, as the kubelet formats a pod in messages. */
function podDesc(p: KObject): string {
  return `${p.metadata.name}_${p.metadata.namespace}(${p.metadata.uid})`;
}

/** Go's time.Duration string for whole milliseconds: `512ms`, `2.345s`, `1m3.2s`. */
export function goDuration(ms: number): string {
  if (ms < 1000) return `${ms}ms`;
  const m = Math.floor(ms / 60000);
  const s = ((ms % 60000) / 1000).toFixed(3).replace(/\.?0+$/, '');
  return m ? `${m}m${s}s` : `${s}s`;
}

/**
 * All kubelets of the cluster in one component: each pod is handled by its node's record.
 * Driven by pod watch events and clock timers; writes pod status and events like the real kubelet.
 */
export class Kubelet implements Component, KubeletRuntime {
  readonly name = 'kubelet';
  readonly nodes = new Map<string, NodeState>();
  readonly pods = new PodTable();
  private readonly byIP = new Map<string, Set<PodRt>>();
  private readonly dirty = new Set<string>();
  private readonly statusDirty = new Set<PodRt>();
  /** Nodes whose machine is down: their kubelet neither acts nor reports. */
  readonly downNodes = new Set<string>();
  /** `configmaps/ns/name` → pods waiting for it. */
  private readonly waiting = new Map<string, Set<string>>();
  private readonly pvTrees = new Map<string, Tree>();
  readonly rng: Rng;
  readonly storage: Storage;

  constructor(readonly ctx: SimContext) {
    this.rng = ctx.rng.fork('kubelet');
    this.storage = {
      hostPath: (node, path, create) => {
        const n = this.nodes.get(node);
        if (!n) return undefined;
        let t = n.hostPaths.get(path);
        if (!t && create) {
          t = new Tree(this.ctx.clock.now());
          n.hostPaths.set(path, t);
        }
        return t;
      },
      pv: (name) => {
        let t = this.pvTrees.get(name);
        if (!t) {
          t = new Tree(this.ctx.clock.now(), 0o755);
          this.pvTrees.set(name, t);
        }
        return t;
      },
      wipe: (key) => {
        this.pvTrees.get(key)?.root.children!.clear();
      },
    };
    ctx.config.nodes.forEach((cfg, i) => this.nodes.set(cfg.name, newNodeState(cfg, i, ctx.config.podCIDRPrefix, ctx.clock.now())));
  }

  observe(ev: WatchEvent): void {
    if (ev.resource === 'pods') {
      const node = ev.object.spec?.nodeName;
      if ((node && this.nodes.has(node)) || ev.type === 'DELETED') {
        const key = podKey(ev.object.metadata.namespace!, ev.object.metadata.name!);
        if (ev.type !== 'DELETED' || this.pods.has(key)) this.dirty.add(key);
      }
      return;
    }
    if (ev.resource === 'configmaps' || ev.resource === 'secrets' || ev.resource === 'persistentvolumeclaims') {
      const key = `${ev.resource}/${ev.object.metadata.namespace}/${ev.object.metadata.name}`;
      if (ev.type === 'MODIFIED' && ev.resource !== 'persistentvolumeclaims') this.scheduleVolumeRefresh(ev.resource, ev.object.metadata.namespace!, ev.object.metadata.name!);
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
    if (!this.dirty.size && !this.statusDirty.size) return false;
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
      const refused = admissionRefusal(this.ctx.api.get('nodes', undefined, node.name), pod);
      if (refused) return this.reject(pod, 'Evicted', refused);
      rt = this.admit(pod, node);
    }
    rt.pod = pod;
    if (pod.metadata.deletionTimestamp) this.terminate(rt);
  }

  /** rejectPod: an admission handler said no; the pod fails at once, nothing runs. */
  private reject(pod: KObject, reason: string, message: string): void {
    this.ctx.events.record(pod, 'Warning', reason, message, { component: 'kubelet', host: pod.spec?.nodeName });
    const upd: KObject = { ...pod, status: { ...(pod.status ?? {}), phase: 'Failed', reason, message: `Pod was rejected: ${message}`, qosClass: podQOS(pod) } };
    this.ctx.api.updateStatus(upd);
  }

  private admit(pod: KObject, node: NodeState): PodRt {
    const hostNetwork = !!pod.spec?.hostNetwork;
    const rt: PodRt = {
      uid: pod.metadata.uid!,
      ns: pod.metadata.namespace!,
      name: pod.metadata.name!,
      node: node.name,
      ip: hostNetwork ? node.ip : '',
      hostIP: node.ip,
      pod,
      containers: [
        ...(pod.spec?.initContainers ?? []).map((s: unknown) => this.newContainer(s, true)),
        ...(pod.spec?.containers ?? []).map((s: unknown) => this.newContainer(s, false)),
      ],
      sandboxReady: false,
      volumes: new Map(),
      volumesReady: false,
      timers: new Set(),
      terminating: false,
      conditionTimes: new Map(),
    };
    // the kubelet's default waiting state: PodInitializing whenever the pod has init containers
    const hasInit = rt.containers.some((x) => x.init);
    for (const c of rt.containers) c.state = { waiting: { reason: hasInit ? 'PodInitializing' : 'ContainerCreating' } };
    this.pods.set(podKey(rt.ns, rt.name), rt);
    rt.startTime = this.ctx.clock.isoNow();
    this.writeStatus(rt);
    this.setupVolumes(rt);
    return rt;
  }

  private newContainer(spec: any, init: boolean): ContainerRt {
    return {
      name: spec.name,
      spec,
      init,
      state: {},
      lastState: {},
      restartCount: 0,
      ready: false,
      started: false,
      logs: '',
      logTimes: [],
      env: {},
      backoff: 0,
      busy: false,
      done: false,
      pullBackoff: 0,
      clockOffset: { ms: 0 },
    };
  }

  /** Mount volumes; a missing ConfigMap/Secret/claim keeps the pod in ContainerCreating until it appears. */
  private setupVolumes(rt: PodRt): void {
    const node = this.nodes.get(rt.node)!;
    const r = setupVolumes(this.ctx.api, rt.pod, this.storage, { cpu: node.config.cpu, memory: node.config.memory }, this.ctx.clock.now());
    if (!r.ok) {
      rt.blocked = r.error;
      if (r.waitOn) this.waitOn(r.waitOn, rt);
      if (!r.error.includes('unbound immediate')) this.event(rt, 'Warning', 'FailedMount', r.error);
      return;
    }
    rt.blocked = undefined;
    rt.volumes = r.volumes;
    rt.volumesReady = true;
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

  /** ConfigMap and Secret volumes follow changes after the kubelet's next sync (a few seconds to a minute). */
  private scheduleVolumeRefresh(resource: string, ns: string, name: string): void {
    const isCm = resource === 'configmaps';
    const uses = (v: any) =>
      (isCm ? v.configMap?.name === name : v.secret?.secretName === name) ||
      (v.projected?.sources ?? []).some((s: any) => (isCm ? s.configMap?.name : s.secret?.name) === name);
    for (const rt of this.pods.values()) {
      if (rt.ns !== ns || !rt.volumesReady || rt.terminating) continue;
      const vols: string[] = (rt.pod.spec?.volumes ?? []).filter(uses).map((v: { name: string }) => v.name);
      if (!vols.length) continue;
      this.after(rt, 5_000 + this.rng.int(55_000), () => {
        const node = this.nodes.get(rt.node)!;
        const r = setupVolumes(this.ctx.api, rt.pod, this.storage, { cpu: node.config.cpu, memory: node.config.memory }, this.ctx.clock.now());
        if (!r.ok) return;
        for (const v of vols) {
          const cur = rt.volumes.get(v);
          const next = r.volumes.get(v);
          if (!cur || !next) continue;
          const subPathUsers = rt.containers.some((c) => (c.spec.volumeMounts ?? []).some((m: { name: string; subPath?: string }) => m.name === v && m.subPath));
          const merged = next.tree.root.children!;
          // subPath mounts keep the old file: keep its data directory around
          if (subPathUsers) for (const [k, n] of cur.tree.root.children!) if (k.startsWith('..') && k !== '..data' && !merged.has(k)) merged.set(k, n);
          cur.tree.root.children = merged;
        }
      });
    }
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
        this.createAndStart(rt, c);
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
    this.ensureImage(rt, c, () => this.createAndStart(rt, c));
  }

  /** Pull per imagePullPolicy through the node's serialized puller, with the kubelet's events and back-off. */
  private ensureImage(rt: PodRt, c: ContainerRt, then: () => void): void {
    const node = this.nodes.get(rt.node)!;
    const image: string = c.spec.image ?? '';
    let res = resolveImage(image);
    const field = this.fieldPath(c);
    if (!res.ok && res.invalid) {
      c.busy = false;
      c.state = { waiting: { reason: 'InvalidImageName', message: `Failed to apply default image tag "${image}": ${res.invalid}` } };
      this.event(rt, 'Warning', 'InspectFailed', `Failed to apply default image tag "${image}": ${res.invalid}`, field);
      this.event(rt, 'Warning', 'Failed', 'Error: InvalidImageName', field);
      this.writeStatus(rt);
      return;
    }
    const q = res.ref ? qualified(res.ref) : image;
    const policy = c.spec.imagePullPolicy ?? defaultPullPolicy(image);
    const present = node.images.has(q);
    if (present && policy !== 'Always') {
      this.setImage(c, res);
      this.event(rt, 'Normal', 'Pulled', `Container image "${image}" already present on machine`, field);
      then();
      return;
    }
    if (policy === 'Never') {
      c.busy = false;
      const msg = `Container image "${image}" is not present with pull policy of Never`;
      c.state = { waiting: { reason: 'ErrImageNeverPull', message: msg } };
      this.event(rt, 'Warning', 'ErrImageNeverPull', msg, field);
      this.event(rt, 'Warning', 'Failed', 'Error: ErrImageNeverPull', field);
      this.writeStatus(rt);
      return;
    }
    const denied = this.pullDenied(rt, res);
    if (denied) res = { ok: false, ref: res.ref, error: denied };
    this.event(rt, 'Normal', 'Pulling', `Pulling image "${image}"`, field);
    const now = this.ctx.clock.now();
    // registry round trips, then the layers at a seeded bandwidth (20-60 MB/s)
    // layers another pod is already pulling on this node are shared: only the manifest round trips remain
    const shared = present || node.pulling.has(q);
    const dur = !res.ok ? 400 + this.rng.int(1200) : shared ? 300 + this.rng.int(700) : 500 + Math.round(res.def.size / (20_000 + this.rng.int(40_000)));
    if (res.ok) node.pulling.add(q);
    const start = Math.max(now, node.pullFreeAt);
    const end = start + dur;
    node.pullFreeAt = end;
    this.after(rt, end - now, () => {
      if (rt.terminating) return;
      if (!res.ok) {
        this.pullFailed(rt, c, image, res.error ?? 'not found', then);
        return;
      }
      node.images.add(q);
      node.pulling.delete(q);
      c.pullBackoff = 0;
      this.setImage(c, res);
      this.event(rt, 'Normal', 'Pulled', `Successfully pulled image "${image}" in ${goDuration(dur)} (${goDuration(end - now)} including waiting). Image size: ${res.def.size} bytes.`, field);
      then();
    });
  }

  /** The registry's refusal of a private image when no pull secret holds its credentials. */
  private pullDenied(rt: PodRt, res: ReturnType<typeof resolveImage>): string | undefined {
    if (!res.ref) return undefined;
    const ns = rt.pod.metadata.namespace ?? 'default';
    const { credentials, missing } = pullCredentials((n) => this.ctx.api.tryGet('secrets', ns, n), rt.pod, res.ref.domain);
    if (missing.length) {
      this.event(rt, 'Warning', 'FailedToRetrieveImagePullSecret', `Unable to retrieve some image pull secrets (${missing.join(', ')}); attempting to pull the image may not succeed.`);
    }
    const want = res.ok ? res.def.private : undefined;
    if (!want) return undefined;
    const q = qualified(res.ref);
    const prefix = `failed to pull and unpack image "${q}": failed to resolve reference "${q}": `;
    if (credentials.some((c) => c.username === want.username && c.password === want.password)) return undefined;
    if (credentials.length) return `${prefix}failed to authorize: failed to fetch oauth token: unexpected status from POST request to https://auth.docker.io/token: 401 Unauthorized`;
    // anonymous: Docker Hub answers a private repository as it answers a missing one
    return `${prefix}pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed`;
  }

  private setImage(c: ContainerRt, res: ReturnType<typeof resolveImage>): void {
    if (!res.ok) return;
    c.def = res.def;
    c.imageName = qualified(res.ref);
    c.imageID = `${repoOf(res.ref)}@${res.digest}`;
  }

  private pullFailed(rt: PodRt, c: ContainerRt, image: string, err: string, retry: () => void): void {
    const field = this.fieldPath(c);
    this.event(rt, 'Warning', 'Failed', `Failed to pull image "${image}": ${err}`, field);
    this.event(rt, 'Warning', 'Failed', 'Error: ErrImagePull', field);
    c.state = { waiting: { reason: 'ErrImagePull', message: err } };
    c.pullBackoff = c.pullBackoff ? Math.min(c.pullBackoff * 2, MAX_BACKOFF) : 10;
    const wait = c.pullBackoff * 1000;
    this.writeStatus(rt);
    // the next pod sync finds the image in back-off
    this.after(rt, 1000, () => {
      if (rt.terminating) return;
      c.state = { waiting: { reason: 'ImagePullBackOff', message: `Back-off pulling image "${image}": ErrImagePull: ${err}` } };
      this.event(rt, 'Normal', 'BackOff', `Back-off pulling image "${image}"`, this.fieldPath(c));
      this.event(rt, 'Warning', 'Failed', 'Error: ImagePullBackOff', this.fieldPath(c));
      this.writeStatus(rt);
    });
    c.retryTimer = this.after(rt, wait, () => {
      c.retryTimer = undefined;
      if (rt.terminating) return;
      this.ensureImage(rt, c, retry);
    });
  }

  /** Config, security checks, then the container process; events Created/Started. */
  createAndStart(rt: PodRt, c: ContainerRt): void {
    const field = this.fieldPath(c);
    const pod = rt.pod;
    const node = this.nodes.get(rt.node)!;
    const needsSvc = JSON.stringify([c.spec.env ?? [], c.spec.command ?? [], c.spec.args ?? []]).includes('$(');
    const svc = needsSvc ? serviceEnv(this.ctx.api, rt.ns, pod.spec?.enableServiceLinks !== false) : {};
    const env = resolveEnv(this.ctx.api, pod, c.spec, svc, { cpu: node.config.cpu, memory: node.config.memory });
    const configError = (msg: string) => {
      c.busy = false;
      c.state = { waiting: { reason: 'CreateContainerConfigError', message: msg } };
      this.event(rt, 'Warning', 'Failed', `Error: ${msg}`, field);
      this.writeStatus(rt);
    };
    if (!env.ok) {
      this.waitOn(env.waitOn, rt);
      configError(env.error);
      return;
    }
    const nonRoot = verifyNonRoot(pod, c);
    if (nonRoot) {
      configError(nonRoot);
      return;
    }
    for (const bad of env.invalidKeys) {
      this.event(rt, 'Warning', 'InvalidEnvironmentVariableNames', `Keys [${bad.keys.join(', ')}] from the EnvFrom ${bad.kind} ${bad.ns}/${bad.name} were skipped since they are considered invalid environment variable names.`);
    }
    c.env = Object.fromEntries(env.env);
    const hadRun = !!c.containerID;
    if (hadRun) {
      c.restartCount++;
      c.prevLogs = c.logs;
      c.prevLogTimes = c.logTimes;
      c.logs = '';
      c.logTimes = [];
      c.fs = undefined;
    }
    c.containerID = `containerd://${this.hex(64)}`;
    this.event(rt, 'Normal', 'Created', `Created container: ${c.name}`, field);
    c.busy = false;
    const startErr = startProcess(this, rt, c);
    if (startErr) {
      this.event(rt, 'Warning', 'Failed', `Error: ${startErr}`, field);
      const t = this.ctx.clock.isoNow();
      c.state = { running: { startedAt: t } };
      this.containerExited(rt, c, 128, 'StartError', startErr);
      return;
    }
    this.event(rt, 'Normal', 'Started', `Started container ${c.name}`, field);
    // a new process may take the node's memory: the eviction manager looks at its next tick
    armEviction(this.ctx, this);
    c.started = !c.spec.startupProbe;
    c.ready = !c.spec.readinessProbe && c.started;
    startProbes(this, rt, c);
    this.writeStatus(rt);
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
    if (rt.terminating) {
      this.writeStatus(rt);
      this.finishIfStopped(rt);
      return;
    }
    const policy = rt.pod.spec?.restartPolicy ?? 'Always';
    const restart = policy === 'Always' || (policy === 'OnFailure' && code !== 0) || (c.init && code !== 0 && policy !== 'Never');
    if (c.init && code === 0) {
      c.done = true;
      this.writeStatus(rt);
      this.startNext(rt);
      return;
    }
    if (!restart) {
      c.done = true;
      this.settle(rt);
      return;
    }
    this.writeStatus(rt);
    this.scheduleRestart(rt, c, Date.parse(startedAt));
  }

  private scheduleRestart(rt: PodRt, c: ContainerRt, startedMs: number): void {
    // ten minutes of clean running resets the back-off
    if (this.ctx.clock.now() - startedMs >= 600_000) c.backoff = 0;
    const delay = c.backoff;
    c.backoff = delay === 0 ? 10 : Math.min(delay * 2, MAX_BACKOFF);
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
    const mains = rt.containers.filter((x) => !x.init);
    const initFailed = rt.containers.some((x) => x.init && x.done && (x.state.terminated?.exitCode ?? 0) !== 0);
    if (initFailed || mains.every((x) => x.done)) {
      for (const x of mains) if (!x.done && !x.state.terminated) x.state = { terminated: { exitCode: 0, reason: 'Completed', startedAt: this.ctx.clock.isoNow(), finishedAt: this.ctx.clock.isoNow() } };
      const failed = initFailed || mains.some((x) => (x.state.terminated?.exitCode ?? 0) !== 0);
      rt.final = failed ? 'Failed' : 'Succeeded';
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
    this.ctx.events.record(pod, type, reason, message, { component: SOURCE, host: rt.node }, fieldPath);
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
    const text = JSON.stringify(status);
    if (stored === rt.written?.obj && text === rt.written.text) return;
    if (stored !== rt.written?.obj && text === JSON.stringify(stored.status)) return;
    const upd = { ...stored, status };
    const res = this.ctx.api.updateStatus(upd, text);
    rt.pod = res;
    rt.written = { obj: res, text };
  }

  hex(n: number): string {
    let s = '';
    for (let i = 0; i < n; i++) s += '0123456789abcdef'[this.rng.int(16)];
    return s;
  }

  /** The container's file system, built on first use (image files, kubelet files, volume mounts). */
  fsOf(rt: PodRt, c: ContainerRt): ContainerFs {
    if (!c.fs) c.fs = nodeRootfs(this, rt, c);
    return c.fs;
  }
}
