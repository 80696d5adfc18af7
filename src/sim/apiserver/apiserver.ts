// Over 400 lines: the verbs (create, update, delete) share one pipeline of admission plugins, the store
// and the request log; the errors are errors.ts, the request options request-options.ts.
import type { VirtualClock } from '../clock';
import { InternalError } from '../internal-error';
import { isJsonMap, setOwn } from '../own';
import { decodeError } from './schema/decode';
import type { Rng } from '../random';
import { NAME_ALPHABET } from '../random';
import { PREPARE_WITH_UID } from './strategy';
import { ApiError, type KObject } from '../types';
import { toStoredVersion } from './conversions';
import { apiVersionOf, findByGvk, findByKey, resolveResourceArg, resourceKey, RESOURCES, type ResourceType } from './resources';
import { ObjectStore } from './store';
import { sameJson, sameJsonWithout } from '../same-json';
import { deepCopy } from '../clone';
import { refOf, type ActivityLog } from '../activity/log';
import type { ObjectRef, RequestStep } from '../activity/types';
import type { MetricsSource } from './metrics-api';
import { alreadyExists, notFound, qualifiedResource } from './errors';
import type { DeleteOptions, FieldValidation, ListOptions, WriteOptions } from './request-options';
import { isComponent } from './auth/components';
import type { UserInfo } from './auth/user';

type Operation = 'CREATE' | 'UPDATE' | 'DELETE';

/** What an admission plugin is told about the request. */
export interface AdmissionContext {
  op: Operation;
  rt: ResourceType;
  /** The stored object before the change (UPDATE, DELETE). */
  old?: KObject;
  api: ApiServer;
  dryRun: boolean;
  /** `status` when a controller writes the status subresource. */
  subresource?: 'status';
  /** The user making the request (`system:admin` for the prompt). */
  user: string;
  /** Sent by a simulated component (auth/components.ts isComponent). */
  component: boolean;
  /** Send a warning to the client (the `Warning:` response header kubectl prints). */
  warn(message: string): void;
  /** Unknown fields rejected (Strict, when unset), dropped with a warning (Warn), or dropped (Ignore). */
  fieldValidation?: FieldValidation;
}

/**
 * A step of the request pipeline, in phase order: `decode` (strict schema), `default`,
 * `validate` (field rules; throw ApiError Invalid), `admit` (policy: quota, PSA, namespace lifecycle),
 * `allocate` (cluster IPs, node ports). `release` undoes allocations when the object goes away.
 */
export interface AdmissionPlugin {
  name: string;
  phase: 'decode' | 'default' | 'validate' | 'admit' | 'allocate';
  /** Resource keys (`pods`, `deployments.apps`) this plugin handles; absent means all. */
  resources?: string[];
  /** Mutate `obj` in place or throw an ApiError. */
  run(obj: KObject, ctx: AdmissionContext): void;
  release?(obj: KObject, api: ApiServer): void;
  /** Admission for DELETE requests (`obj` is the stored object); throw to refuse. */
  admitDelete?(obj: KObject, ctx: AdmissionContext): void;
}

const PHASES: AdmissionPlugin['phase'][] = ['decode', 'default', 'validate', 'admit', 'allocate'];

/**
 * The API server: request pipeline (admission plugins) in front of the object store.
 * Reads return stored objects: treat them as read-only and clone before changing.
 */
export class ApiServer {
  readonly store = new ObjectStore();
  private plugins: AdmissionPlugin[] = [];
  /** UIDs come from their own stream: an object created at boot (or a Service's IPAddress) shifts no generated name. */
  private readonly uids: Rng;
  /** Token IDs (the `jti` claim) too: issuing a token shifts no UID. */
  private readonly tokenIds: Rng;
  /** Where warnings of the current client request go (kubectl sets it while a command runs). */
  warningSink?: (message: string) => void;
  /** The control plane's log (the cluster sets it): client requests are recorded with their way through the filters. */
  activity?: ActivityLog;
  /** The aggregated metrics.k8s.io API, once something serves it. */
  metrics?: MetricsSource;
  /** The component whose request is being served (the activity log names it for writes outside its syncs). */
  requester?: UserInfo;
  /** The admission plugins the current client request went through. */
  private admitted?: RequestStep['admission'];

