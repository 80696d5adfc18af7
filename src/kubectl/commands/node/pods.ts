import { matchesSelector, type LabelSelector } from '../../../sim/labels';
import { ApiError, type KObject } from '../../../sim/types';
import type { KubectlContext } from '../../context';
import { KubectlError } from '../../errors';

const OWNER_KINDS: Record<string, string> = {
  deploy: 'deployments.apps',
  deployment: 'deployments.apps',
  deployments: 'deployments.apps',
  rs: 'replicasets.apps',
  replicaset: 'replicasets.apps',
  replicasets: 'replicasets.apps',
  sts: 'statefulsets.apps',
  statefulset: 'statefulsets.apps',
  statefulsets: 'statefulsets.apps',
  ds: 'daemonsets.apps',
  daemonset: 'daemonsets.apps',
  daemonsets: 'daemonsets.apps',
  job: 'jobs.batch',
  jobs: 'jobs.batch',
  svc: 'services',
  service: 'services',
  services: 'services',
  rc: 'replicationcontrollers',
  replicationcontroller: 'replicationcontrollers',
};

/** `POD` or `TYPE/NAME`: the pod itself, or the first active pod of a workload or service (AttachablePodForObject). */
export function resolvePod(ctx: KubectlContext, ns: string, arg: string): KObject {
  const api = ctx.cluster.api;
  const slash = arg.indexOf('/');
  if (slash < 0 || ['pod', 'pods', 'po'].includes(arg.slice(0, slash).toLowerCase())) {
    const name = slash < 0 ? arg : arg.slice(slash + 1);
    return api.get('pods', ns, name);
  }
  const kind = arg.slice(0, slash).toLowerCase();
  const name = arg.slice(slash + 1);
  const res = OWNER_KINDS[kind];
  if (!res) throw new KubectlError(`cannot attach to ${kind}: selector for ${kind} not implemented`);
  const owner = api.get(res, ns, name);
  const selector: LabelSelector | undefined = res === 'services' || res === 'replicationcontrollers' ? { matchLabels: owner.spec?.selector } : owner.spec?.selector;
  const pods = api.list('pods', ns).filter((p) => matchesSelector(selector, p.metadata.labels) && !p.metadata.deletionTimestamp);
  // running and ready pods first, then the oldest
  const rank = (p: KObject) => (p.status?.phase === 'Running' ? 0 : 1);
  pods.sort((a, b) => rank(a) - rank(b) || String(a.metadata.creationTimestamp).localeCompare(String(b.metadata.creationTimestamp)));
  if (!pods.length) throw new ApiError(404, 'NotFound', `pods not found`);
  return pods[0];
}

/** The container to use: -c, the default-container annotation, else the first (with kubectl's notice). */
export function pickContainer(pod: KObject, name: string | undefined, quiet: boolean, warn: (s: string) => void): string {
  if (name) return name;
  const containers: { name: string }[] = pod.spec?.containers ?? [];
  const ann = pod.metadata.annotations?.['kubectl.kubernetes.io/default-container'];
  if (ann) {
    if (containers.some((c) => c.name === ann)) return ann;
    warn(`Warning: default container name "${ann}" not found in pod ${pod.metadata.name}`);
  }
  const inits: { name: string }[] = pod.spec?.initContainers ?? [];
  const eph: { name: string }[] = pod.spec?.ephemeralContainers ?? [];
  if (!quiet && (containers.length > 1 || inits.length || eph.length)) {
    const all = [...containers.map((c) => c.name), ...inits.map((c) => `${c.name} (init)`), ...eph.map((c) => `${c.name} (ephem)`)];
    warn(`Defaulted container "${containers[0].name}" out of: ${all.join(', ')}`);
  }
  return containers[0]?.name ?? '';
}
