/** Builders for InterPodAffinity's table tests, in the shape of upstream's st.MakePod() rows. */
import type { Labels } from '../labels';
import type { KObject } from '../types';
import { hasPodAffinity, type AffinityWorld, type PlacedPod } from './interpod-affinity';

interface Req {
  key: string;
  operator: string;
  values?: string[];
}
export const In = (key: string, values: string[]): Req => ({ key, operator: 'In', values });
export const NotIn = (key: string, values: string[]): Req => ({ key, operator: 'NotIn', values });
export const Exists = (key: string): Req => ({ key, operator: 'Exists' });
export const DoesNotExist = (key: string): Req => ({ key, operator: 'DoesNotExist' });

/** A PodAffinityTerm whose labelSelector holds these expressions. */
export const term = (reqs: Req[], topologyKey = '', extra: Record<string, unknown> = {}) => ({ labelSelector: { matchExpressions: reqs }, topologyKey, ...extra });
/** A WeightedPodAffinityTerm. */
export const weighted = (weight: number, t: ReturnType<typeof term>) => ({ weight, podAffinityTerm: t });

type Term = ReturnType<typeof term>;
type Weighted = ReturnType<typeof weighted>;

/** A pod; the (anti-)affinity sections exist only when given, as in upstream's builders. */
export function mkPod(o: { name?: string; ns?: string; node?: string; labels?: Labels; aff?: Term[]; anti?: Term[]; prefAff?: Weighted[]; prefAnti?: Weighted[] }): KObject {
  const affinity: Record<string, unknown> = {};
  if (o.aff || o.prefAff) affinity.podAffinity = { requiredDuringSchedulingIgnoredDuringExecution: o.aff, preferredDuringSchedulingIgnoredDuringExecution: o.prefAff };
  if (o.anti || o.prefAnti) affinity.podAntiAffinity = { requiredDuringSchedulingIgnoredDuringExecution: o.anti, preferredDuringSchedulingIgnoredDuringExecution: o.prefAnti };
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name: o.name ?? 'p', namespace: o.ns ?? '', labels: o.labels ?? {} },
    spec: { nodeName: o.node, ...(Object.keys(affinity).length ? { affinity } : {}) },
  };
}

export const mkNode = (name: string, labels: Labels): KObject => ({ apiVersion: 'v1', kind: 'Node', metadata: { name, labels } });

/** The snapshot of a table row: pods on nodes that are not listed are not counted (NewSnapshot). */
export function world(pods: KObject[], nodes: KObject[], namespaces: Record<string, Labels> = {}): AffinityWorld {
  const byName = new Map(nodes.map((n) => [n.metadata.name!, n]));
  const placed: PlacedPod[] = pods.flatMap((pod) => {
    const node = byName.get(pod.spec?.nodeName);
    return node ? [{ pod, node }] : [];
  });
  return { all: () => placed, withAffinity: () => placed.filter((x) => hasPodAffinity(x.pod)), namespaceLabels: (ns) => namespaces[ns] };
}