  constructor(
    readonly clock: VirtualClock,
    private readonly rng: Rng,
  ) {
    this.uids = rng.fork('uids');
    this.tokenIds = rng.fork('token-ids');
    for (const rt of ['pods', 'events', 'services', 'endpoints', 'replicasets.apps', 'deployments.apps', 'configmaps', 'secrets']) {
      this.store.addIndex(rt, 'namespace', (o) => [o.metadata.namespace ?? '']);
    }
    this.store.addIndex('pods', 'nodeName', (o) => (o.spec?.nodeName ? [o.spec.nodeName] : []));
    for (const rt of ['pods', 'replicasets.apps']) {
      this.store.addIndex(rt, 'owner', (o) => (o.metadata.ownerReferences ?? []).map((r) => r.uid));
    }
  }

  use(plugin: AdmissionPlugin): void {
    this.plugins.push(plugin);
    this.plugins.sort((a, b) => PHASES.indexOf(a.phase) - PHASES.indexOf(b.phase));
    this.pluginsByKey.clear();
  }

  /**
   * Per resource key: the plugins that handle it, in phase order, all of them and those a component's write
   * runs (no decode or validate). Worked out on first use: every write would otherwise test every plugin.
   */
  private readonly pluginsByKey = new Map<string, { all: AdmissionPlugin[]; unchecked: AdmissionPlugin[] }>();

  private pluginsFor(key: string, skipChecks: boolean): AdmissionPlugin[] {
    let lists = this.pluginsByKey.get(key);
    if (!lists) {
      const all = this.plugins.filter((p) => !p.resources || p.resources.includes(key));
      lists = { all, unchecked: all.filter((p) => p.phase !== 'decode' && p.phase !== 'validate') };
      this.pluginsByKey.set(key, lists);
    }
    return skipChecks ? lists.unchecked : lists.all;
  }

  /** Resolve a manifest's apiVersion/kind, or fail the way kubectl's REST mapper does. */
  kindFor(apiVersion: string | undefined, kind: string | undefined): ResourceType {
    const rt = apiVersion && kind ? findByGvk(apiVersion, kind) : undefined;
    const served = !rt && apiVersion && kind ? RESOURCES.find((r) => apiVersionOf(r) === apiVersion && r.kind.toLowerCase() === kind) : undefined;
    if (served) {
      // kubectl maps a lower-case kind to its resource; the server's scheme knows only the real kind
      const version = apiVersion!.slice(apiVersion!.indexOf('/') + 1);
      const message = `no kind "${kind}" is registered for version "${apiVersion}" in scheme "pkg/api/legacyscheme/scheme.go:30"`;
      throw new ApiError(400, 'BadRequest', `${kind} in version "${version}" cannot be handled as a ${served.kind}: ${message}`, [{ reason: 'FieldValueInvalid', field: 'kind', message }]);
    }
    if (!rt) {
      throw new ApiError(400, 'BadRequest', `no matches for kind "${kind ?? ''}" in version "${apiVersion ?? ''}"`, [], { kind });
    }
    return rt;
  }

  resource(arg: string): ResourceType | undefined {
    return resolveResourceArg(arg) ?? findByKey(arg);
  }

  get(rt: ResourceType | string, namespace: string | undefined, name: string): KObject {
    const r = this.rt(rt);
    const obj = this.store.get(resourceKey(r), r.namespaced ? namespace : undefined, name);
    if (!obj) throw notFound(r, name);
    return obj;
  }

  tryGet(rt: ResourceType | string, namespace: string | undefined, name: string): KObject | undefined {
    const r = this.rt(rt);
    return this.store.get(resourceKey(r), r.namespaced ? namespace : undefined, name);
  }

  list(rt: ResourceType | string, namespace?: string, opts: ListOptions = {}): KObject[] {
    const r = this.rt(rt);
    // a type served for create only (the reviews, bindings) has no list
    if (r.verbs && !r.verbs.includes('list')) throw new ApiError(405, 'MethodNotAllowed', 'the server does not allow this method on the requested resource');
    let items = this.store.list(resourceKey(r), r.namespaced ? namespace : undefined);
    if (opts.labelSelector) items = items.filter((o) => opts.labelSelector!(o.metadata.labels ?? {}));
    if (opts.fieldSelector) items = items.filter(opts.fieldSelector);
    return items;
  }

