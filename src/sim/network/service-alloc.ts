import type { AdmissionContext, AdmissionPlugin, ApiServer } from '../apiserver/apiserver';
import { invalid } from '../apiserver/errors';
import type { Rng } from '../random';
import { ApiError, type KObject, type StatusCause } from '../types';
import { IPADDRESS_RESOURCE, ipAddressOwnedBy, releasedIPAddress } from './ip-address-objects';
import { cidrContains, formatIPv4, parseCidr, parseIPv4, type Cidr } from './ip';

/** Store index names the allocators read: which service holds an address or a node port. */
export const CLUSTER_IP_INDEX = 'clusterIP';
export const NODE_PORT_INDEX = 'nodePort';

/** Service types that get node ports / cluster IPs (upstream needsNodePort / needsClusterIP). */
const needsNodePort = (svc: KObject) => svc.spec?.type === 'NodePort' || svc.spec?.type === 'LoadBalancer';
const needsClusterIP = (svc: KObject) => svc.spec?.type !== 'ExternalName';
const isHeadless = (svc: KObject) => svc.spec?.clusterIP === 'None' || svc.spec?.clusterIPs?.[0] === 'None';

/**
 * Size of the static band at the bottom of a range: min(max(min, size/step), max)
 * (ipallocator uses 16/256/16 over the CIDR size, portallocator 16/128/32 over the port count).
 */
export function staticBandSize(size: number, min: number, max: number, step: number): number {
  if (size <= min) return 0;
  const offset = Math.floor(size / step);
  return Math.max(min, Math.min(max, offset));
}

/**
 * Allocation over an index range [0, size): requested values are checked, dynamic values are drawn
 * from the upper band first (random start, scanning forward), then the lower (static) band.
 */
function allocateFromBands(size: number, offset: number, rng: Rng, isFree: (i: number) => boolean): number | undefined {
  const scan = (lo: number, hi: number): number | undefined => {
    const n = hi - lo;
    if (n <= 0) return undefined;
    const start = rng.int(n);
    for (let k = 0; k < n; k++) {
      const i = lo + ((start + k) % n);
      if (isFree(i)) return i;
    }
    return undefined;
  };
  return scan(offset, size) ?? scan(0, offset);
}

/** Idempotent Service defaults (SetDefaults_Service); a no-op where the defaulting plugin ran first. */
function defaultService(svc: KObject): void {
  const spec = (svc.spec ??= {});
  spec.type ??= 'ClusterIP';
  for (const p of spec.ports ?? []) {
    p.protocol ??= 'TCP';
    if (p.targetPort === undefined || p.targetPort === 0 || p.targetPort === '') p.targetPort = p.port;
  }
  spec.sessionAffinity ??= 'None';
  if (spec.sessionAffinity === 'ClientIP') {
    spec.sessionAffinityConfig ??= {};
    spec.sessionAffinityConfig.clientIP ??= {};
    spec.sessionAffinityConfig.clientIP.timeoutSeconds ??= 10800;
  }
  if (needsNodePort(svc)) spec.externalTrafficPolicy ??= 'Cluster';
  if (spec.type !== 'ExternalName') spec.internalTrafficPolicy ??= 'Cluster';
  if (spec.type === 'LoadBalancer') spec.allocateLoadBalancerNodePorts ??= true;
  if (svc.status === undefined) svc.status = { loadBalancer: {} };
}

/** The Service IP and NodePort allocators, reading what is taken from store indexes (no state to leak). */
export class ServiceAllocator {
  readonly cidr: Cidr;
  /** First and last allocatable address (network and broadcast excluded). */
  private readonly first: number;
  private readonly count: number;
  private readonly ipOffset: number;
  private readonly portBase: number;
  private readonly portCount: number;
  private readonly portOffset: number;

  constructor(
    private readonly api: ApiServer,
    serviceCIDR: string,
    private readonly nodePortRange: [number, number],
    private readonly rng: Rng,
  ) {
    this.cidr = parseCidr(serviceCIDR);
    this.first = this.cidr.base + 1;
    this.count = Math.max(0, this.cidr.size - 2);
    this.ipOffset = staticBandSize(this.cidr.size, 16, 256, 16);
    this.portBase = nodePortRange[0];
    this.portCount = nodePortRange[1] - nodePortRange[0] + 1;
    this.portOffset = staticBandSize(this.portCount, 16, 128, 32);
  }

