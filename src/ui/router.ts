import { useSyncExternalStore } from 'react';
import type { ClusterSize } from '../worker/protocol';
import { MAX_ETCD_MEMBERS } from '../sim/etcd/limits';

/** The page's routes (history API, no router library). */
export type Route =
  | { page: 'home' }
  | { page: 'play' }
  | { page: 'lesson'; lessonId: string; stepId: string | null }
  | { page: 'notFound'; path: string };

/** Parse a pathname: `/`, `/play`, `/lessons/<chapter>/<step>`. */
export function parseRoute(pathname: string): Route {
  const p = pathname.replace(/\/+$/, '') || '/';
  if (p === '/') return { page: 'home' };
  if (p === '/play') return { page: 'play' };
  const m = /^\/lessons\/([\w-]+)(?:\/([\w-]+))?$/.exec(p);
  if (m) return { page: 'lesson', lessonId: m[1], stepId: m[2] ?? null };
  return { page: 'notFound', path: p };
}

export function lessonPath(lessonId: string, stepId: string): string {
  return `/lessons/${lessonId}/${stepId}`;
}

const listeners = new Set<() => void>();
function subscribe(fn: () => void) {
  listeners.add(fn);
  window.addEventListener('popstate', fn);
  return () => {
    listeners.delete(fn);
    window.removeEventListener('popstate', fn);
  };
}

/** Go to a path inside the app (pushState), keeping `?embed`/`?present` style flags only when asked. */
export function navigate(to: string, opts: { replace?: boolean } = {}): void {
  if (opts.replace) history.replaceState(null, '', to);
  else history.pushState(null, '', to);
  window.scrollTo(0, 0);
  for (const l of listeners) l();
}

/** The current location's path (re-renders on navigation). */
export function usePathname(): string {
  return useSyncExternalStore(subscribe, () => location.pathname);
}

/** Page flags from the query string. */
export function pageFlags(search: string): { embed: boolean; present: boolean; seed?: number; cluster?: ClusterSize } {
  const q = new URLSearchParams(search);
  const on = (k: string) => q.has(k) && q.get(k) !== '0' && q.get(k) !== 'false';
  const num = (k: string, max: number) => {
    const v = q.get(k);
    return v && /^\d+$/.test(v) && Number(v) > 0 ? Math.min(Number(v), max) : undefined;
  };
  const workers = num('workers', 200);
  const maxPods = num('maxpods', 20_000);
  const etcdMembers = num('etcd', MAX_ETCD_MEMBERS);
  const size: ClusterSize = { ...(workers ? { workers } : {}), ...(maxPods ? { maxPods } : {}), ...(etcdMembers ? { etcdMembers } : {}) };
  return {
    embed: on('embed'),
    present: on('present'),
    seed: num('seed', 2 ** 31),
    cluster: Object.keys(size).length ? size : undefined,
  };
}