  create(input: KObject, opts: WriteOptions = {}): KObject {
    const ref = (): ObjectRef => ({ resource: this.refResource(input), namespace: input?.metadata?.namespace ?? opts.namespace, name: String(input?.metadata?.name ?? input?.metadata?.generateName ?? '') });
    return this.logged('create', ref, opts, () => this.doCreate(input, opts));
  }

  private doCreate(served: KObject, opts: WriteOptions): KObject {
    const input = toStoredVersion(served);
    const rt = this.kindFor(input.apiVersion, input.kind);
    refuseUndecodable(input);
    const obj = deepCopy(input);
    const meta = (obj.metadata ??= {});
    if (rt.namespaced) meta.namespace = meta.namespace ?? opts.namespace ?? 'default';
    else delete meta.namespace;
    if (!meta.name && meta.generateName) meta.name = generateName(meta.generateName, this.rng);
    const component = isComponent(opts.identity);
    const ctx: AdmissionContext = { op: 'CREATE', rt, api: this, dryRun: !!opts.dryRun, user: opts.user ?? 'system:admin', component, warn: this.warner(component), fieldValidation: opts.fieldValidation };
    this.runPlugins(obj, ctx, component && !opts.validate);
    const key = resourceKey(rt);
    if (this.store.get(key, meta.namespace, meta.name!)) throw alreadyExists(rt, meta.name!);
    meta.uid = this.newUid();
    PREPARE_WITH_UID[key]?.(obj);
    meta.resourceVersion = opts.dryRun ? undefined : this.store.nextResourceVersion();
    meta.creationTimestamp = this.clock.isoNow();
    if (hasGeneration(rt)) meta.generation = 1;
    obj.apiVersion = apiVersionOf(rt);
    obj.kind = rt.kind;
    if (!opts.dryRun) this.store.put(key, obj, 'ADDED');
    return obj;
  }

  /**
   * Store an object a simulated component generated and that needs no admission (Events from the
   * recorder): identity and timestamps are set, the pipeline is skipped.
   */
  createGenerated(obj: KObject): KObject {
    const rt = this.kindFor(obj.apiVersion, obj.kind);
    const meta = obj.metadata;
    if (this.store.get(resourceKey(rt), meta.namespace, meta.name!)) throw alreadyExists(rt, meta.name!);
    meta.uid = this.newUid();
    meta.resourceVersion = this.store.nextResourceVersion();
    meta.creationTimestamp = this.clock.isoNow();
    this.store.put(resourceKey(rt), obj, 'ADDED');
    return obj;
  }

  /** Replace an object (PUT). A stale `metadata.resourceVersion` gets 409 Conflict. */
  /**
   * `withStatus` (components only): the status is written along with the rest, as the pods/binding
   * subresource sets a pod's node and its PodScheduled condition in one write.
   */
  update(input: KObject, opts: WriteOptions & { subresource?: 'status'; owned?: boolean; withStatus?: boolean } = {}): KObject {
    if (isComponent(opts.identity)) return this.served(opts, () => this.doUpdate(input, opts));
    if (!this.activity) return this.doUpdate(input, opts);
    const ref = (): ObjectRef => ({ resource: this.refResource(input), namespace: input?.metadata?.namespace ?? opts.namespace, name: String(input?.metadata?.name ?? '') });
    return this.logged('update', ref, opts, () => this.doUpdate(input, opts));
  }

