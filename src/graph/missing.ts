/** Objects that pods name but that do not exist, as synthetic cards, so a broken reference is seen where it breaks. */
import type { KObject } from '../sim/types';
import { objectId } from './kinds';
import { podReferences } from './refs';

/** What a synthetic card of a missing object carries: the pods naming it and whether one of them needs it. */
interface Missing {
  usedBy: string[];
  /** Some pod cannot start without it (a non-optional reference). */
  required: boolean;
}

/** One synthetic object per missing ConfigMap, Secret or claim, carrying `missing`; existing ids are in `present`. */
export function missingObjects(pods: KObject[], present: ReadonlySet<string>): KObject[] {
  const found = new Map<string, KObject & { missing: Missing }>();
  for (const pod of pods) {
    const ns = pod.metadata.namespace ?? '';
    for (const r of podReferences(pod)) {
      const id = objectId(r.kind, ns, r.name);
      if (present.has(id)) continue;
      let o = found.get(id);
      if (!o) {
        o = { apiVersion: 'v1', kind: r.kind, metadata: { name: r.name, namespace: ns, uid: `missing:${id}` }, missing: { usedBy: [], required: false } };
        found.set(id, o);
      }
      const podName = pod.metadata.name ?? '';
      if (!o.missing.usedBy.includes(podName)) o.missing.usedBy.push(podName);
      if (!r.optional) o.missing.required = true;
    }
  }
  return [...found.values()];
}
