/**
 * Where the last requests through each Service went: kube-proxy picks an endpoint per connection,
 * so one path shows a choice and only a run of them shows the spread (a canary's share).
 */
import type { Hop } from './hop';

/** How many of a Service's latest requests its spread counts. */
export const SPREAD_WINDOW = 20;

/** Pods that served a Service's last requests, oldest first, keyed `<namespace>/<service>`. */
export type SpreadLog = Map<string, string[]>;

/**
 * Note the pod a path's Endpoints hop led to, and give that hop the Service's spread over its last
 * requests (most served first, then by name).
 */
export function recordSpread(log: SpreadLog, path: Hop[]): void {
  const at = path.findIndex((h) => h.kind === 'Endpoints');
  const pod = path[at + 1];
  if (at < 0 || pod?.kind !== 'Pod') return;
  const eps = path[at];
  const key = `${eps.namespace ?? 'default'}/${eps.name}`;
  const recent = [...(log.get(key) ?? []), pod.name].slice(-SPREAD_WINDOW);
  log.set(key, recent);
  const counts = new Map<string, number>();
  for (const name of recent) counts.set(name, (counts.get(name) ?? 0) + 1);
  const spread = [...counts].map(([name, count]) => ({ pod: name, count }));
  spread.sort((a, b) => b.count - a.count || (a.pod < b.pod ? -1 : 1));
  path[at] = { ...eps, spread, of: recent.length };
}
