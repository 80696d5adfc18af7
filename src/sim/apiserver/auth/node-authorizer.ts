import type { KObject } from '../../types';
import type { ApiServer } from '../apiserver';
import { NODE_RULES } from './bootstrap-policy';
import { ruleAllows, type RequestAttributes } from './rules';
import type { UserInfo } from './user';

/**
 * kube-apiserver's Node authorizer, first in kubeadm's `--authorization-mode=Node,RBAC`
 * (plugin/pkg/auth/authorizer/node, with v1.34's AuthorizeNodeWithSelectors on): a kubelet reads
 * only the secrets, configmaps, claims and volumes of pods bound to its node, and everything it
 * writes is limited further by the NodeRestriction admission plugin. The graph is computed from the
 * pods on the node instead of kept as a watch-fed graph.
 */

const NODE_PREFIX = 'system:node:';
const NODES_GROUP = 'system:nodes';
const NODE_LEASE_NAMESPACE = 'kube-node-lease';

/** An undecided answer (`allowed` false) carries the authorizer's reason, which the union joins with RBAC's. */
interface NodeDecision {
  allowed: boolean;
  reason: string;
}

const NO_OPINION: NodeDecision = { allowed: false, reason: '' };
const ALLOW: NodeDecision = { allowed: true, reason: '' };
const noOpinion = (reason: string): NodeDecision => ({ allowed: false, reason });

/** The node a user is a kubelet of (nodeidentifier: the system:node: prefix and the system:nodes group), '' for an unnamed one. */
export function nodeIdentity(user: UserInfo): string | undefined {
  if (!user.name.startsWith(NODE_PREFIX) || !user.groups.includes(NODES_GROUP)) return undefined;
  return user.name.slice(NODE_PREFIX.length);
}

type Vertex = 'pod' | 'secret' | 'configmap' | 'pvc' | 'pv' | 'serviceAccount';

/** Names a pod's spec refers to, by kind of vertex (the graph populator's edges pod ← secret/configmap/pvc/serviceaccount). */
function podReferences(pod: KObject, kind: Vertex): string[] {
  const spec = pod.spec ?? {};
  const names: string[] = [];
  const volumes: KObject[] = spec.volumes ?? [];
  const containers: KObject[] = [...(spec.initContainers ?? []), ...(spec.containers ?? []), ...(spec.ephemeralContainers ?? [])];
  if (kind === 'serviceAccount') return spec.serviceAccountName ? [spec.serviceAccountName] : [];
  if (kind === 'pvc') {
    for (const v of volumes) {
      if (v.persistentVolumeClaim?.claimName) names.push(v.persistentVolumeClaim.claimName);
      if (v.ephemeral) names.push(`${pod.metadata.name}-${v.name}`);
    }
    return names;
  }
  const field = kind === 'secret' ? 'secret' : 'configMap';
  const keyRef = kind === 'secret' ? 'secretKeyRef' : 'configMapKeyRef';
  const envFromRef = kind === 'secret' ? 'secretRef' : 'configMapRef';
  if (kind === 'secret') for (const s of spec.imagePullSecrets ?? []) if (s?.name) names.push(s.name);
  for (const v of volumes) {
    if (kind === 'secret' && v.secret?.secretName) names.push(v.secret.secretName);
    if (kind === 'configmap' && v.configMap?.name) names.push(v.configMap.name);
    for (const s of v.projected?.sources ?? []) if (s?.[field]?.name) names.push(s[field].name);
  }
  for (const c of containers) {
    for (const e of c.env ?? []) if (e?.valueFrom?.[keyRef]?.name) names.push(e.valueFrom[keyRef].name);
    for (const e of c.envFrom ?? []) if (e?.[envFromRef]?.name) names.push(e[envFromRef].name);
  }
  return names;
}

/** Whether an object is related to the node through a pod bound to it (hasPathFrom). */
function related(api: ApiServer, node: string, kind: Vertex, namespace: string, name: string): boolean {
  const pods = api.store.byIndex('pods', 'nodeName', node);
  if (kind === 'pod') return pods.some((p) => p.metadata.namespace === namespace && p.metadata.name === name);
  if (kind === 'pv') {
    return pods.some((p) => podReferences(p, 'pvc').some((c) => api.tryGet('persistentvolumeclaims', p.metadata.namespace, c)?.spec?.volumeName === name));
  }
  return pods.some((p) => p.metadata.namespace === namespace && podReferences(p, kind).includes(name));
}

function graphAllows(api: ApiServer, node: string, kind: Vertex, req: RequestAttributes): NodeDecision {
  if (!req.name) return noOpinion('No Object name found');
  return related(api, node, kind, req.namespace ?? '', req.name) ? ALLOW : noOpinion(`no relationship found between node '${node}' and this object`);
}

