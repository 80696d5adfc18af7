/**
 * `virtual:lessons`: the lessons built at build time (the Node loader over `lessons/`), shipped as
 * JSON. Parsing every step's checks.yaml in the page cost a cold lesson load hundreds of
 * milliseconds of main thread before the first render; JSON.parse of the result costs a few.
 */
import { join, sep } from 'node:path';
import type { Plugin } from 'vite';
import { loadLessonsFromDisk } from './load-node';

const ID = 'virtual:lessons';
const RESOLVED = '\0' + ID;

export function lessonsPlugin(): Plugin {
  let root = process.cwd();
  return {
    name: 'kube-playground-lessons',
    configResolved(config) {
      root = config.root;
    },
    resolveId(id) {
      return id === ID ? RESOLVED : undefined;
    },
    load(id) {
      if (id !== RESOLVED) return undefined;
      // a string literal for JSON.parse: engines parse JSON faster than the same object literal
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(loadLessonsFromDisk(root)))});`;
    },
    // the dev server rebuilds the lessons when any file under lessons/ is added, changed or removed
    configureServer(server) {
      const dir = join(root, 'lessons');
      server.watcher.add(dir);
      const reload = (file: string) => {
        if (!file.startsWith(dir + sep)) return;
        const mod = server.moduleGraph.getModuleById(RESOLVED);
        if (mod) server.moduleGraph.invalidateModule(mod);
        server.ws.send({ type: 'full-reload' });
      };
      server.watcher.on('add', reload).on('change', reload).on('unlink', reload);
    },
  };
}