  /** The admission plugin (phase `allocate`) that fills clusterIP(s), ipFamilies and nodePorts. */
  plugin(): AdmissionPlugin {
    return {
      name: 'ServiceAllocation',
      phase: 'allocate',
      resources: ['services'],
      run: (obj, ctx) => this.admit(obj, ctx),
    };
  }

  /**
   * The strategy step before validation (phase `default`): defaults, then on updates the
   * allocated values a PUT omitted are patched back and fields the new type no longer needs dropped.
   */
  preparePlugin(): AdmissionPlugin {
    return {
      name: 'ServicePrepareForUpdate',
      phase: 'default',
      resources: ['services'],
      run: (obj, ctx) => {
        if (ctx.subresource === 'status' || ctx.op === 'DELETE') return;
        defaultService(obj);
        if (ctx.op === 'UPDATE' && ctx.old) {
          this.patchAllocatedValues(obj, ctx.old);
          this.dropTypeDependentFields(obj, ctx.old);
        }
      },
    };
  }

  /** Band boundaries, for tests and explanations. */
  bands(): { staticIPs: [string, string]; staticPorts: [number, number] } {
    return {
      staticIPs: [formatIPv4(this.first), formatIPv4(this.first + this.ipOffset - 1)],
      staticPorts: [this.portBase, this.portBase + this.portOffset - 1],
    };
  }

  private admit(svc: KObject, ctx: AdmissionContext): void {
    if (ctx.subresource === 'status') return;
    if (ctx.op === 'DELETE') return;
    defaultService(svc);
    const name = svc.metadata.name ?? '';
    const key = `${svc.metadata.namespace}/${name}`;
    if (ctx.op === 'CREATE') {
      // the create will fail with AlreadyExists: allocate nothing
      if (this.api.store.get('services', svc.metadata.namespace, name)) return;
      this.initIPFamilies(svc);
      this.allocClusterIP(svc, key, ctx);
      if (needsNodePort(svc)) this.allocNodePorts(svc, key, ctx, undefined);
      return;
    }
    const old = ctx.old!;
    this.initIPFamilies(svc);
    const oldIP = old.spec?.clusterIPs?.[0] ?? old.spec?.clusterIP;
    const newIP = svc.spec.clusterIPs?.[0] ?? svc.spec.clusterIP;
    if (needsClusterIP(old) && needsClusterIP(svc) && oldIP && newIP && oldIP !== newIP) {
      throw invalid(ctx.rt, name, [
        { reason: 'FieldValueInvalid', field: 'spec.clusterIPs[0]', message: `Invalid value: ${JSON.stringify(newIP)}: may not change once set` },
      ]);
    }
    if (!needsClusterIP(old) && needsClusterIP(svc)) this.allocClusterIP(svc, key, ctx);
    if (needsNodePort(svc)) this.allocNodePorts(svc, key, ctx, old);
  }

  /** ipFamilies / ipFamilyPolicy as the single-stack IPv4 allocator sets them. */
  private initIPFamilies(svc: KObject): void {
    const spec = svc.spec;
    if (spec.type === 'ExternalName') {
      delete spec.ipFamilies;
      delete spec.ipFamilyPolicy;
      return;
    }
    if (spec.clusterIP && !spec.clusterIPs?.length) spec.clusterIPs = [spec.clusterIP];
    if (!spec.clusterIP && spec.clusterIPs?.length) spec.clusterIP = spec.clusterIPs[0];
    const selectorless = !spec.selector || Object.keys(spec.selector).length === 0;
    // headless services without a selector may be dual-stack; everything else is single-stack here
    spec.ipFamilyPolicy ??= isHeadless(svc) && selectorless ? 'RequireDualStack' : 'SingleStack';
    if (!spec.ipFamilies?.length) spec.ipFamilies = ['IPv4'];
  }

