/** ELK running in its own Web Worker (browser only: the worker script is served by Vite as a URL). */
import ELK from 'elkjs/lib/elk-api';
import workerUrl from 'elkjs/lib/elk-worker.min.js?url';
import type { ElkLike } from './layout';

let elk: ElkLike | undefined;

/** One shared ELK worker for the page. */
export function browserElk(): ElkLike {
  elk ??= new ELK({ workerUrl });
  return elk;
}
