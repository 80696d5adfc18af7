/**
 * The keys the API server's objects have in etcd: `/registry/<prefix>/<namespace>/<name>`, or
 * `/registry/<prefix>/<name>` for a cluster-scoped object. The prefix is the resource, a few
 * compiled-in exceptions aside (k/k pkg/kubeapiserver/default_storage_factory_builder.go
 * SpecialDefaultResourcePrefixes); apiextensions and apiregistration objects, and custom resources
 * (a group outside *.k8s.io with a dot), are kept under their group.
 */
import type { ObjectStore } from '../../apiserver/store';

const SPECIAL_PREFIXES: Record<string, string> = {
  replicationcontrollers: 'controllers',
  endpoints: 'services/endpoints',
  services: 'services/specs',
  nodes: 'minions',
  'ingresses.networking.k8s.io': 'ingress',
};

/** Groups whose objects the API server stores once under another group's key (events.k8s.io Events are core Events). */
const SAME_STORAGE = new Set(['events.events.k8s.io']);

/** The etcd prefix of a store resource (`pods`, `deployments.apps`, `crontabs.stable.example.com`). */
function prefixOf(resource: string): string {
  const special = SPECIAL_PREFIXES[resource];
  if (special) return special;
  const dot = resource.indexOf('.');
  if (dot < 0) return resource;
  const [plural, group] = [resource.slice(0, dot), resource.slice(dot + 1)];
  const groupPrefix = group === 'apiextensions.k8s.io' || group === 'apiregistration.k8s.io' || (group.includes('.') && !group.endsWith('.k8s.io'));
  return groupPrefix ? `${group}/${plural}` : plural;
}

/** The /registry keys of every stored object. */
export function registryKeys(store: ObjectStore): string[] {
  const keys: string[] = [];
  for (const resource of store.resources()) {
    if (SAME_STORAGE.has(resource)) continue;
    const prefix = `/registry/${prefixOf(resource)}`;
    for (const o of store.list(resource)) {
      const ns = o.metadata.namespace;
      keys.push(ns ? `${prefix}/${ns}/${o.metadata.name}` : `${prefix}/${o.metadata.name}`);
    }
  }
  return keys;
}
