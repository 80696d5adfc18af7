/**
 * Node labels replaced by GA names (pkg/api/node/util.go deprecatedNodeLabels, v1.34), and the
 * warning the API server gives for a node selector term that still uses one.
 */
const DEPRECATED_NODE_LABELS: ReadonlyMap<string, string> = new Map([
  ['beta.kubernetes.io/arch', 'deprecated since v1.14; use "kubernetes.io/arch" instead'],
  ['beta.kubernetes.io/os', 'deprecated since v1.14; use "kubernetes.io/os" instead'],
  ['failure-domain.beta.kubernetes.io/region', 'deprecated since v1.17; use "topology.kubernetes.io/region" instead'],
  ['failure-domain.beta.kubernetes.io/zone', 'deprecated since v1.17; use "topology.kubernetes.io/zone" instead'],
  ['beta.kubernetes.io/instance-type', 'deprecated since v1.17; use "node.kubernetes.io/instance-type" instead'],
]);

/** GetWarningsForNodeSelectorTerm: one warning per match expression keyed by a deprecated label. */
export function nodeSelectorTermWarnings(term: unknown, path: string): string[] {
  const exprs = term && typeof term === 'object' && Array.isArray((term as { matchExpressions?: unknown }).matchExpressions) ? (term as { matchExpressions: unknown[] }).matchExpressions : [];
  const out: string[] = [];
  exprs.forEach((e, i) => {
    const key = e && typeof e === 'object' ? (e as { key?: unknown }).key : undefined;
    const msg = typeof key === 'string' ? DEPRECATED_NODE_LABELS.get(key) : undefined;
    if (msg) out.push(`${path}.matchExpressions[${i}].key: ${key} is ${msg}`);
  });
  return out;
}
