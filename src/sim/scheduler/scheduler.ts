/**
 * The scheduling cycle of kube-scheduler: its queue, the filter loop over the nodes, scoring, binding, and the
 * cache state these share (over 400 lines because they share it; each plugin's rule lives in its own file:
 * plugins.ts, volumes.ts, scores.ts, topology-spread.ts, interpod-affinity.ts, image-locality.ts).
 */
import type { SimContext } from '../context';
import type { Component } from '../component';
import type { Rng } from '../random';
import { ApiError, type KObject, type WatchEvent } from '../types';
import { fitErrorMessage, type NodeVerdict } from './fit-error';
import { DefaultPreemption, type PostFilterResult, type PreemptionView } from './default-preemption';
import { NominatedPods } from './nominated-pods';
import { account, newNodeInfo, podRequest, type NodeInfo, type PodRequest } from './node-info';
import { FILTERS, termMatches, tolerates, type Taint, type Toleration } from './plugins';
import { balancedAllocationScore, balancedSkips, defaultNormalize, leastAllocatedScore, pluginScores, weightedTotals, type ScorePluginName } from './scores';
import { PlacedPods } from './placed-pods';
import { defaultSpreadSelector, nodeIncluded, spreadConstraints, type SpreadConstraint } from './spread';
import { SPREAD_CONSTRAINTS_NOT_MATCH, spreadFilter, spreadPreFilter, spreadScores, type SpreadView } from './topology-spread';
import { volumeFilter, volumePreBind, volumePreFilter, type VolumeDecision } from './volumes';
import { AFFINITY_RULES_NOT_MATCH, ANTI_AFFINITY_RULES_NOT_MATCH, EXISTING_ANTI_AFFINITY_RULES_NOT_MATCH, affinityFilter, affinityPreFilter, affinityScores, hasPodAffinity, type AffinityWorld, type PlacedPod } from './interpod-affinity';
import { imageLocalityScorer, podImages } from './image-locality';
import { podRef, withCondition, type PodConditionUpdate } from './pod-condition';
import { addServiceSelectorIndex } from '../controllers/service-pods';
import { sameJson } from '../same-json';

const SCHEDULER = 'default-scheduler';

/** The reasons of a node that passed every filter (shared: the activity log only reads them). */
const NO_REASONS: string[] = [];

const key = (p: KObject) => `${p.metadata.namespace}/${p.metadata.name}`;

function wantsScheduling(p: KObject): boolean {
  const s = p.spec ?? {};
  const phase = p.status?.phase;
  return !s.nodeName && (s.schedulerName ?? SCHEDULER) === SCHEDULER && !p.metadata.deletionTimestamp && phase !== 'Succeeded' && phase !== 'Failed' && !(s.schedulingGates ?? []).length;
}

/** The number of feasible nodes to look for (percentageOfNodesToScore, adaptive). */
export function feasibleToFind(all: number): number {
  if (all < 100) return all;
  const pct = Math.max(5, 50 - Math.floor(all / 125));
  return Math.max(100, Math.floor((all * pct) / 100));
}

/** The reasons InterPodAffinity and PodTopologySpread reject a node with: such a pod is tried again when an assigned pod comes or changes. */
const POD_AFFINITY_REASONS = new Set([AFFINITY_RULES_NOT_MATCH, ANTI_AFFINITY_RULES_NOT_MATCH, EXISTING_ANTI_AFFINITY_RULES_NOT_MATCH, SPREAD_CONSTRAINTS_NOT_MATCH]);

/**
 * kube-scheduler: filter plugins, scoring (least allocated, balanced, spread, taints, node and inter-pod
 * affinity, image locality), binding; unschedulable pods wait until a node or an assigned pod changes.
 */
