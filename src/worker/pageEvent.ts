import type { KObject } from '../sim/types';

/** The fields of an Event the page reads: the timeline's rows and order, the inspector's list. */
const TOP = ['type', 'reason', 'message', 'count', 'lastTimestamp', 'eventTime', 'reportingComponent'] as const;
const META = ['name', 'namespace', 'resourceVersion', 'creationTimestamp'] as const;
const INVOLVED = ['kind', 'name', 'namespace'] as const;
const SOURCE = ['component', 'host'] as const;

/** `keys` of `o` that hold a value (null and absent read the same on the page). */
function pick(o: Record<string, unknown> | undefined, keys: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of keys) if (o?.[k] != null) out[k] = o[k];
  return out;
}

/** An Event as the page gets it: only what it shows, about a third of the object (uids, firstTimestamp, reportingInstance stay behind). */
export function pageEvent(e: KObject): KObject {
  const involved = e.involvedObject as Record<string, unknown> | undefined;
  const source = e.source as Record<string, unknown> | undefined;
  return {
    apiVersion: e.apiVersion,
    kind: e.kind,
    metadata: pick(e.metadata as Record<string, unknown>, META),
    ...pick(e, TOP),
    ...(involved ? { involvedObject: pick(involved, INVOLVED) } : {}),
    ...(source ? { source: pick(source, SOURCE) } : {}),
  };
}
