/**
 * The kubelet's predicate admission handler (k/k pkg/kubelet/lifecycle/predicate.go): a pod bound to the
 * node (by the scheduler or by spec.nodeName) is checked against the pods the kubelet already runs with
 * the scheduler's AdmissionCheck (resources, node affinity, host ports) plus untolerated NoExecute
 * taints; only the first failure becomes the rejection's reason and message.
 */
import type { KObject } from '../types';
import { account, newNodeInfo, podRequest, type NodeInfo, type PodRequest } from '../scheduler/node-info';
import { FILTERS, untoleratedTaint } from '../scheduler/plugins';

export interface Rejection {
  reason: string;
  message: string;
}

/** noderesources.Fits' InsufficientResource order: pods, cpu (milli), memory (bytes); the kubelet names them OutOf<resource>. */
const RESOURCES: { name: string; requested(req: PodRequest): number; used(info: NodeInfo): number; capacity(info: NodeInfo): number }[] = [
  { name: 'pods', requested: () => 1, used: (i) => i.pods, capacity: (i) => i.allocPods },
  { name: 'cpu', requested: (r) => r.cpu, used: (i) => i.cpu, capacity: (i) => i.allocCpu },
  { name: 'memory', requested: (r) => r.memory, used: (i) => i.memory, capacity: (i) => i.allocMemory },
];

/** The AdmissionCheck plugins after the resources, in its order; their reasons are the scheduler's. */
const PREDICATES = ['NodeAffinity', 'NodePorts'].map((name) => FILTERS.find((f) => f.name === name)!);

/** Kubelet static pods skip the taint check (types.IsStaticPod). */
const isStatic = (pod: KObject): boolean => (pod.metadata.annotations?.['kubernetes.io/config.source'] ?? 'api') !== 'api';

/** Why the kubelet on `node` refuses `pod` next to `others` (its active pods), or undefined to admit it. */
export function predicateRejection(node: KObject, pod: KObject, others: KObject[]): Rejection | undefined {
  const info = newNodeInfo(node);
  for (const o of others) account(info, podRequest(o), 1);
  const req = podRequest(pod);
  for (const r of RESOURCES) {
    const requested = r.requested(req);
    // pods always counts; cpu and memory only when the pod asks for some
    const short = r.name === 'pods' ? r.used(info) + 1 > r.capacity(info) : requested > 0 && requested > r.capacity(info) - r.used(info);
    if (short) {
      return { reason: `OutOf${r.name}`, message: `Node didn't have enough resource: ${r.name}, requested: ${requested}, used: ${r.used(info)}, capacity: ${r.capacity(info)}` };
    }
  }
  for (const p of PREDICATES) {
    const failed = p.filter(pod, req, info);
    if (failed) return predicateFailure(p.name, failed.reasons[0]);
  }
  if (!isStatic(pod) && untoleratedTaint(pod.spec?.tolerations ?? [], node.spec?.taints ?? [], ['NoExecute'])) {
    return predicateFailure('TaintToleration', "node(s) had taints that the pod didn't tolerate");
  }
  return undefined;
}

/** PredicateFailureError: the reason is the plugin's name. */
function predicateFailure(name: string, desc: string): Rejection {
  return { reason: name, message: `Predicate ${name} failed: ${desc}` };
}