  private doUpdate(served: KObject, opts: WriteOptions & { subresource?: 'status'; owned?: boolean; withStatus?: boolean }): KObject {
    const input = toStoredVersion(served);
    const rt = this.kindFor(input.apiVersion, input.kind);
    refuseUndecodable(input);
    const ns = rt.namespaced ? (input.metadata.namespace ?? opts.namespace ?? 'default') : undefined;
    const old = this.store.get(resourceKey(rt), ns, input.metadata.name!);
    if (!old) throw notFound(rt, input.metadata.name!);
    const rv = input.metadata.resourceVersion;
    if (rv && rv !== old.metadata.resourceVersion) {
      throw new ApiError(
        409,
        'Conflict',
        `Operation cannot be fulfilled on ${qualifiedResource(rt)} "${old.metadata.name}": the object has been modified; please apply your changes to the latest version and try again`,
        [],
        { kind: rt.plural, group: rt.group, name: old.metadata.name },
      );
    }
    const component = isComponent(opts.identity);
    if (opts.subresource === 'status' && component) return this.writeStatusFast(rt, old, input, !!opts.dryRun, !!opts.owned);
    // `owned`: the caller built `input` for this write and never touches it again, so it needs no copy
    let obj = opts.owned ? input : deepCopy(input);
    if (opts.subresource === 'status') {
      // the status subresource ignores everything but status
      obj = { ...deepCopy(old), status: obj.status };
    } else if (old.status !== undefined && rt.kind !== 'Namespace' && !(opts.withStatus && component)) {
      // the main resource ignores status changes (status subresource semantics); the stored status is
      // immutable and can be shared, unless defaulting fills in its phase
      obj.status = STATUS_DEFAULTED.has(rt.kind) ? deepCopy(old.status) : old.status;
    }
    // identity and server-owned metadata cannot be changed by a PUT
    obj.metadata = withoutUndefined(
      {
        ...obj.metadata,
        namespace: ns,
        uid: old.metadata.uid,
        creationTimestamp: old.metadata.creationTimestamp,
        deletionTimestamp: old.metadata.deletionTimestamp,
        deletionGracePeriodSeconds: old.metadata.deletionGracePeriodSeconds,
        generation: old.metadata.generation,
      },
      SERVER_OPTIONAL,
    );
    const ctx: AdmissionContext = {
      op: 'UPDATE',
      rt,
      old,
      api: this,
      dryRun: !!opts.dryRun,
      subresource: opts.subresource,
      user: opts.user ?? 'system:admin',
      component,
      warn: this.warner(component),
      fieldValidation: opts.fieldValidation,
    };
    this.runPlugins(obj, ctx, component);
    obj.apiVersion = apiVersionOf(rt);
    obj.kind = rt.kind;
    obj.metadata.resourceVersion = old.metadata.resourceVersion;
    // compared as their serializations would be, without making them
    const specDiffers = !sameJsonWithout(obj, old, NOT_BODY);
    if (hasGeneration(rt) && specDiffers) obj.metadata.generation = (old.metadata.generation ?? 1) + 1;
    // no-op writes keep the resourceVersion and wake no watcher
    if (!specDiffers && sameJson(obj.metadata, old.metadata) && sameJson(obj.status, old.status)) return old;
    return this.commit(rt, obj, old, !!opts.dryRun);
  }

  /**
   * A component's status write: only `status` changes, so the new object shares everything else with
   * the stored one (stored objects are immutable) and skips the request pipeline.
   */
  private writeStatusFast(rt: ResourceType, old: KObject, input: KObject, dryRun: boolean, owned: boolean): KObject {
    if (sameJson(input.status, old.status)) return old;
    // `owned`: the caller built this status for the write and never changes it afterwards
    const status = owned ? input.status : deepCopy(input.status);
    const obj: KObject = { ...old, metadata: { ...old.metadata }, status };
    return this.commit(rt, obj, old, dryRun);
  }

  private commit(rt: ResourceType, obj: KObject, old: KObject, dryRun: boolean): KObject {
    obj.metadata.resourceVersion = dryRun ? old.metadata.resourceVersion : this.store.nextResourceVersion();
    if (!dryRun) {
      this.store.put(resourceKey(rt), obj, 'MODIFIED');
      if (obj.metadata.deletionTimestamp && (obj.metadata.finalizers ?? []).length === 0 && !needsGracefulTermination(rt, obj)) {
        this.remove(rt, obj);
      }
    }
    return obj;
  }

  /** `owned`: the caller built `obj.status` for this write and never changes it afterwards, so it is stored without a copy. */
  updateStatus(obj: KObject, opts: Pick<WriteOptions, 'user' | 'identity' | 'sent'> & { owned?: boolean } = {}): KObject {
    return this.update(obj, { ...opts, subresource: 'status' });
  }

  /**
   * Delete. Pods on a node and objects with finalizers get a deletionTimestamp first
   * (the kubelet or the finalizer's owner removes them); everything else goes at once.
   */
  delete(rtArg: ResourceType | string, namespace: string | undefined, name: string, opts: DeleteOptions = {}): KObject {
    const rt = this.rt(rtArg);
    const ref = (): ObjectRef => ({ resource: resourceKey(rt), namespace: rt.namespaced ? (namespace ?? opts.namespace ?? 'default') : undefined, name });
    return this.logged('delete', ref, opts, () => this.doDelete(rt, namespace, name, opts));
  }

