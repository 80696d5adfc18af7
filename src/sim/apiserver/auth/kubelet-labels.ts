/**
 * Which Node labels a kubelet may set on its own Node under NodeRestriction (k8s.io/kubelet
 * pkg/apis well_known_labels.go IsKubeletLabel, and the plugin's getForbiddenLabels).
 */

/** The kubernetes.io and k8s.io labels a kubelet may set by name. */
const KUBELET_LABELS = new Set([
  'kubernetes.io/hostname',
  'topology.kubernetes.io/zone',
  'topology.kubernetes.io/region',
  'failure-domain.beta.kubernetes.io/zone',
  'failure-domain.beta.kubernetes.io/region',
  'beta.kubernetes.io/instance-type',
  'node.kubernetes.io/instance-type',
  'kubernetes.io/os',
  'kubernetes.io/arch',
  'beta.kubernetes.io/os',
  'beta.kubernetes.io/arch',
]);

/** Prefixes under which a kubelet may set any label (and their subdomains). */
const KUBELET_LABEL_NAMESPACES = ['kubelet.kubernetes.io', 'node.kubernetes.io'];

/** A prefix no kubelet may set, so that an admin's label can steer workloads to trusted nodes only. */
const NODE_RESTRICTION_NAMESPACE = 'node-restriction.kubernetes.io';

const prefixOf = (key: string) => (key.includes('/') ? key.slice(0, key.indexOf('/')) : '');
const within = (prefix: string, domain: string) => prefix === domain || prefix.endsWith(`.${domain}`);

function isKubeletLabel(key: string): boolean {
  if (KUBELET_LABELS.has(key)) return true;
  const prefix = prefixOf(key);
  return KUBELET_LABEL_NAMESPACES.some((ns) => within(prefix, ns));
}

/** The keys added, removed or changed between two label maps (getModifiedLabels). */
export function modifiedLabels(next: Record<string, string> | undefined, prev: Record<string, string> | undefined): string[] {
  const a = next ?? {};
  const b = prev ?? {};
  const keys = new Set<string>();
  for (const k of Object.keys(a)) if (!Object.hasOwn(b, k) || a[k] !== b[k]) keys.add(k);
  for (const k of Object.keys(b)) if (!Object.hasOwn(a, k) || a[k] !== b[k]) keys.add(k);
  return [...keys];
}

/** Of the modified keys, those a kubelet may not touch, sorted as a Go string set lists them. */
export function forbiddenKubeletLabels(keys: string[]): string[] {
  return keys
    .filter((k) => {
      const prefix = prefixOf(k);
      if (within(prefix, NODE_RESTRICTION_NAMESPACE)) return true;
      return (within(prefix, 'kubernetes.io') || within(prefix, 'k8s.io')) && !isKubeletLabel(k);
    })
    .sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
}