export class Scheduler implements Component {
  readonly name = 'scheduler';
  readonly watches = ['nodes', 'persistentvolumeclaims', 'pods'];
  private readonly nodes = new Map<string, NodeInfo>();
  /** The nodes in the order they are looked at; replaced, never changed, once the activity log holds it. */
  private nodeOrder: string[] = [];
  private nodeOrderShared = false;
  /** Each node's info in nodeOrder's order (worked out again after a node changes): the filter loop reads no map. */
  private orderInfos?: NodeInfo[];
  /** The feasible nodes of the pod being scheduled (refilled for each pod: nothing keeps it). */
  private readonly feasible: NodeInfo[] = [];
  private readonly assigned = new Map<string, { node: string; req: PodRequest; pod: KObject }>();
  /** The keys of assigned pods with podAffinity or podAntiAffinity (NodeInfo.PodsWithAffinity). */
  private readonly withAffinity = new Set<string>();
  /** How many nodes report each image name (the scheduler cache's imageStates). */
  private readonly imageNodes = new Map<string, number>();
  /** Unschedulable pods that InterPodAffinity rejected somewhere: an assigned pod's arrival may let them in. */
  private readonly waitingOnPods = new Set<string>();
  /** The placed pods as InterPodAffinity reads them. */
  private readonly world: AffinityWorld = {
    all: () => this.placedPods(this.assigned.keys()),
    withAffinity: () => this.placedPods(this.withAffinity),
    namespaceLabels: (ns) => this.ctx.api.tryGet('namespaces', undefined, ns)?.metadata.labels,
  };
  /** The pods counted on each known node, for spreading. */
  private readonly placed = new PlacedPods();
  private readonly active = new Set<string>();
  private readonly unschedulable = new Set<string>();
  private nextStart = 0;
  private readonly rng: Rng;

  private flushTimer?: number;
  /** Pods nominated to a node by preemption, counted there while filtering lower-priority pods. */
  private readonly nominated = new NominatedPods();
  private readonly preemption: DefaultPreemption;

  constructor(private readonly ctx: SimContext) {
    this.rng = ctx.rng.fork('scheduler');
    this.preemption = new DefaultPreemption(ctx);
    addServiceSelectorIndex(ctx.api);
  }

  /** Pods left unschedulable are tried again after podMaxInUnschedulablePodsDuration (5 minutes). */
  private armFlush(): void {
    if (this.flushTimer !== undefined) return;
    this.flushTimer = this.ctx.clock.after(5 * 60_000, () => {
      this.flushTimer = undefined;
      if (this.unschedulable.size) this.retryAll();
    }, 'scheduler-flush');
  }

