/**
 * The create and update handlers' check of a body's kind against the URL's resource. The API server
 * decodes the body into the resource's internal type: a kind its scheme does not know, or one that
 * does not convert to that type, fails the decoding (a BadRequest naming both kinds); a kind that
 * converts but from another group-version fails the group-version check that follows.
 */
import { defIdForKind, goTypeName, SCHEMA } from './schema/schema';
import { apiVersionOf, type ResourceType } from './resources';
import { ApiError } from '../types';

/** The scheme's name in its errors: where the legacy scheme is created. */
const SCHEME = 'pkg/api/legacyscheme/scheme.go:30';

/** Kinds every served group-version registers besides its own (metav1's types). */
const META_KINDS = ['Status', 'WatchEvent', 'ListOptions', 'GetOptions', 'DeleteOptions', 'CreateOptions', 'UpdateOptions', 'PatchOptions'];

/**
 * Group-versions the scheme still registers though no v1.34 server serves them (so the generated
 * schema lacks them): their kinds and the internal package each converts to. Sources:
 * staging/src/k8s.io/api/{apps/v1beta1,apps/v1beta2,extensions/v1beta1}/register.go.
 */
const UNSERVED: Record<string, Record<string, string>> = {
  'apps/v1beta1': { Deployment: 'apps', DeploymentRollback: 'apps', Scale: 'apps', StatefulSet: 'apps', ControllerRevision: 'apps' },
  'apps/v1beta2': { Deployment: 'apps', Scale: 'apps', StatefulSet: 'apps', DaemonSet: 'apps', ReplicaSet: 'apps', ControllerRevision: 'apps' },
  'extensions/v1beta1': { Deployment: 'apps', DeploymentRollback: 'apps', Scale: 'apps', DaemonSet: 'apps', ReplicaSet: 'apps', Ingress: 'networking', NetworkPolicy: 'networking' },
};

const REGISTERED_VERSIONS = new Set([...Object.keys(SCHEMA.kinds).map((k) => k.slice(0, k.lastIndexOf('/'))), ...Object.keys(UNSERVED)]);

/** The package of a group's internal types: events.k8s.io's Event is the core one. */
function internalPackage(group: string): string {
  if (group === '' || group === 'events.k8s.io') return 'core';
  return group.split('.')[0];
}

/** A registered kind: the Go type it decodes into (`v1.ConfigMap`) and the internal package it converts to; undefined when the scheme does not know it. */
function registered(apiVersion: string, kind: string): { type: string; internal: string } | undefined {
  const group = apiVersion.includes('/') ? apiVersion.slice(0, apiVersion.indexOf('/')) : '';
  const version = apiVersion.slice(apiVersion.indexOf('/') + 1);
  const id = defIdForKind(apiVersion, kind);
  if (id) return { type: goTypeName(id), internal: internalPackage(group) };
  const unserved = Object.hasOwn(UNSERVED, apiVersion) && Object.hasOwn(UNSERVED[apiVersion], kind) ? UNSERVED[apiVersion][kind] : undefined;
  if (unserved) return { type: `${version}.${kind}`, internal: unserved };
  return REGISTERED_VERSIONS.has(apiVersion) && META_KINDS.includes(kind) ? { type: `v1.${kind}`, internal: 'meta' } : undefined;
}

/** Throw the API server's BadRequest when the body's `apiVersion` / `kind` (defaulted from the URL) cannot be the URL's resource. */
export function checkBodyKind(rt: ResourceType, apiVersion: string, kind: string): void {
  const expected = apiVersionOf(rt);
  if (apiVersion === expected && kind === rt.kind) return;
  const handled = `${kind} in version "${apiVersion.slice(apiVersion.indexOf('/') + 1)}" cannot be handled as a ${rt.kind}`;
  const known = registered(apiVersion, kind);
  if (!known) throw new ApiError(400, 'BadRequest', `${handled}: no kind "${kind}" is registered for version "${apiVersion}" in scheme "${SCHEME}"`);
  const target = internalPackage(rt.group);
  if (kind !== rt.kind || known.internal !== target) {
    throw new ApiError(400, 'BadRequest', `${handled}: converting (${known.type}) to (${target}.${rt.kind}): unknown conversion`);
  }
  throw new ApiError(400, 'BadRequest', `the API version in the data (${apiVersion}) does not match the expected API version (${expected})`);
}
