import type { SimContext } from '../context';
import { slicesForService } from '../controllers/endpointslice';
import { podIP } from '../controllers/service-pods';
import type { KObject } from '../types';
import { nodeInternalIP } from './bootstrap';
import type { PolicyPeer } from './policy';
import { INGRESS_IP } from './state';

/** Lookups kube-proxy and the request tracer share: pods and nodes by address, endpoints, policy peers. */

/** Store index on pods by status.podIP (direct pod-IP traffic). */
export const POD_IP_INDEX = 'podIP';

/** A pod as a NetworkPolicy peer: its address, labels, declared ports and its namespace's labels. */
export function podPeer(ctx: SimContext, pod: KObject): PolicyPeer {
  return {
    ip: podIP(pod) ?? '',
    pod: {
      namespace: pod.metadata.namespace!,
      labels: pod.metadata.labels ?? {},
      ports: (pod.spec?.containers ?? []).flatMap((c: KObject) => c.ports ?? []),
    },
    namespaceLabels: namespaceLabels(ctx, pod.metadata.namespace!),
  };
}

/** A namespace's labels as namespaceSelectors see them. */
export function namespaceLabels(ctx: SimContext, ns: string): Record<string, string> {
  // the API server always sets kubernetes.io/metadata.name
  return { 'kubernetes.io/metadata.name': ns, ...(ctx.api.tryGet('namespaces', undefined, ns)?.metadata.labels ?? {}) };
}

/** The ingress controller as a NetworkPolicy peer (its pods live in namespace ingress-nginx). */
export function ingressPeer(): PolicyPeer {
  return {
    ip: INGRESS_IP,
    pod: { namespace: 'ingress-nginx', labels: { 'app.kubernetes.io/name': 'ingress-nginx', 'app.kubernetes.io/component': 'controller' } },
    namespaceLabels: { 'kubernetes.io/metadata.name': 'ingress-nginx' },
  };
}

/** The pod behind an address; host-network pods share their node's, so prefer one declaring the port. */
export function podByIP(ctx: SimContext, ip: string, port?: number): KObject | undefined {
  const pods = ctx.api.store.byIndex('pods', POD_IP_INDEX, ip).filter((p) => !['Succeeded', 'Failed'].includes(p.status?.phase));
  if (pods.length < 2 || port === undefined) return pods[0];
  const declares = (p: KObject) => (p.spec?.containers ?? []).some((c: KObject) => (c.ports ?? []).some((cp: KObject) => cp.containerPort === port));
  return pods.find(declares) ?? pods.find((p) => !p.spec?.hostNetwork) ?? pods[0];
}

/** Whether an address is the control-plane node's (where kube-apiserver listens on 6443). */
export function isControlPlaneIP(ctx: SimContext, ip: string): boolean {
  const node = nodeByIP(ctx, ip);
  if (!node) return false;
  return ctx.config.nodes.some((n) => n.controlPlane && n.name === node.metadata.name) || 'node-role.kubernetes.io/control-plane' in (node.metadata.labels ?? {});
}

/** Ready endpoints of a service port from its EndpointSlices, as kube-proxy programs them. */
export function serviceEndpoints(ctx: SimContext, svc: KObject, svcPort: KObject): { ip: string; port: number; nodeName?: string }[] {
  const out: { ip: string; port: number; nodeName?: string }[] = [];
  for (const s of slicesForService(ctx.api, svc.metadata.namespace!, svc.metadata.name!)) {
    const p = (s.ports ?? []).find((x: KObject) => (x.name ?? '') === (svcPort.name ?? '') && (x.protocol ?? 'TCP') === (svcPort.protocol ?? 'TCP'));
    if (!p) continue;
    for (const ep of s.endpoints ?? []) {
      if (ep.conditions?.ready === false) continue;
      for (const ip of ep.addresses ?? []) out.push({ ip, port: p.port, nodeName: ep.nodeName });
    }
  }
  return out.sort((a, b) => (a.ip < b.ip ? -1 : a.ip > b.ip ? 1 : 0));
}

/** A request header, case-insensitively. */
export function headerValue(headers: Record<string, string>, name: string): string | undefined {
  for (const [k, v] of Object.entries(headers ?? {})) if (k.toLowerCase() === name) return v;
  return undefined;
}

/** Which node an address belongs to (InternalIP), for NodePort traffic. */
export function nodeByIP(ctx: SimContext, ip: string): KObject | undefined {
  return ctx.api.list('nodes').find((n) => nodeInternalIP(n) === ip);
}