  observe(ev: WatchEvent): void {
    if (ev.resource === 'nodes') {
      this.orderInfos = undefined;
      const name = ev.object.metadata.name!;
      const gone = this.nodes.get(name);
      if (gone) this.countImages(gone, -1);
      if (ev.type === 'DELETED') {
        this.nodes.delete(name);
        this.placed.dropNode(name);
        this.nodeOrder = this.nodeOrder.filter((n) => n !== name);
      } else {
        const old = this.nodes.get(name);
        const info = newNodeInfo(ev.object);
        if (old) {
          for (const f of ['cpu', 'memory', 'nzCpu', 'nzMemory', 'pods'] as const) info[f] = old[f];
          info.ports = old.ports;
        } else {
          if (this.nodeOrderShared) this.nodeOrder = [...this.nodeOrder];
          this.nodeOrderShared = false;
          this.nodeOrder.push(name);
        }
        this.nodes.set(name, info);
        this.countImages(info, 1);
        // a node that changes where it matters may fit waiting pods now
        if (!old || !sameJson([old.node.spec, old.node.metadata.labels, old.node.status?.allocatable], [ev.object.spec, ev.object.metadata.labels, ev.object.status?.allocatable])) this.retryAll();
      }
      return;
    }
    if (ev.resource === 'persistentvolumeclaims') {
      if (ev.type !== 'DELETED') this.retryAll();
      return;
    }
    if (ev.resource !== 'pods') return;
    const p = ev.object;
    const k = key(p);
    const prev = this.assigned.get(k);
    const live = ev.type !== 'DELETED' && !!p.spec?.nodeName && p.status?.phase !== 'Succeeded' && p.status?.phase !== 'Failed';
    if (prev && (!live || prev.pod.metadata.uid !== p.metadata.uid)) {
      const info = this.nodes.get(prev.node);
      if (info) {
        account(info, prev.req, -1);
        this.placed.delete(prev.node, k);
      }
      this.assigned.delete(k);
      this.withAffinity.delete(k);
      // freed resources or ports may let waiting pods in
      this.retryAll();
    }
    if (live && prev && this.assigned.has(k)) {
      // labels or deletion may change whom the pod counts for when spreading
      if (!sameJson(prev.pod.metadata.labels, p.metadata.labels)) this.wakeAffinityWaiters();
      prev.pod = p;
      if (this.nodes.has(prev.node)) this.placed.set(prev.node, k, p);
    }
    if (live && !this.assigned.has(k)) {
      const req = podRequest(p);
      const info = this.nodes.get(p.spec.nodeName);
      if (info) {
        account(info, req, 1);
        this.placed.set(p.spec.nodeName, k, p);
      }
      this.assign(k, p.spec.nodeName, req, p);
    }
    this.nominated.observe(k, ev.type === 'DELETED' || !wantsScheduling(p) ? undefined : p);
    if (ev.type === 'DELETED' || !wantsScheduling(p)) {
      this.active.delete(k);
      this.unschedulable.delete(k);
      this.waitingOnPods.delete(k);
      return;
    }
    if (ev.type === 'ADDED') this.active.add(k);
    else if (this.unschedulable.has(k) && JSON.stringify(ev.old?.spec) !== JSON.stringify(p.spec)) {
      this.unschedulable.delete(k);
      this.active.add(k);
    } else if (!this.unschedulable.has(k)) this.active.add(k);
  }

  /** Count an assigned pod (and whether it has pod affinity); its arrival may satisfy a waiting pod's affinity. */
  private assign(k: string, node: string, req: PodRequest, pod: KObject): void {
    this.assigned.set(k, { node, req, pod });
    if (hasPodAffinity(pod)) this.withAffinity.add(k);
    this.wakeAffinityWaiters();
  }

  private wakeAffinityWaiters(): void {
    for (const k of this.waitingOnPods) {
      if (this.unschedulable.delete(k)) this.active.add(k);
    }
    this.waitingOnPods.clear();
  }

  /** The assigned pods of these keys that are on a node the scheduler knows, with that node. */
  private *placedPods(keys: Iterable<string>, removed?: ReadonlySet<KObject>): Iterable<PlacedPod> {
    for (const k of keys) {
      const a = this.assigned.get(k);
      const info = a && this.nodes.get(a.node);
      if (info && !removed?.has(a.pod)) yield { pod: a.pod, node: info.node };
    }
  }

  /** The placed pods as InterPodAffinity would read them with `removed` gone. */
  private worldWithout(removed: ReadonlySet<KObject>): AffinityWorld {
    return { ...this.world, all: () => this.placedPods(this.assigned.keys(), removed), withAffinity: () => this.placedPods(this.withAffinity, removed) };
  }

  private countImages(info: NodeInfo, sign: 1 | -1): void {
    for (const name of info.images.keys()) {
      const n = (this.imageNodes.get(name) ?? 0) + sign;
      if (n > 0) this.imageNodes.set(name, n);
      else this.imageNodes.delete(name);
    }
  }

  private retryAll(): void {
    for (const k of this.unschedulable) this.active.add(k);
    this.unschedulable.clear();
  }