  private allocClusterIP(svc: KObject, key: string, ctx: AdmissionContext): void {
    const spec = svc.spec;
    if (!needsClusterIP(svc) || isHeadless(svc)) return;
    const requested: string | undefined = spec.clusterIPs?.[0] || spec.clusterIP || undefined;
    if (requested) {
      const n = parseIPv4(requested);
      const fail = (detail: string): never => {
        throw invalid(ctx.rt, svc.metadata.name ?? '', [
          {
            reason: 'FieldValueInvalid',
            field: 'spec.clusterIPs',
            message: `Invalid value: ${JSON.stringify(spec.clusterIPs ?? [requested])}: failed to allocate IP ${requested}: ${detail}`,
          },
        ]);
      };
      if (n === undefined) return; // malformed addresses are the validation plugin's to report
      if (!cidrContains(this.cidr, n) || n < this.first || n >= this.first + this.count) {
        fail(`provided IP is not in the valid range. The range of valid IPs is ${this.cidr.text}`);
      }
      if (this.ipHolder(requested, key)) fail('provided IP is already allocated');
      spec.clusterIP = requested;
      spec.clusterIPs = [requested];
      return;
    }
    const idx = allocateFromBands(this.count, this.ipOffset, this.rng, (i) => !this.ipHolder(formatIPv4(this.first + i), key));
    if (idx === undefined) throw new ApiError(500, 'InternalError', 'Internal error occurred: failed to allocate a serviceIP: range is full');
    const ip = formatIPv4(this.first + idx);
    spec.clusterIP = ip;
    spec.clusterIPs = [ip];
  }

  private allocNodePorts(svc: KObject, key: string, ctx: AdmissionContext, old: KObject | undefined): void {
    const ports: KObject[] = svc.spec.ports ?? [];
    const allocate = svc.spec.type === 'NodePort' || svc.spec.allocateLoadBalancerNodePorts !== false;
    const byServicePort = new Map<number, number>();
    const taken = new Set<number>();
    const causes: StatusCause[] = [];
    const check = (np: number, i: number): boolean => {
      let detail: string | undefined;
      if (np < this.nodePortRange[0] || np > this.nodePortRange[1]) {
        detail = `provided port is not in the valid range. The range of valid ports is ${this.nodePortRange[0]}-${this.nodePortRange[1]}`;
      } else if (taken.has(np) || this.portHolder(np, key)) {
        detail = 'provided port is already allocated';
      }
      if (detail) causes.push({ reason: 'FieldValueInvalid', field: `spec.ports[${i}].nodePort`, message: `Invalid value: ${np}: ${detail}` });
      return !detail;
    };
    for (let i = 0; i < ports.length; i++) {
      const p = ports[i];
      const already = byServicePort.get(p.port);
      if (already === undefined) {
        // a later port with the same number (TCP and UDP 53) may name the node port both share
        const requested = p.nodePort || ports.slice(i + 1).find((q) => q.port === p.port && q.nodePort)?.nodePort || 0;
        if (requested) {
          if (!check(requested, i)) return this.throwCauses(ctx, svc, causes);
          p.nodePort = requested;
        } else if (allocate) {
          const idx = allocateFromBands(this.portCount, this.portOffset, this.rng, (k) => {
            const np = this.portBase + k;
            return !taken.has(np) && !this.portHolder(np, key);
          });
          if (idx === undefined) throw new ApiError(500, 'InternalError', 'Internal error occurred: failed to allocate a nodePort: range is full');
          p.nodePort = this.portBase + idx;
        } else {
          continue;
        }
        byServicePort.set(p.port, p.nodePort);
        taken.add(p.nodePort);
      } else if (!p.nodePort) {
        p.nodePort = already;
      } else if (p.nodePort !== already) {
        if (!check(p.nodePort, i)) return this.throwCauses(ctx, svc, causes);
        taken.add(p.nodePort);
      }
    }
    // externalTrafficPolicy Local on a LoadBalancer gets a health-check node port
    const wantsHealthCheck = svc.spec.type === 'LoadBalancer' && svc.spec.externalTrafficPolicy === 'Local';
    if (wantsHealthCheck && !svc.spec.healthCheckNodePort) {
      const prev = old?.spec?.healthCheckNodePort;
      const idx = prev
        ? prev - this.portBase
        : allocateFromBands(this.portCount, this.portOffset, this.rng, (k) => !taken.has(this.portBase + k) && !this.portHolder(this.portBase + k, key));
      if (idx === undefined) throw new ApiError(500, 'InternalError', 'Internal error occurred: failed to allocate a HealthCheck NodePort 0: range is full');
      svc.spec.healthCheckNodePort = this.portBase + idx;
    } else if (!wantsHealthCheck) {
      delete svc.spec.healthCheckNodePort;
    }
  }

  private throwCauses(ctx: AdmissionContext, svc: KObject, causes: StatusCause[]): never {
    throw invalid(ctx.rt, svc.metadata.name ?? '', causes);
  }

