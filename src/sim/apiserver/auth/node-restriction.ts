import type { KObject } from '../../types';
import { admissionForbidden } from '../admission/forbidden';
import type { ApiServer } from '../apiserver';
import type { ResourceType } from '../resources';
import { nodeIdentity } from './node-authorizer';
import type { UserInfo } from './user';

/**
 * The NodeRestriction admission plugin kubeadm enables (plugin/pkg/admission/noderestriction):
 * what the Node authorizer lets a kubelet write, limited to its own node: its Node object (not its
 * taints), the status, eviction and deletion of pods bound to it, mirror pods only, its own lease. It runs
 * on the request's object as the authorization wrappers see it (as-user.ts, client.ts).
 */

const MIRROR_POD_ANNOTATION = 'kubernetes.io/config.mirror';

export interface NodeWrite {
  op: 'CREATE' | 'UPDATE' | 'DELETE';
  rt: ResourceType;
  /** The object sent (create, update), or the stored one (delete). */
  obj: KObject;
  /** The request's namespace when the object leaves it out. */
  namespace?: string;
  subresource?: string;
}

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

function podReason(api: ApiServer, node: string, w: NodeWrite): string {
  const old = api.store.get('pods', w.obj.metadata?.namespace ?? w.namespace, w.obj.metadata?.name ?? '');
  if (w.subresource === 'status') {
    if (old?.spec?.nodeName !== node) return `node "${node}" can only update pod status for pods with spec.nodeName set to itself`;
    if (!sameJson(old?.metadata.labels, w.obj.metadata?.labels)) return `node "${node}" cannot update labels through pod status`;
    return '';
  }
  if (w.subresource === 'eviction') return old && old.spec?.nodeName !== node ? `node ${node} can only evict pods with spec.nodeName set to itself` : '';
  if (w.subresource) return '';
  if (w.op === 'DELETE') return old && old.spec?.nodeName !== node ? `node "${node}" can only delete pods with spec.nodeName set to itself` : '';
  if (w.op === 'UPDATE') return `unexpected operation "UPDATE", node "${node}" can only create and delete mirror pods`;
  if (!(MIRROR_POD_ANNOTATION in (w.obj.metadata?.annotations ?? {}))) return `pod does not have "${MIRROR_POD_ANNOTATION}" annotation, node "${node}" can only create mirror pods`;
  if (w.obj.spec?.nodeName !== node) return `node "${node}" can only create pods with spec.nodeName set to itself`;
  return '';
}

function nodeReason(api: ApiServer, node: string, w: NodeWrite): string {
  const name = w.obj.metadata?.name ?? '';
  if (name !== node) return `node "${node}" is not allowed to modify node "${name}"`;
  const old = api.store.get('nodes', undefined, name);
  if (w.op === 'UPDATE' && !w.subresource && old && !sameJson(old.spec?.taints, w.obj.spec?.taints)) return `node "${node}" is not allowed to modify taints`;
  return '';
}

function leaseReason(node: string, w: NodeWrite): string {
  if ((w.obj.metadata?.namespace ?? w.namespace) !== 'kube-node-lease') return 'can only access leases in the "kube-node-lease" system namespace';
  return w.obj.metadata?.name !== node ? 'can only access node lease with the same name as the requesting node' : '';
}

/** Refuse a kubelet's write outside its own node with the plugin's Forbidden; others pass. */
export function admitNodeWrite(api: ApiServer, user: UserInfo, w: NodeWrite): void {
  const node = nodeIdentity(user);
  if (node === undefined) return;
  let reason = '';
  if (!node) reason = `could not determine node from user "${user.name}"`;
  else if (w.rt.group === '' && w.rt.plural === 'pods') reason = podReason(api, node, w);
  else if (w.rt.group === '' && w.rt.plural === 'nodes') reason = nodeReason(api, node, w);
  else if (w.rt.group === 'coordination.k8s.io' && w.rt.plural === 'leases') reason = leaseReason(node, w);
  if (!reason) return;
  // only a create can be named by its generateName prefix
  throw admissionForbidden(w.rt, w.op === 'CREATE' ? w.obj : { ...w.obj, metadata: { name: w.obj.metadata?.name } }, reason);
}