  sync(): boolean {
    if (!this.active.size) return false;
    const pods: KObject[] = [];
    for (const k of this.active) {
      const [ns, name] = k.split('/');
      const p = this.ctx.api.tryGet('pods', ns, name);
      if (p && wantsScheduling(p)) pods.push(p);
    }
    this.active.clear();
    // PrioritySort: higher priority first, then first come
    pods.sort((a, b) => (b.spec?.priority ?? 0) - (a.spec?.priority ?? 0));
    for (const p of pods) this.schedule(p);
    return pods.length > 0;
  }

  private schedule(pod: KObject): void {
    const all = this.nodeOrder.length;
    const req = podRequest(pod);
    const pre = volumePreFilter(this.ctx.api, pod);
    if (pre) {
      this.ctx.activity.schedule({ object: podRef(pod), order: [], start: 0, count: 0 });
      const post = this.preemption.postFilter(pod, [], all, this.preemptionView(pod, req));
      this.fail(pod, fitErrorMessage(all, [], post.message, pre), post.nominate);
      return;
    }
    const claims = (pod.spec?.volumes ?? []).some((v: { persistentVolumeClaim?: unknown }) => v.persistentVolumeClaim);
    const want = feasibleToFind(all);
    const feasible = this.feasible;
    feasible.length = 0;
    const verdicts: NodeVerdict[] = [];
    const decisions = new Map<string, VolumeDecision>();
    const start = this.nextStart;
    let processed = 0;
    // for the activity log, once a node is rejected: each looked-at node's filter reasons, and where the feasible ones are
    let reasons: string[][] | undefined;
    let feasibleAt: number[] | undefined;
    const infos = (this.orderInfos ??= this.nodeOrder.map((n) => this.nodes.get(n)!));
    const hard = spreadConstraints(pod, 'DoNotSchedule', () => defaultSpreadSelector(this.ctx.api, pod));
    const spread = spreadPreFilter(hard, pod.metadata.labels ?? {}, infos, this.spreadView(pod, hard));
    const affinity = affinityPreFilter(pod, this.world);
    // made once: the filter loop asks for it on every node it looks at
    const podKey = key(pod);
    const filterOn = (info: NodeInfo): NodeVerdict | undefined => {
      // pods nominated here with at least this pod's priority hold their room
      const held = this.nominated.withNominated(info, podKey, pod);
      for (const f of FILTERS) {
        const r = f.filter(pod, req, held);
        if (r) return r;
      }
      // a pod without claims passes VolumeBinding on every node with nothing to bind
      if (claims) {
        const v = volumeFilter(this.ctx.api, pod, info.node);
        if (!v.decision) return { reasons: v.reasons, resolvable: false };
        decisions.set(info.node.metadata.name!, v.decision);
      }
      // PodTopologySpread, then InterPodAffinity, run after the volume plugins
      return (spread && spreadFilter(spread, info.node.metadata.labels ?? {})) || (affinity && affinityFilter(affinity, info.node)) || undefined;
    };
    // evaluateNominatedNode: a pod nominated by preemption tries its nominated node alone first, and takes it if it fits
    const nominatedName: string | undefined = pod.status?.nominatedNodeName;
    const nominatedInfo = nominatedName ? this.nodes.get(nominatedName) : undefined;
    if (nominatedInfo && !filterOn(nominatedInfo)) {
      this.nodeOrderShared = true;
      this.ctx.activity.schedule({ object: podRef(pod), order: this.nodeOrder, start: this.nodeOrder.indexOf(nominatedName!), count: 1, chosen: nominatedName });
      this.place(pod, nominatedInfo, decisions);
      return;
    }
    for (; processed < all && feasible.length < want; processed++) {
      const info = infos[(start + processed) % all];
      const verdict = filterOn(info);
      if (verdict) {
        if (!reasons) {
          reasons = new Array<string[]>(processed).fill(NO_REASONS);
          feasibleAt = Array.from({ length: processed }, (_, i) => i);
        }
        verdicts.push(verdict);
        reasons.push(verdict.reasons);
      } else {
        if (reasons) {
          reasons.push(NO_REASONS);
          feasibleAt!.push(processed);
        }
        feasible.push(info);
      }
    }
    this.nextStart = all ? (start + processed) % all : 0;
    // the log reads the looked-at nodes' names from the order array itself
    const order = this.nodeOrder;
    this.nodeOrderShared = true;
    if (!feasible.length) {
      // every node looked at was rejected, in order: PostFilter reads each one's verdict
      const looked = verdicts.map((verdict, i) => ({ info: infos[(start + i) % all], verdict }));
      const view = this.preemptionView(pod, req);
      const post: PostFilterResult = this.preemption.postFilter(pod, looked, all, view);
      this.ctx.activity.schedule({ object: podRef(pod), order, start, count: processed, reasons, ...(post.preempted ? { preempted: post.preempted } : {}) });
      this.preemption.execute(pod, post, view);
      if (verdicts.some((v) => v.reasons.some((r) => POD_AFFINITY_REASONS.has(r)))) this.waitingOnPods.add(key(pod));
      this.fail(pod, fitErrorMessage(all, verdicts, post.message), post.nominate);
      return;
    }
    const scored = feasible.length > 1 ? this.scoreNodes(pod, req, feasible) : undefined;
    const chosen = scored ? this.pick(feasible, scored.totals) : feasible[0];
    // per looked-at node, from per feasible node
    const atLooked = (values: number[]): (number | undefined)[] => {
      if (!feasibleAt) return values;
      const out = new Array<number | undefined>(processed).fill(undefined);
      for (let j = 0; j < feasibleAt.length; j++) out[feasibleAt[j]] = values[j];
      return out;
    };
    const scores = scored && atLooked(scored.totals);
    const plugins = scored?.plugins.map((p) => ({ name: p.name, weight: p.weight, scores: atLooked(p.scores) }));
    this.ctx.activity.schedule({ object: podRef(pod), order, start, count: processed, reasons, scores, plugins, chosen: chosen.node.metadata.name });
    this.place(pod, chosen, decisions);
  }

