/** Watch streams: the store's changes for one resource, filtered and sent as watch events, one JSON line each. */
import { resourceKey } from '../sim/apiserver/resources';
import type { Cluster } from '../sim/cluster';
import { ApiError, type KObject, type WatchEvent } from '../sim/types';
import { onClusterChange } from '../kubectl/commands/read/watch';
import type { RestRequest } from './rest';
import { listObjects, selectors } from './rest';
import { stamped, type WatchHistory } from './watch-history';

export type WatchType = 'ADDED' | 'MODIFIED' | 'DELETED';

/**
 * Start watching: `send` gets each event (type and object) the client should see, beginning with the
 * current objects when the request names no resourceVersion (or "0"), else with what changed after
 * it (the history's Expired error when that is no longer known); returns the stop function.
 */
export function startWatch(cluster: Cluster, history: WatchHistory, req: RestRequest, send: (type: WatchType, obj: KObject) => void): () => void {
  const { rt, namespace } = req.path;
  const match = selectors(rt, req.query);
  const key = resourceKey(rt);
  const inScope = (o: KObject | undefined) => !!o && (!rt.namespaced || namespace === undefined || o.metadata.namespace === namespace) && match(o);
  const rv = req.query.get('resourceVersion');
  const deliver = (ev: WatchEvent) => {
    if (ev.resource !== key) return;
    const now = inScope(ev.object);
    const before = inScope(ev.old);
    if (ev.type === 'DELETED') {
      if (before || now) send('DELETED', ev.object);
    } else if (ev.type === 'ADDED') {
      if (now) send('ADDED', ev.object);
    } else if (now && before) send('MODIFIED', ev.object);
    else if (now) send('ADDED', ev.object);
    else if (before) send('DELETED', ev.object);
  };
  const from = !rv || rv === '0' ? 0 : parseResourceVersion(rv);
  if (!from) for (const o of listObjects(cluster, req)) send('ADDED', o);
  else for (const ev of history.since(key, from)) deliver(ev);
  // only what happens after the version asked for: one the store has not reached yet skips the
  // changes up to it, as the cache's watchers send only events newer than their resourceVersion
  return onClusterChange(cluster, (ev) => {
    const r = stamped(ev, Number(cluster.api.store.currentResourceVersion()));
    if (r.rv > from) deliver(r.ev);
  });
}

/** A resourceVersion of the query as the storage parses it (its error is no API status: the client gets a 500). */
function parseResourceVersion(rv: string): number {
  if (!/^\d+$/.test(rv)) throw new ApiError(500, '', `resourceVersion: Invalid value: "${rv}": strconv.ParseUint: parsing "${rv}": invalid syntax`);
  return Number(rv);
}
