/**
 * Strategic-merge metadata (the `patchMergeKey` / `patchStrategy` tags of the k8s.io/api types) as data.
 * A list field either merges by a key, merges as a set of primitives, or is replaced whole (atomic).
 */
export type ListStrategy = { mergeKey: string } | { primitiveMerge: true };

interface Rule {
  /** The list field's name. */
  field: string;
  /** The field just above it (ignoring list indexes), when the name alone is ambiguous. */
  parent?: string;
  /** Only for objects of this kind (top-level path), e.g. Service `spec.ports`. */
  kind?: string;
  strategy: ListStrategy;
}

const CONTAINER_LISTS = ['containers', 'initContainers', 'ephemeralContainers'];

export const MERGE_RULES: Rule[] = [
  ...CONTAINER_LISTS.map((field) => ({ field, strategy: { mergeKey: 'name' } })),
  ...CONTAINER_LISTS.map((parent) => ({ field: 'ports', parent, strategy: { mergeKey: 'containerPort' } })),
  { field: 'ports', parent: 'spec', kind: 'Service', strategy: { mergeKey: 'port' } },
  { field: 'env', strategy: { mergeKey: 'name' } },
  { field: 'volumeMounts', strategy: { mergeKey: 'mountPath' } },
  { field: 'volumeDevices', strategy: { mergeKey: 'devicePath' } },
  { field: 'resizePolicy', strategy: { mergeKey: 'resourceName' } },
  { field: 'volumes', strategy: { mergeKey: 'name' } },
  { field: 'imagePullSecrets', strategy: { mergeKey: 'name' } },
  { field: 'hostAliases', strategy: { mergeKey: 'ip' } },
  { field: 'topologySpreadConstraints', strategy: { mergeKey: 'topologyKey' } },
  { field: 'secrets', kind: 'ServiceAccount', strategy: { mergeKey: 'name' } },
  { field: 'ownerReferences', parent: 'metadata', strategy: { mergeKey: 'uid' } },
  { field: 'finalizers', parent: 'metadata', strategy: { primitiveMerge: true } },
  { field: 'conditions', parent: 'status', strategy: { mergeKey: 'type' } },
];

/** The strategy for the list at `path` (field names only) in an object of `kind`; undefined = atomic. */
export function listStrategy(kind: string | undefined, path: string[]): ListStrategy | undefined {
  const field = path[path.length - 1];
  const parent = path[path.length - 2];
  for (const r of MERGE_RULES) {
    if (r.field !== field) continue;
    if (r.parent && r.parent !== parent) continue;
    if (r.kind && (r.kind !== kind || path.length !== 2)) continue;
    return r.strategy;
  }
  return undefined;
}
