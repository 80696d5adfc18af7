/** Many pods of one owner on one cluster node drawn as a few cards plus one counted stack (1,000 pods ≠ 1,000 cards). */
import { KINDS, objectId } from './kinds';
import type { GraphEdge, GraphModel, GraphNode } from './model';
import { TRACE_RELATIONS } from './trace';

/** Kind of a stack card (`data-kind`); its `data-count` says how many pods it holds. */
export const STACK_KIND = 'PodStack';
/** A bucket (owner × cluster node) with more pods than this is collapsed ... */
const STACK_OVER = 12;
/** ... to this many cards plus the stack. */
export const STACK_KEEP = 10;

/** Collapse big pod buckets; pods on the request path or that served its Service lately, and those in `keep` (the last command's), always keep their card. */
export function stackPods(model: GraphModel, keep: ReadonlySet<string> = new Set()): GraphModel {
  const pods = model.nodes.filter((n) => n.kind === 'Pod');
  if (pods.length <= STACK_OVER) return model;
  const owner = new Map<string, string>();
  const onPath = new Set<string>(keep);
  for (const e of model.edges) {
    if (e.relation === 'owner') owner.set(e.target, e.source);
    if (TRACE_RELATIONS.has(e.relation)) onPath.add(e.source).add(e.target);
  }
  const buckets = new Map<string, GraphNode[]>();
  for (const p of pods) {
    const key = `${p.namespace}|${owner.get(p.id) ?? ''}|${p.parent ?? ''}`;
    let list = buckets.get(key);
    if (!list) buckets.set(key, (list = []));
    list.push(p);
  }
  const into = new Map<string, string>(); // hidden pod id → stack id
  const stacks: GraphNode[] = [];
  for (const list of buckets.values()) {
    if (list.length <= STACK_OVER) continue;
    const kept = list.filter((p) => onPath.has(p.id));
    const hidden: GraphNode[] = [];
    for (const p of list) if (!onPath.has(p.id)) (kept.length < STACK_KEEP ? kept : hidden).push(p);
    if (!hidden.length) continue;
    const first = hidden[0];
    const ownerId = owner.get(first.id);
    const ownerName = ownerId ? ownerId.slice(ownerId.lastIndexOf('/') + 1) : 'pods';
    const node = first.parent ? first.parent.slice(first.parent.lastIndexOf('/') + 1) : '';
    const id = objectId(STACK_KIND, first.namespace, `${ownerName}@${node}`);
    const ready = hidden.filter((p) => p.ready).length;
    const tone = hidden.some((p) => p.tone === 'error') ? 'error' : hidden.some((p) => p.tone === 'warn') ? 'warn' : ready === hidden.length ? 'ok' : 'progress';
    stacks.push({
      id,
      kind: STACK_KIND,
      name: ownerName,
      namespace: first.namespace,
      status: `+${hidden.length}`,
      tone,
      facts: [{ label: 'pods', value: String(hidden.length) }, { label: 'ready', value: String(ready) }],
      concerns: KINDS.Pod.concerns,
      parent: first.parent,
      rev: `${hidden.length}|${ready}|${tone}`,
      count: hidden.length,
    });
    for (const p of hidden) into.set(p.id, id);
  }
  if (!into.size) return model;
  // inline volumes of a stacked pod go with it (`Volume/ns/pod:vol`)
  const hiddenVolume = (n: GraphNode) => n.kind === 'Volume' && into.has(objectId('Pod', n.namespace, n.name.slice(0, n.name.indexOf(':'))));
  const nodes = [...model.nodes.filter((n) => !into.has(n.id) && !hiddenVolume(n)), ...stacks];
  const ids = new Set(nodes.map((n) => n.id));
  const edges: GraphEdge[] = [];
  const seen = new Set<string>();
  for (const e of model.edges) {
    const source = into.get(e.source) ?? e.source;
    const target = into.get(e.target) ?? e.target;
    if (!ids.has(source) || !ids.has(target) || source === target) continue;
    const id = source === e.source && target === e.target ? e.id : `${e.relation}:${source}->${target}`;
    if (seen.has(id)) continue;
    seen.add(id);
    edges.push(id === e.id ? e : { ...e, id, source, target });
  }
  return { nodes, edges };
}