  /** PreBind (the volumes' decision for the node, if any), then Bind. */
  private place(pod: KObject, chosen: NodeInfo, decisions: Map<string, VolumeDecision>): void {
    const decision = decisions.get(chosen.node.metadata.name!);
    if (decision) {
      try {
        volumePreBind(this.ctx.api, decision, chosen.node.metadata.name!);
      } catch (e) {
        if (!(e instanceof ApiError)) throw e;
        // a volume changed under us: try again with fresh objects
        this.active.add(key(pod));
        return;
      }
    }
    this.bind(pod, chosen);
  }

  /**
   * Each of two or more feasible nodes' total over the default profile's score plugins, normalized and
   * weighted (scores.ts, interpod-affinity.ts, image-locality.ts).
   */
  private scoreNodes(pod: KObject, req: PodRequest, nodes: NodeInfo[]): { totals: number[]; plugins: ReturnType<typeof pluginScores> } {
    const tolerations: Toleration[] = pod.spec?.tolerations ?? [];
    const preferred = pod.spec?.affinity?.nodeAffinity?.preferredDuringSchedulingIgnoredDuringExecution ?? [];
    const perPlugin: Partial<Record<ScorePluginName, number[]>> = {};
    const n = nodes.length;
    // one pair of resource uses, refilled for each node
    const cpu = { requested: 0, allocatable: 0 };
    const memory = { requested: 0, allocatable: 0 };
    const uses = [cpu, memory];
    const fit = new Array<number>(n);
    for (let i = 0; i < n; i++) {
      const info = nodes[i];
      cpu.requested = info.nzCpu + req.nzCpu;
      cpu.allocatable = info.allocCpu;
      memory.requested = info.nzMemory + req.nzMemory;
      memory.allocatable = info.allocMemory;
      fit[i] = leastAllocatedScore(uses);
    }
    perPlugin.NodeResourcesFit = fit;
    if (!balancedSkips([req.cpu, req.memory])) {
      const balanced = new Array<number>(n);
      for (let i = 0; i < n; i++) {
        const info = nodes[i];
        cpu.requested = info.cpu + req.cpu;
        cpu.allocatable = info.allocCpu;
        memory.requested = info.memory + req.memory;
        memory.allocatable = info.allocMemory;
        balanced[i] = balancedAllocationScore(uses);
      }
      perPlugin.NodeResourcesBalancedAllocation = balanced;
    }
    const intolerable = new Array<number>(n);
    for (let i = 0; i < n; i++) {
      const taints: Taint[] | undefined = nodes[i].node.spec?.taints;
      intolerable[i] = taints?.length ? taints.filter((t) => t.effect === 'PreferNoSchedule' && !tolerations.some((x) => tolerates(x, t))).length : 0;
    }
    perPlugin.TaintToleration = defaultNormalize(intolerable, true);
    if (preferred.length) {
      const aff = nodes.map((n) => preferred.reduce((s: number, p: { weight?: number; preference: unknown }) => s + (termMatches(p.preference, n.node) ? (p.weight ?? 0) : 0), 0));
      perPlugin.NodeAffinity = defaultNormalize(aff, false);
    }
    const spread = this.spreadScores(pod, nodes);
    if (spread) perPlugin.PodTopologySpread = spread;
    const affinity = affinityScores(pod, nodes.map((x) => x.node), this.world);
    if (affinity) perPlugin.InterPodAffinity = affinity;
    const imageScore = imageLocalityScorer(podImages(pod), (name) => this.imageNodes.get(name) ?? 0, this.nodes.size);
    perPlugin.ImageLocality = nodes.map((x) => imageScore(x.images));
    return { totals: weightedTotals(perPlugin, n), plugins: pluginScores(perPlugin) };
  }

