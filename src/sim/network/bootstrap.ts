import type { SimContext } from '../context';
import { ingressNginxRbac } from './ingress-nginx-rbac';
import type { Component } from '../component';
import { SERVICE_NAME_LABEL, SLICE_RESOURCE } from '../controllers/endpointslice';
import { ApiError, type KObject, type WatchEvent } from '../types';
import { deepCopy } from '../clone';

/** The `kubernetes` Service's address inside the Service CIDR (first address) and the API server port. */
export const API_SERVER_PORT = 6443;
/** kubeadm puts kube-dns at the tenth address of the Service CIDR. */
const KUBE_DNS_OFFSET = 10;

function serviceIP(cidrBase: string, offset: number): string {
  const [a, b, c, d] = cidrBase.split('/')[0].split('.').map(Number);
  const n = ((a << 24) >>> 0) + (b << 16) + (c << 8) + d + offset;
  return [(n >>> 24) & 255, (n >>> 16) & 255, (n >>> 8) & 255, n & 255].join('.');
}

/** The Service objects a kubeadm cluster starts with. */
function bootstrapServices(serviceCIDR: string): KObject[] {
  return [
    {
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name: 'kubernetes', namespace: 'default', labels: { component: 'apiserver', provider: 'kubernetes' } },
      spec: {
        clusterIP: serviceIP(serviceCIDR, 1),
        ports: [{ name: 'https', port: 443, protocol: 'TCP', targetPort: API_SERVER_PORT }],
        sessionAffinity: 'None',
        type: 'ClusterIP',
      },
    },
    {
      apiVersion: 'v1',
      kind: 'Service',
      metadata: {
        name: 'kube-dns',
        namespace: 'kube-system',
        labels: { 'k8s-app': 'kube-dns', 'kubernetes.io/cluster-service': 'true', 'kubernetes.io/name': 'CoreDNS' },
        annotations: { 'prometheus.io/port': '9153', 'prometheus.io/scrape': 'true' },
      },
      spec: {
        clusterIP: serviceIP(serviceCIDR, KUBE_DNS_OFFSET),
        ports: [
          { name: 'dns', port: 53, protocol: 'UDP', targetPort: 53 },
          { name: 'dns-tcp', port: 53, protocol: 'TCP', targetPort: 53 },
          { name: 'metrics', port: 9153, protocol: 'TCP', targetPort: 9153 },
        ],
        selector: { 'k8s-app': 'kube-dns' },
        sessionAffinity: 'None',
        type: 'ClusterIP',
      },
    },
  ];
}

/** The default IngressClass of the simulated ingress-nginx controller. */
const INGRESS_CLASS: KObject = {
  apiVersion: 'networking.k8s.io/v1',
  kind: 'IngressClass',
  metadata: {
    name: 'nginx',
    annotations: { 'ingressclass.kubernetes.io/is-default-class': 'true' },
    labels: {
      'app.kubernetes.io/component': 'controller',
      'app.kubernetes.io/instance': 'ingress-nginx',
      'app.kubernetes.io/name': 'ingress-nginx',
    },
  },
  spec: { controller: 'k8s.io/ingress-nginx' },
};

/** The InternalIP of a node object, if the kubelet reported one. */
export function nodeInternalIP(node: KObject | undefined): string | undefined {
  return (node?.status?.addresses ?? []).find((a: KObject) => a.type === 'InternalIP')?.address;
}

/**
 * Creates the bootstrap Services and IngressClass once their namespaces exist, and plays the API
 * server's endpoint reconciler: Endpoints and EndpointSlice `kubernetes` point at the control-plane
 * node's InternalIP:6443.
 */
export class NetworkBootstrap implements Component {
  readonly name = 'network-bootstrap';
  readonly watches = ['nodes', 'endpoints'];
  private pending: KObject[];
  private nodesChanged = true;

  constructor(private readonly ctx: SimContext) {
    this.pending = [...bootstrapServices(ctx.config.serviceCIDR), INGRESS_CLASS, ...ingressNginxRbac()];
  }

  observe(ev: WatchEvent): void {
    if (ev.resource === 'nodes') this.nodesChanged = true;
    if (ev.resource === 'endpoints' && ev.object.metadata.name === 'kubernetes' && ev.object.metadata.namespace === 'default') this.nodesChanged = true;
  }

  sync(): boolean {
    let worked = false;
    if (this.pending.length) {
      this.pending = this.pending.filter((obj) => {
        try {
          this.ctx.api.create(obj);
          worked = true;
          return false;
        } catch (e) {
          if (!(e instanceof ApiError)) throw e;
          // exists already: done; namespace missing: retry later
          return e.reason !== 'AlreadyExists';
        }
      });
    }
    if (this.nodesChanged) {
      this.nodesChanged = false;
      if (this.reconcileApiEndpoints()) worked = true;
    }
    return worked;
  }

  private masterIPs(): string[] {
    const api = this.ctx.api;
    const names = new Set(this.ctx.config.nodes.filter((n) => n.controlPlane).map((n) => n.name));
    const ips: string[] = [];
    for (const node of api.list('nodes')) {
      const labels = node.metadata.labels ?? {};
      if (!names.has(node.metadata.name!) && !('node-role.kubernetes.io/control-plane' in labels)) continue;
      const ip = nodeInternalIP(node);
      if (ip) ips.push(ip);
    }
    return ips.sort();
  }

  private reconcileApiEndpoints(): boolean {
    const api = this.ctx.api;
    if (!api.tryGet('services', 'default', 'kubernetes')) return false;
    const ips = this.masterIPs();
    if (ips.length === 0) return false;
    let worked = false;
    const subsets = [{ addresses: ips.map((ip) => ({ ip })), ports: [{ name: 'https', port: API_SERVER_PORT, protocol: 'TCP' }] }];
    const ep = api.tryGet('endpoints', 'default', 'kubernetes');
    if (!ep || JSON.stringify(ep.subsets) !== JSON.stringify(subsets)) {
      const obj: KObject = ep
        ? deepCopy(ep)
        : { apiVersion: 'v1', kind: 'Endpoints', metadata: { name: 'kubernetes', namespace: 'default', labels: { 'endpointslice.kubernetes.io/skip-mirror': 'true' } } };
      obj.subsets = subsets;
      if (ep) api.update(obj);
      else api.create(obj);
      worked = true;
    }
    const endpoints = ips.map((ip) => ({ addresses: [ip], conditions: { ready: true } }));
    const ports = [{ name: 'https', port: API_SERVER_PORT, protocol: 'TCP' }];
    const slice = api.tryGet(SLICE_RESOURCE, 'default', 'kubernetes');
    if (!slice || JSON.stringify(slice.endpoints) !== JSON.stringify(endpoints)) {
      const obj: KObject = slice
        ? deepCopy(slice)
        : {
            apiVersion: 'discovery.k8s.io/v1',
            kind: 'EndpointSlice',
            metadata: { name: 'kubernetes', namespace: 'default', labels: { [SERVICE_NAME_LABEL]: 'kubernetes' } },
            addressType: 'IPv4',
          };
      obj.endpoints = endpoints;
      obj.ports = ports;
      if (slice) api.update(obj);
      else api.create(obj);
      worked = true;
    }
    return worked;
  }
}
