import { matchesSelector, type LabelSelector } from '../labels';
import type { KObject } from '../types';
import { ipInCidr } from './ip';

/** A container port as the pod spec declares it (named ports resolve through these). */
export interface ContainerPort {
  name?: string;
  containerPort: number;
  protocol?: string;
}

/** One end of a connection as NetworkPolicy sees it: an IP, and the pod (with its namespace's labels) if it is one. */
export interface PolicyPeer {
  ip: string;
  pod?: { namespace: string; labels: Record<string, string>; ports?: ContainerPort[] };
  /** Labels of the pod's namespace (namespaceSelector). */
  namespaceLabels?: Record<string, string>;
}

export interface PolicyVerdict {
  allowed: boolean;
  /** The direction that denied the connection and the policies that isolated the pod. */
  deniedBy?: { direction: 'Ingress' | 'Egress'; namespace: string; policies: string[] };
}

/** policyTypes as defaulted: Ingress always, Egress when egress rules exist. */
export function policyTypes(np: KObject): string[] {
  if (np.spec?.policyTypes?.length) return np.spec.policyTypes;
  return np.spec?.egress?.length ? ['Ingress', 'Egress'] : ['Ingress'];
}

function selects(np: KObject, pod: PolicyPeer['pod']): boolean {
  if (!pod || np.metadata.namespace !== pod.namespace) return false;
  return matchesSelector((np.spec?.podSelector ?? {}) as LabelSelector, pod.labels);
}

/** A from/to peer: ipBlock alone, or pod and namespace selectors (both given: AND). */
export function peerMatches(peer: KObject, policyNs: string, other: PolicyPeer): boolean {
  if (peer.ipBlock) {
    if (!ipInCidr(other.ip, peer.ipBlock.cidr)) return false;
    return !(peer.ipBlock.except ?? []).some((c: string) => ipInCidr(other.ip, c));
  }
  if (!other.pod) return false;
  if (peer.namespaceSelector) {
    if (!matchesSelector(peer.namespaceSelector, other.namespaceLabels ?? {})) return false;
  } else if (other.pod.namespace !== policyNs) {
    return false;
  }
  if (peer.podSelector && !matchesSelector(peer.podSelector, other.pod.labels)) return false;
  return true;
}

/** A rule's port entry against the destination port; named ports resolve on the destination pod. */
function portMatches(entry: KObject, port: number, protocol: string, dst: PolicyPeer): boolean {
  if ((entry.protocol ?? 'TCP') !== protocol) return false;
  if (entry.port === undefined) return true;
  if (typeof entry.port === 'number') {
    return entry.endPort !== undefined ? port >= entry.port && port <= entry.endPort : port === entry.port;
  }
  const named = (dst.pod?.ports ?? []).find((p) => p.name === entry.port && (p.protocol ?? 'TCP') === protocol);
  return named?.containerPort === port;
}

function ruleAllows(rule: KObject, peers: KObject[] | undefined, policyNs: string, other: PolicyPeer, port: number, protocol: string, dst: PolicyPeer): boolean {
  const ports: KObject[] | undefined = rule.ports;
  if (ports?.length && !ports.some((p) => portMatches(p, port, protocol, dst))) return false;
  if (peers?.length && !peers.some((p) => peerMatches(p, policyNs, other))) return false;
  return true;
}

/**
 * Whether a connection from `src` to `dst`:`port` is allowed (k8s-facts §12). A pod is isolated in a
 * direction only if a policy selects it with that policy type; then the union of all such policies'
 * rules decides. `nodeIPOf(dst)` lets traffic from the destination pod's own node through.
 */
export function isTrafficAllowed(
  policies: KObject[],
  src: PolicyPeer,
  dst: PolicyPeer,
  port: number,
  protocol = 'TCP',
  dstNodeIP?: string,
): PolicyVerdict {
  if (src.pod) {
    const isolating = policies.filter((np) => policyTypes(np).includes('Egress') && selects(np, src.pod));
    if (isolating.length) {
      const ok = isolating.some((np) => (np.spec?.egress ?? []).some((r: KObject) => ruleAllows(r, r.to, np.metadata.namespace!, dst, port, protocol, dst)));
      if (!ok) return { allowed: false, deniedBy: { direction: 'Egress', namespace: src.pod.namespace, policies: isolating.map((np) => np.metadata.name!) } };
    }
  }
  if (dst.pod && !(dstNodeIP && src.ip === dstNodeIP)) {
    const isolating = policies.filter((np) => policyTypes(np).includes('Ingress') && selects(np, dst.pod));
    if (isolating.length) {
      const ok = isolating.some((np) => (np.spec?.ingress ?? []).some((r: KObject) => ruleAllows(r, r.from, np.metadata.namespace!, src, port, protocol, dst)));
      if (!ok) return { allowed: false, deniedBy: { direction: 'Ingress', namespace: dst.pod.namespace, policies: isolating.map((np) => np.metadata.name!) } };
    }
  }
  return { allowed: true };
}