  /** The highest total; ties broken by the seeded generator (reservoir sampling, as upstream). */
  private pick(nodes: NodeInfo[], totals: number[]): NodeInfo {
    let best: NodeInfo | undefined;
    let bestScore = -1;
    let ties = 0;
    for (let i = 0; i < nodes.length; i++) {
      const score = totals[i];
      if (score > bestScore) {
        best = nodes[i];
        bestScore = score;
        ties = 1;
      } else if (score === bestScore && this.rng.int(++ties) === 0) best = nodes[i];
    }
    return best!;
  }

  /** PodTopologySpread's soft constraints (the pod's own, else the system defaults); undefined when PreScore skips the pod. */
  private spreadScores(pod: KObject, nodes: NodeInfo[]): number[] | undefined {
    const soft = spreadConstraints(pod, 'ScheduleAnyway', () => defaultSpreadSelector(this.ctx.api, pod));
    if (!soft.length) return undefined;
    const all = () => (this.orderInfos ??= this.nodeOrder.map((n) => this.nodes.get(n)!));
    // only the pod's own constraints require a node to have every key (system defaults spread zoneless nodes by hostname)
    return spreadScores(soft, (pod.spec?.topologySpreadConstraints ?? []).length > 0, nodes, all, this.spreadView(pod, soft));
  }

  /** The nodes as PodTopologySpread reads them for these constraints of a pod (each selector's bucket looked up once). */
  private spreadView(pod: KObject, constraints: SpreadConstraint[], removed?: ReadonlySet<KObject>): SpreadView<NodeInfo> {
    const counters = constraints.map((c) => this.placed.counter(c.selector.buckets, removed ? (p) => !removed.has(p) && c.selector.matches(p) : c.selector.matches));
    return {
      labels: (n) => n.node.metadata.labels ?? {},
      included: (i, n) => nodeIncluded(constraints[i], pod, n.node),
      count: (i, n) => counters[i](n.node.metadata.name!),
    };
  }

