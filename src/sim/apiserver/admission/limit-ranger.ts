import { isQuantity, parseQuantity } from '../../quantity';
import type { KObject } from '../../types';
import type { AdmissionPlugin } from '../apiserver';
import { admissionForbidden } from './forbidden';
import type { Json } from '../../json';

type ResourceList = Record<string, string | number>;

const ANNOTATION = 'kubernetes.io/limit-ranger';

// a malformed quantity is validation's to report: it compares as NaN here and breaks no rule
const value = (q: unknown): number => (isQuantity(q) ? parseQuantity(q as string | number) : NaN);
// own keys only: resource names come from the request and may be `constructor` or `__proto__`
const has = (l: ResourceList, k: string): boolean => Object.hasOwn(l, k);
const put = (l: ResourceList, k: string, v: string | number): void => void Object.defineProperty(l, k, { value: v, enumerable: true, writable: true, configurable: true });

/** A LimitRange item of type Container, with the API's defaulting applied (default ← max, defaultRequest ← default ← min). */
function containerItem(item: Json): { min: ResourceList; max: ResourceList; ratio: ResourceList; def: ResourceList; defReq: ResourceList } {
  const def: ResourceList = { ...(item.default ?? {}) };
  for (const [k, v] of Object.entries<string | number>(item.max ?? {})) if (!has(def, k)) put(def, k, v);
  const defReq: ResourceList = { ...(item.defaultRequest ?? {}) };
  for (const [k, v] of Object.entries(def)) if (!has(defReq, k)) put(defReq, k, v);
  for (const [k, v] of Object.entries<string | number>(item.min ?? {})) if (!has(defReq, k)) put(defReq, k, v);
  return { min: item.min ?? {}, max: item.max ?? {}, ratio: item.maxLimitRequestRatio ?? {}, def, defReq };
}

/** Fill in missing requests and limits; returns the annotation parts (`memory request for container web`). */
function applyDefaults(c: Json, kind: string, def: ResourceList, defReq: ResourceList): string[] {
  const res = (c.resources ??= {});
  const set = (field: 'limits' | 'requests', defaults: ResourceList): string[] => {
    const names: string[] = [];
    for (const [k, v] of Object.entries(defaults)) {
      const list = (res[field] ??= {});
      if (!has(list, k)) {
        put(list, k, v);
        names.push(k);
      }
    }
    return names.sort();
  };
  const limits = set('limits', def);
  const requests = set('requests', defReq);
  const parts: string[] = [];
  if (requests.length) parts.push(`${requests.join(', ')} request for ${kind} ${c.name}`);
  if (limits.length) parts.push(`${limits.join(', ')} limit for ${kind} ${c.name}`);
  return parts;
}

/** The min / max / ratio checks of one container or of the pod's sums, with the plugin's messages. */
function constraintErrors(type: string, min: ResourceList, max: ResourceList, ratio: ResourceList, req: ResourceList, lim: ResourceList): string[] {
  const errs: string[] = [];
  for (const [k, v] of Object.entries(min)) {
    if (!has(req, k)) errs.push(`minimum ${k} usage per ${type} is ${v}.  No request is specified.`);
    else if (value(req[k]) < value(v)) errs.push(`minimum ${k} usage per ${type} is ${v}, but request is ${req[k]}.`);
    else if (has(lim, k) && value(lim[k]) < value(v)) errs.push(`minimum ${k} usage per ${type} is ${v}, but limit is ${lim[k]}.`);
  }
  for (const [k, v] of Object.entries(max)) {
    if (!has(lim, k)) errs.push(`maximum ${k} usage per ${type} is ${v}.  No limit is specified.`);
    else if (value(lim[k]) > value(v)) errs.push(`maximum ${k} usage per ${type} is ${v}, but limit is ${lim[k]}.`);
    else if (has(req, k) && value(req[k]) > value(v)) errs.push(`maximum ${k} usage per ${type} is ${v}, but request is ${req[k]}.`);
  }
  for (const [k, v] of Object.entries(ratio)) {
    if (!has(req, k) || value(req[k]) === 0) errs.push(`${k} max limit to request ratio per ${type} is ${v}, but no request is specified or request is 0.`);
    else if (!has(lim, k) || value(lim[k]) === 0) errs.push(`${k} max limit to request ratio per ${type} is ${v}, but no limit is specified or limit is 0.`);
    else if (value(lim[k]) / value(req[k]) > value(v)) errs.push(`${k} max limit to request ratio per ${type} is ${v}, but provided ratio is ${(value(lim[k]) / value(req[k])).toFixed(6)}.`);
  }
  return errs;
}

