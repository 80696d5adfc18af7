/** Field selectors (`--field-selector`): which fields each resource supports, and matching. */
import { own } from '../../../sim/own';
import type { ResourceType } from '../../../sim/apiserver/resources';
import { ApiError, type KObject } from '../../../sim/types';

type Getter = (o: any) => string;

interface FieldReq {
  field: string;
  op: '=' | '!=';
  value: string;
}

/** Field labels each resource accepts besides metadata.name / metadata.namespace (apiserver conversion funcs). */
const FIELDS: Record<string, Record<string, (o: any) => string>> = {
  pods: {
    'spec.nodeName': (o) => o.spec?.nodeName ?? '',
    'spec.restartPolicy': (o) => o.spec?.restartPolicy ?? '',
    'spec.schedulerName': (o) => o.spec?.schedulerName ?? '',
    'spec.serviceAccountName': (o) => o.spec?.serviceAccountName ?? '',
    'spec.hostNetwork': (o) => String(!!o.spec?.hostNetwork),
    'status.phase': (o) => o.status?.phase ?? '',
    'status.podIP': (o) => o.status?.podIP ?? '',
    'status.podIPs': (o) => o.status?.podIPs?.[0]?.ip ?? '',
    'status.nominatedNodeName': (o) => o.status?.nominatedNodeName ?? '',
  },
  events: {
    'involvedObject.kind': (o) => o.involvedObject?.kind ?? '',
    'involvedObject.namespace': (o) => o.involvedObject?.namespace ?? '',
    'involvedObject.name': (o) => o.involvedObject?.name ?? '',
    'involvedObject.uid': (o) => o.involvedObject?.uid ?? '',
    'involvedObject.apiVersion': (o) => o.involvedObject?.apiVersion ?? '',
    'involvedObject.resourceVersion': (o) => o.involvedObject?.resourceVersion ?? '',
    'involvedObject.fieldPath': (o) => o.involvedObject?.fieldPath ?? '',
    reason: (o) => o.reason ?? '',
    reportingComponent: (o) => o.reportingComponent ?? '',
    source: (o) => o.source?.component ?? '',
    type: (o) => o.type ?? '',
  },
  nodes: { 'spec.unschedulable': (o) => String(!!o.spec?.unschedulable) },
  namespaces: { 'status.phase': (o) => o.status?.phase ?? '' },
  secrets: { type: (o) => o.type ?? '' },
  services: { 'spec.clusterIP': (o) => o.spec?.clusterIP ?? '', 'spec.type': (o) => o.spec?.type ?? '' },
  replicationcontrollers: { 'status.replicas': (o) => String(o.status?.replicas ?? 0) },
  'replicasets.apps': { 'status.replicas': (o) => String(o.status?.replicas ?? 0) },
  'jobs.batch': { 'status.successful': (o) => String(o.status?.succeeded ?? 0) },
  persistentvolumeclaims: { 'spec.volumeName': (o) => o.spec?.volumeName ?? '' },
};

const META: Record<string, (o: KObject) => string> = {
  'metadata.name': (o) => o.metadata.name ?? '',
  'metadata.namespace': (o) => o.metadata.namespace ?? '',
};

/** fields.ParseSelector: `a=b`, `a==b`, `a!=b`, comma-separated. */
function parseFieldSelector(text: string): FieldReq[] {
  const reqs: FieldReq[] = [];
  for (const part of text.split(',')) {
    if (part.trim() === '') continue;
    const m = /^([^=!]+)(==|=|!=)(.*)$/.exec(part.trim());
    if (!m) throw new ApiError(400, 'BadRequest', `invalid selector: '${text}'; can't understand '${part}'`);
    reqs.push({ field: m[1].trim(), op: m[2] === '!=' ? '!=' : '=', value: m[3].trim() });
  }
  return reqs;
}

/** cli-runtime EnhanceListError's subject: `/v1, Resource=pods`, `apps/v1, Resource=deployments`. */
export function gvrString(rt: ResourceType): string {
  return `${rt.group}/${rt.version}, Resource=${rt.plural}`;
}

/** A predicate for the store, or the API server's own error text for an unsupported field label. */
export function fieldPredicate(key: string, text: string): ((o: KObject) => boolean) | string {
  const reqs = parseFieldSelector(text);
  const table = own<Record<string, Getter>>(FIELDS, key) ?? {};
  const getters: Getter[] = [];
  for (const r of reqs) {
    const g = own<Getter>(META, r.field) ?? own<Getter>(table, r.field);
    if (!g) return own(FIELDS, key) ? `field label not supported: ${r.field}` : `"${r.field}" is not a known field selector: only "metadata.name", "metadata.namespace"`;
    getters.push(g);
  }
  return (o) => reqs.every((r, i) => (getters[i](o) === r.value) === (r.op === '='));
}

/** A predicate for the store, or the BadRequest kubectl reports (the server's text wrapped in EnhanceListError's). */
export function fieldSelectorFor(rt: ResourceType, key: string, text: string, labelSelector: string): (o: KObject) => boolean {
  const pred = fieldPredicate(key, text);
  if (typeof pred === 'string') throw new ApiError(400, 'BadRequest', `Unable to find "${gvrString(rt)}" that match label selector "${labelSelector}", field selector "${text}": ${pred}`);
  return pred;
}