  private doDelete(rt: ResourceType, namespace: string | undefined, name: string, opts: DeleteOptions): KObject {
    const ns = rt.namespaced ? (namespace ?? opts.namespace ?? 'default') : undefined;
    const old = this.store.get(resourceKey(rt), ns, name);
    if (!old) throw notFound(rt, name);
    const component = isComponent(opts.identity);
    const dctx: AdmissionContext = { op: 'DELETE', rt, old, api: this, dryRun: !!opts.dryRun, user: opts.user ?? 'system:admin', component, warn: this.warner(component) };
    for (const p of this.plugins) if (p.admitDelete && (!p.resources || p.resources.includes(resourceKey(rt)))) p.admitDelete(old, dctx);
    if (opts.dryRun) return old;
    const grace = opts.gracePeriodSeconds ?? old.spec?.terminationGracePeriodSeconds ?? 30;
    const finalizers = [...(old.metadata.finalizers ?? [])];
    if (opts.propagationPolicy === 'Orphan') finalizers.push('orphan');
    if (opts.propagationPolicy === 'Foreground') finalizers.push('foregroundDeletion');
    const graceful = rt.kind === 'Pod' && !!old.spec?.nodeName && grace > 0 && !isTerminal(old);
    if (finalizers.length === 0 && !graceful && rt.kind !== 'Namespace') {
      this.remove(rt, old);
      return old;
    }
    if (old.metadata.deletionTimestamp) {
      // a second delete may shorten the grace period, never lengthen it
      if (graceful && grace < (old.metadata.deletionGracePeriodSeconds ?? Infinity)) {
        const upd = deepCopy(old);
        upd.metadata.deletionGracePeriodSeconds = grace;
        upd.metadata.resourceVersion = this.store.nextResourceVersion();
        this.store.put(resourceKey(rt), upd, 'MODIFIED');
        return upd;
      }
      if (!graceful && rt.kind === 'Pod' && finalizers.length === 0) this.remove(rt, old);
      return old;
    }
    const upd = deepCopy(old);
    upd.metadata.deletionTimestamp = this.clock.isoNow();
    upd.metadata.deletionGracePeriodSeconds = graceful ? grace : 0;
    upd.metadata.finalizers = finalizers.length ? finalizers : undefined;
    if (!upd.metadata.finalizers) delete upd.metadata.finalizers;
    if (rt.kind === 'Namespace') upd.status = { ...(upd.status ?? {}), phase: 'Terminating' };
    upd.metadata.resourceVersion = this.store.nextResourceVersion();
    this.store.put(resourceKey(rt), upd, 'MODIFIED');
    return upd;
  }

  /** Remove an object from storage now (kubelet after termination, finalizer owners). */
  remove(rtArg: ResourceType | string, obj: KObject): void {
    const rt = this.rt(rtArg);
    const stored = this.store.get(resourceKey(rt), obj.metadata.namespace, obj.metadata.name!);
    if (!stored) return;
    for (const p of this.plugins) if (p.release && (!p.resources || p.resources.includes(resourceKey(rt)))) p.release(stored, this);
    this.store.remove(resourceKey(rt), stored);
  }

  /** Warnings reach the client only for its own requests, not for writes of simulated components. */
  private warner(component: boolean): (m: string) => void {
    return (m) => {
      if (!component) this.warningSink?.(m);
    };
  }

  /** `skipChecks`: a component's write, built from what was decoded and validated already. */
  private runPlugins(obj: KObject, ctx: AdmissionContext, skipChecks: boolean): void {
    for (const p of this.pluginsFor(resourceKey(ctx.rt), skipChecks)) {
      if (this.admitted) {
        const last = this.admitted[this.admitted.length - 1];
        if (last?.phase === p.phase) last.plugins.push(p.name);
        else this.admitted.push({ phase: p.phase, plugins: [p.name] });
      }
      p.run(obj, ctx);
    }
  }

  /**
   * A client request, recorded in the activity log before its write (so the log reads request, then
   * storage) and completed with its outcome. Components' own writes are logged as writes only.
   */
  private logged(verb: RequestStep['verb'], ref: () => ObjectRef, opts: WriteOptions, fn: () => KObject): KObject {
    if (isComponent(opts.identity)) return this.served(opts, fn);
    if (!this.activity) return fn();
    const step = this.activity.request(verb, ref(), opts.user, !!opts.dryRun);
    const outer = this.admitted;
    this.admitted = step.admission;
    try {
      const obj = fn();
      step.object = refOf(this.refResource(obj), obj);
      step.outcome = { resourceVersion: obj.metadata.resourceVersion ?? '' };
      return obj;
    } catch (e) {
      step.outcome = e instanceof ApiError ? { code: e.code, reason: e.reason, message: e.message } : { code: 500, reason: 'InternalError', message: 'an internal error occurred' };
      throw e;
    } finally {
      this.admitted = outer;
    }
  }