function sum(lists: ResourceList[]): ResourceList {
  const out: ResourceList = {};
  const keys = new Set(lists.flatMap((l) => Object.keys(l)));
  for (const k of keys) if (lists.every((l) => has(l, k))) put(out, k, lists.reduce((n, l) => n + value(l[k]), 0));
  return out;
}

/** Apply one LimitRange to a pod: defaults first, then every constraint; returns the error texts. */
function limitPod(lr: KObject, pod: Json): string[] {
  const items: Json[] = Array.isArray(lr.spec?.limits) ? lr.spec.limits : [];
  // malformed entries are validation's to report; they get no defaults here
  const objects = (l: unknown): Json[] => (Array.isArray(l) ? l.filter((c) => c && typeof c === 'object' && (c.resources === undefined || (c.resources && typeof c.resources === 'object'))) : []);
  const containers = objects(pod.spec.containers);
  const inits = objects(pod.spec.initContainers);
  const def: ResourceList = {};
  const defReq: ResourceList = {};
  for (const it of items) if (it?.type === 'Container') {
    const c = containerItem(it);
    for (const [k, v] of Object.entries(c.def)) put(def, k, v);
    for (const [k, v] of Object.entries(c.defReq)) put(defReq, k, v);
  }
  const notes = [...containers.flatMap((c) => applyDefaults(c, 'container', def, defReq)), ...inits.flatMap((c) => applyDefaults(c, 'init container', def, defReq))];
  if (notes.length) pod.metadata.annotations = { ...(pod.metadata.annotations ?? {}), [ANNOTATION]: `LimitRanger plugin set: ${notes.join('; ')}` };
  const errs: string[] = [];
  for (const it of items) {
    if (it?.type === 'Container') {
      const c = containerItem(it);
      for (const ctr of [...containers, ...inits]) errs.push(...constraintErrors('Container', c.min, c.max, c.ratio, ctr.resources?.requests ?? {}, ctr.resources?.limits ?? {}));
    } else if (it?.type === 'Pod') {
      const req = sum(containers.map((c) => c.resources?.requests ?? {}));
      const lim = sum(containers.map((c) => c.resources?.limits ?? {}));
      errs.push(...constraintErrors('Pod', it.min ?? {}, it.max ?? {}, it.maxLimitRequestRatio ?? {}, req, lim));
    }
  }
  return errs;
}

/**
 * LimitRanger: on pod creation, fill in the namespace's default requests and limits (recorded in
 * the `kubernetes.io/limit-ranger` annotation), then refuse pods outside its min, max and ratio.
 */
export const limitRangerPlugin: AdmissionPlugin = {
  name: 'LimitRanger',
  phase: 'default',
  resources: ['pods'],
  run(obj, ctx) {
    if (ctx.op !== 'CREATE' || ctx.subresource || !obj.spec || typeof obj.spec !== 'object') return;
    // the first LimitRange that refuses the pod answers, as the plugin returns on its first error
    for (const lr of ctx.api.list('limitranges', obj.metadata.namespace)) {
      const errs = limitPod(lr, obj);
      if (errs.length) throw admissionForbidden(ctx.rt, obj, errs.length === 1 ? errs[0] : `[${errs.join(', ')}]`);
    }
  },
};
