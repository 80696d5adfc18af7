import type { KObject } from '../../types';
import { admissionForbidden } from '../admission/forbidden';
import type { ApiServer } from '../apiserver';
import type { ResourceType } from '../resources';
import { forbiddenKubeletLabels, modifiedLabels } from './kubelet-labels';
import { nodeIdentity } from './node-authorizer';
import type { UserInfo } from './user';

/**
 * The NodeRestriction admission plugin kubeadm enables (plugin/pkg/admission/noderestriction):
 * what the Node authorizer lets a kubelet write, limited to its own node: its Node object (not its
 * taints, only the labels kubelet-labels.ts allows), the status, eviction and deletion of pods bound
 * to it, mirror pods only, tokens only for pods bound to it, its own lease and CSINode. It runs on
 * the request's object as the authorization wrappers see it (as-user.ts, client.ts).
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
  if (w.subresource === 'eviction') return evictionReason(api, node, w);
  if (w.subresource) return `unexpected pod subresource "${w.subresource}", only 'status' and 'eviction' are allowed`;
  if (w.op === 'DELETE') return old && old.spec?.nodeName !== node ? `node "${node}" can only delete pods with spec.nodeName set to itself` : '';
  if (w.op === 'UPDATE') return `unexpected operation "UPDATE", node "${node}" can only create and delete mirror pods`;
  if (!(MIRROR_POD_ANNOTATION in (w.obj.metadata?.annotations ?? {}))) return `pod does not have "${MIRROR_POD_ANNOTATION}" annotation, node "${node}" can only create mirror pods`;
  if (w.obj.spec?.nodeName !== node) return `node "${node}" can only create pods with spec.nodeName set to itself`;
  return '';
}

/** An eviction names the pod it evicts (the Eviction's name); one the server does not have is its NotFound, not this plugin's. */
function evictionReason(api: ApiServer, node: string, w: NodeWrite): string {
  if (w.op !== 'CREATE') return `unexpected operation ${w.op}`;
  const name = w.obj.metadata?.name ?? '';
  if (!name) return 'could not determine pod from request data';
  const pod = api.store.get('pods', w.obj.metadata?.namespace ?? w.namespace, name);
  return pod && pod.spec?.nodeName !== node ? `node ${node} can only evict pods with spec.nodeName set to itself` : '';
}

function nodeReason(api: ApiServer, node: string, w: NodeWrite): string {
  const name = w.obj.metadata?.name ?? '';
  if (name !== node) return `node "${node}" is not allowed to modify node "${name}"`;
  if (w.op === 'CREATE') {
    const forbidden = forbiddenKubeletLabels(modifiedLabels(w.obj.metadata?.labels, undefined));
    return forbidden.length ? `node "${node}" is not allowed to set the following labels: ${forbidden.join(', ')}` : '';
  }
  const old = api.store.get('nodes', undefined, name);
  if (w.op !== 'UPDATE' || w.subresource || !old) return '';
  if (!sameJson(old.spec?.taints, w.obj.spec?.taints)) return `node "${node}" is not allowed to modify taints`;
  const forbidden = forbiddenKubeletLabels(modifiedLabels(w.obj.metadata?.labels, old.metadata.labels));
  return forbidden.length ? `is not allowed to modify labels: ${forbidden.join(', ')}` : '';
}

/** A kubelet's TokenRequest must be bound to a pod (by name and uid) bound to its node. */
function tokenReason(api: ApiServer, node: string, w: NodeWrite): string {
  if (w.op !== 'CREATE' || w.subresource !== 'token') return '';
  const ref = w.obj.spec?.boundObjectRef;
  if (!ref || ref.apiVersion !== 'v1' || ref.kind !== 'Pod' || !ref.name) return 'node requested token not bound to a pod';
  if (!ref.uid) return 'node requested token with a pod binding without a uid';
  const pod = api.store.get('pods', w.obj.metadata?.namespace ?? w.namespace, String(ref.name));
  if (!pod) return '';
  if (ref.uid !== pod.metadata.uid) return `the UID in the bound object reference (${ref.uid}) does not match the UID in record. The object might have been deleted and then recreated`;
  return pod.spec?.nodeName !== node ? 'node requested token bound to a pod scheduled on a different node' : '';
}

function csiNodeReason(node: string, w: NodeWrite): string {
  return (w.obj.metadata?.name ?? '') !== node ? 'can only access CSINode with the same name as the requesting node' : '';
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
  else if (w.rt.group === '' && w.rt.plural === 'serviceaccounts') reason = tokenReason(api, node, w);
  else if (w.rt.group === 'coordination.k8s.io' && w.rt.plural === 'leases') reason = leaseReason(node, w);
  else if (w.rt.group === 'storage.k8s.io' && w.rt.plural === 'csinodes') reason = csiNodeReason(node, w);
  if (!reason) return;
  // only a create can be named by its generateName prefix; a subresource's request names its parent
  throw admissionForbidden(w.rt, w.op === 'CREATE' && !w.subresource ? w.obj : { ...w.obj, metadata: { name: w.obj.metadata?.name } }, reason);
}