  private served(opts: WriteOptions, fn: () => KObject): KObject {
    const outer = this.requester;
    this.requester = opts.identity;
    try {
      return fn();
    } finally {
      this.requester = outer;
    }
  }

  /** The resource key of a request's body, or its kind when the kind is unknown. */
  private refResource(o: KObject): string {
    const rt = typeof o?.apiVersion === 'string' && typeof o?.kind === 'string' ? findByGvk(o.apiVersion, o.kind) : undefined;
    return rt ? resourceKey(rt) : String(o?.kind ?? '');
  }

  private rt(rt: ResourceType | string): ResourceType {
    if (typeof rt !== 'string') return rt;
    const r = findByKey(rt) ?? resolveResourceArg(rt);
    if (!r) throw new InternalError(`unknown resource ${rt}`);
    return r;
  }

  /** A new token's `jti`: a random UUID, as serviceaccount claims.go draws one per token. */
  newTokenId(): string {
    return this.tokenIds.uuid();
  }

  /** Object UIDs: random UUIDs from the seeded generator, as apimachinery's uuid.NewUUID. */
  private newUid(): string {
    return this.uids.uuid();
  }
}

/** Kinds whose defaulting writes into status (phase Pending): their stored status is copied before an update. */
const STATUS_DEFAULTED = new Set(['PersistentVolume', 'PersistentVolumeClaim']);

/** Server-owned metadata fields a PUT leaves out when the stored object has none. */
const SERVER_OPTIONAL = ['deletionTimestamp', 'deletionGracePeriodSeconds', 'generation'];

/**
 * The object without those of `keys` whose value is undefined, other keys in their order: what
 * `delete` would leave, built as a new object (deleting turns an object into a slow dictionary).
 */
function withoutUndefined<T extends Record<string, unknown>>(o: T, keys: string[]): T {
  if (keys.every((k) => o[k] !== undefined)) return o;
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(o)) if (o[k] !== undefined || !keys.includes(k)) setOwn(out, k, o[k]);
  return out as T;
}

/** A body whose metadata is not an object cannot even be routed: the decoder's error comes first. */
function refuseUndecodable(input: KObject): void {
  if (input.metadata === undefined || isJsonMap(input.metadata)) return;
  throw decodeError(input) ?? new ApiError(400, 'BadRequest', 'the object provided is unrecognized (must be of type Object)');
}

/** apiserver SimpleNameGenerator: base truncated to 58 characters plus 5 random ones. */
function generateName(base: string, rng: Rng): string {
  const b = base.length > 58 ? base.slice(0, 58) : base;
  return b + rng.string(5, NAME_ALPHABET);
}

/** Kinds whose registry strategies never set metadata.generation (their PrepareForCreate leaves it alone). */
const NO_GENERATION = new Set(['Event', 'Endpoints', 'ConfigMap', 'Secret', 'Service', 'Namespace', 'ServiceAccount', 'Node', 'PersistentVolume', 'PersistentVolumeClaim', 'LimitRange', 'ResourceQuota', 'ControllerRevision', 'StorageClass', 'CSINode', 'IPAddress', 'ServiceCIDR']);

// rbac and coordination (Leases) strategies set none either
function hasGeneration(rt: ResourceType): boolean {
  return !NO_GENERATION.has(rt.kind) && rt.group !== 'rbac.authorization.k8s.io' && rt.group !== 'coordination.k8s.io';
}

/** Everything but metadata and status is the body: what bumps metadata.generation when it changes. */
const NOT_BODY: ReadonlySet<string> = new Set(['metadata', 'status']);

function isTerminal(pod: KObject): boolean {
  return pod.status?.phase === 'Succeeded' || pod.status?.phase === 'Failed';
}

function needsGracefulTermination(rt: ResourceType, obj: KObject): boolean {
  return rt.kind === 'Pod' && !!obj.spec?.nodeName && !isTerminal(obj) || rt.kind === 'Namespace';
}