function authorizeGet(api: ApiServer, node: string, kind: Vertex, req: RequestAttributes): NodeDecision {
  if (req.verb !== 'get') return noOpinion('can only get individual resources of this type');
  if (req.subresource) return noOpinion('cannot get subresource');
  return graphAllows(api, node, kind, req);
}

function authorizeReadNamespaced(api: ApiServer, node: string, kind: Vertex, req: RequestAttributes): NodeDecision {
  if (!['get', 'list', 'watch'].includes(req.verb)) return noOpinion('can only read resources of this type');
  if (req.subresource) return noOpinion('cannot read subresource');
  if (!req.namespace) return noOpinion('can only read namespaced object of this type');
  return graphAllows(api, node, kind, req);
}

function authorizeLease(node: string, req: RequestAttributes): NodeDecision {
  if (!['get', 'create', 'update', 'patch', 'delete'].includes(req.verb)) return noOpinion('can only get, create, update, patch, or delete a node lease');
  if (req.namespace !== NODE_LEASE_NAMESPACE) return noOpinion(`can only access leases in the "${NODE_LEASE_NAMESPACE}" system namespace`);
  // the name of a create is in its body: NodeRestriction checks it
  if (req.verb !== 'create' && req.name !== node) return noOpinion('can only access node lease with the same name as the requesting node');
  return ALLOW;
}

function authorizeNodeObject(node: string, req: RequestAttributes): NodeDecision {
  if (!req.subresource) {
    if (['create', 'update', 'patch'].includes(req.verb)) return ALLOW;
    if (['get', 'list', 'watch'].includes(req.verb)) {
      if (req.name === node) return ALLOW;
      return noOpinion(req.name ? `node '${node}' cannot read '${req.name}', only its own Node object` : `node '${node}' cannot read all nodes, only its own Node object`);
    }
  } else if (req.subresource === 'status' && ['update', 'patch'].includes(req.verb)) return ALLOW;
  return NO_OPINION;
}

function authorizePod(api: ApiServer, node: string, req: RequestAttributes): NodeDecision {
  const sub = req.subresource ?? '';
  if (!sub) {
    if (req.verb === 'get') return authorizeGet(api, node, 'pod', req);
    if (req.verb === 'list' || req.verb === 'watch') {
      // AuthorizeNodeWithSelectors: the kubelet's own informer asks for spec.nodeName=<node>
      if (req.fieldSelector?.some((r) => r.field === 'spec.nodeName' && r.value === node)) return ALLOW;
      return req.name ? graphAllows(api, node, 'pod', req) : noOpinion('can only list/watch pods with spec.nodeName field selector');
    }
    if (req.verb === 'create' || req.verb === 'delete') return ALLOW;
  } else if (sub === 'status' && ['update', 'patch'].includes(req.verb)) return ALLOW;
  else if (sub === 'eviction' && req.verb === 'create') return ALLOW;
  return NO_OPINION;
}

/** The Node authorizer's decision; undefined for a user that is not a kubelet. */
export function authorizeNode(api: ApiServer, user: UserInfo, req: RequestAttributes): NodeDecision | undefined {
  const node = nodeIdentity(user);
  if (node === undefined) return undefined;
  if (!node) return noOpinion(`unknown node for user "${user.name}"`);
  if (req.resourceRequest) {
    const group = req.apiGroup ?? '';
    const resource = `${group}/${req.resource ?? ''}`;
    switch (resource) {
      case '/secrets':
        return authorizeReadNamespaced(api, node, 'secret', req);
      case '/configmaps':
        return authorizeReadNamespaced(api, node, 'configmap', req);
      case '/persistentvolumeclaims':
        if (req.subresource === 'status') {
          if (!['update', 'patch'].includes(req.verb)) return noOpinion('can only get/update/patch this type');
          return graphAllows(api, node, 'pvc', req);
        }
        return authorizeGet(api, node, 'pvc', req);
      case '/persistentvolumes':
        return authorizeGet(api, node, 'pv', req);
      case '/serviceaccounts':
        if (req.verb !== 'create' || !req.name) return noOpinion('can only create tokens for individual service accounts');
        if (req.subresource !== 'token') return noOpinion('can only create token subresource of serviceaccount');
        return graphAllows(api, node, 'serviceAccount', req);
      case 'coordination.k8s.io/leases':
        return authorizeLease(node, req);
      case '/nodes':
        return authorizeNodeObject(node, req);
      case '/pods':
        return authorizePod(api, node, req);
    }
  }
  return NODE_RULES.some((r) => ruleAllows(req, r)) ? ALLOW : NO_OPINION;
}