  private bind(pod: KObject, info: NodeInfo): void {
    const node = info.node.metadata.name!;
    // the API server copies what it stores: a shallow copy is enough here. Like the binding subresource
    // (BindingREST.setPodNodeAndMetadata), one write sets the node and the PodScheduled condition.
    const upd: KObject = { ...pod, metadata: { ...pod.metadata }, spec: { ...pod.spec, nodeName: node } };
    upd.status = withCondition(pod.status, { type: 'PodScheduled', status: 'True' }, this.ctx.clock.isoNow());
    let bound: KObject;
    try {
      bound = this.ctx.api.update(upd, { withStatus: true });
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      // the binding subresource is not validated like a spec update
      upd.metadata.resourceVersion = this.ctx.api.store.nextResourceVersion();
      this.ctx.api.store.put('pods', upd, 'MODIFIED');
      bound = upd;
    }
    // assume the pod on its node at once, so the next pod in this batch sees the usage
    const req = podRequest(bound);
    account(info, req, 1);
    this.placed.set(node, key(bound), bound);
    this.assign(key(bound), node, req, bound);
    this.ctx.events.record(bound, 'Normal', 'Scheduled', `Successfully assigned ${pod.metadata.namespace}/${pod.metadata.name} to ${node}`, { component: SCHEDULER });
  }

  /** Record the failure; `nominate` is the node preemption nominated (a nomination is otherwise kept). */
  private fail(pod: KObject, message: string, nominate?: string): void {
    this.unschedulable.add(key(pod));
    this.armFlush();
    this.setCondition(pod, { type: 'PodScheduled', status: 'False', reason: 'Unschedulable', message }, nominate);
    this.ctx.events.record(pod, 'Warning', 'FailedScheduling', message, { component: SCHEDULER });
  }

  private setCondition(pod: KObject, c: PodConditionUpdate, nominate?: string): void {
    const cur = this.ctx.api.tryGet('pods', pod.metadata.namespace, pod.metadata.name!);
    if (!cur) return;
    const conds: Record<string, unknown>[] = cur.status?.conditions ?? [];
    const old = conds.find((x) => x.type === c.type);
    const nominationSame = nominate === undefined || cur.status?.nominatedNodeName === nominate;
    if (old && old.status === c.status && old.reason === c.reason && old.message === c.message && nominationSame) return;
    // only status is written: the rest is shared with the stored object
    const status = withCondition(cur.status, c, this.ctx.clock.isoNow());
    if (nominate) status.nominatedNodeName = nominate;
    this.ctx.api.updateStatus({ ...cur, status });
  }

  /** What DefaultPreemption reads for this pod: the pods on each node and the node-local filters. */
  private preemptionView(pod: KObject, req: PodRequest): PreemptionView {
    const k = key(pod);
    let hard: SpreadConstraint[] | undefined;
    return {
      podsOn: (node) => {
        const out = [];
        for (const a of this.assigned.values()) if (a.node === node) out.push({ pod: a.pod, req: a.req });
        return out;
      },
      fits: (info, removed) => {
        const held = this.nominated.withNominated(info, k, pod);
        for (const f of FILTERS) {
          const r = f.filter(pod, req, held);
          if (r) return r.reasons;
        }
        // PodTopologySpread and InterPodAffinity worked out again without the pods taken off (their PreFilter extensions' RemovePod)
        hard ??= spreadConstraints(pod, 'DoNotSchedule', () => defaultSpreadSelector(this.ctx.api, pod));
        const infos = (this.orderInfos ??= this.nodeOrder.map((n) => this.nodes.get(n)!));
        const spread = spreadPreFilter(hard, pod.metadata.labels ?? {}, infos, this.spreadView(pod, hard, removed));
        const spreadVerdict = spread && spreadFilter(spread, info.node.metadata.labels ?? {});
        if (spreadVerdict) return spreadVerdict.reasons;
        const affinity = affinityPreFilter(pod, this.worldWithout(removed));
        return (affinity && affinityFilter(affinity, info.node))?.reasons;
      },
      nominatedOn: (node) => this.nominated.on(node),
    };
  }
}