  /** Upstream patchAllocatedValues: a PUT that omits allocated values keeps them. */
  private patchAllocatedValues(svc: KObject, old: KObject): void {
    const spec = svc.spec;
    if (needsClusterIP(old) && needsClusterIP(svc)) {
      if (!spec.clusterIP && old.spec.clusterIP) spec.clusterIP = old.spec.clusterIP;
      if (!spec.clusterIPs?.length && old.spec.clusterIPs?.length) spec.clusterIPs = [...old.spec.clusterIPs];
    }
    if (needsNodePort(old) && needsNodePort(svc)) {
      const used = new Set((spec.ports ?? []).map((p: KObject) => p.nodePort).filter(Boolean));
      const byName = new Map<string, number>((old.spec.ports ?? []).map((p: KObject) => [p.name ?? '', p.nodePort]));
      for (const p of spec.ports ?? []) {
        const prev = byName.get(p.name ?? '');
        if (!p.nodePort && prev && !used.has(prev)) p.nodePort = prev;
      }
    }
  }

  /** Upstream dropTypeDependentFields: fields the old type needed are cleared when the type no longer needs them. */
  private dropTypeDependentFields(svc: KObject, old: KObject): void {
    const spec = svc.spec;
    const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
    if (needsClusterIP(old) && !needsClusterIP(svc) && same(spec.clusterIPs, old.spec.clusterIPs)) {
      delete spec.clusterIP;
      delete spec.clusterIPs;
    }
    if (needsNodePort(old) && !needsNodePort(svc)) {
      const oldPorts = new Map<string, number>((old.spec.ports ?? []).map((p: KObject) => [`${p.port}/${p.protocol}`, p.nodePort]));
      for (const p of spec.ports ?? []) if (p.nodePort && oldPorts.get(`${p.port}/${p.protocol}`) === p.nodePort) delete p.nodePort;
    }
    if (spec.type !== 'LoadBalancer') {
      if (old.spec.type === 'LoadBalancer' && spec.allocateLoadBalancerNodePorts === old.spec.allocateLoadBalancerNodePorts) delete spec.allocateLoadBalancerNodePorts;
      if (old.spec.type === 'LoadBalancer' && spec.loadBalancerClass === old.spec.loadBalancerClass) delete spec.loadBalancerClass;
    }
    const wantsHealthCheck = (o: KObject) => o.spec?.type === 'LoadBalancer' && o.spec?.externalTrafficPolicy === 'Local';
    if (wantsHealthCheck(old) && !wantsHealthCheck(svc) && spec.healthCheckNodePort === old.spec.healthCheckNodePort) delete spec.healthCheckNodePort;
    if (!needsNodePort(svc) && needsNodePort(old) && spec.externalTrafficPolicy === old.spec.externalTrafficPolicy) delete spec.externalTrafficPolicy;
    if (spec.type === 'ExternalName' && old.spec.type !== 'ExternalName' && spec.internalTrafficPolicy === old.spec.internalTrafficPolicy) delete spec.internalTrafficPolicy;
  }

  /** The other service (ns/name) holding an IP, if any; an IPAddress object of another parent holds it too. */
  private ipHolder(ip: string, self: string): string | undefined {
    for (const s of this.api.store.byIndex('services', CLUSTER_IP_INDEX, ip)) {
      const k = `${s.metadata.namespace}/${s.metadata.name}`;
      if (k !== self) return k;
    }
    const held = this.api.store.get(IPADDRESS_RESOURCE, undefined, ip);
    const [namespace, name] = self.split('/');
    if (!held || ipAddressOwnedBy(held, namespace, name) || releasedIPAddress(held, (ns, n) => this.api.store.get('services', ns, n))) return undefined;
    return `ipaddress/${ip}`;
  }

  private portHolder(port: number, self: string): string | undefined {
    for (const s of this.api.store.byIndex('services', NODE_PORT_INDEX, String(port))) {
      const k = `${s.metadata.namespace}/${s.metadata.name}`;
      if (k !== self) return k;
    }
    return undefined;
  }
}

/** Register the store indexes the allocator reads. Must run before services are stored. */
export function addAllocationIndexes(api: ApiServer): void {
  api.store.addIndex('services', CLUSTER_IP_INDEX, (o) =>
    ((o.spec?.clusterIPs as string[] | undefined) ?? (o.spec?.clusterIP ? [o.spec.clusterIP] : [])).filter((ip) => ip && ip !== 'None'),
  );
  api.store.addIndex('services', NODE_PORT_INDEX, (o) => {
    const out = new Set<string>();
    for (const p of o.spec?.ports ?? []) if (p.nodePort) out.add(String(p.nodePort));
    if (o.spec?.healthCheckNodePort) out.add(String(o.spec.healthCheckNodePort));
    return [...out];
  });
}
