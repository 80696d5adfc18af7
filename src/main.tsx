import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { StoreProvider } from './state/react';
import { createAppStore } from './state/store';
import { App } from './ui/App';
import { registerOffline } from './ui/offline';
import { loadLessons } from './ui/lessonRegistry';
import { parseRoute } from './ui/router';
import { firstFreshBoot } from './ui/workbench/session';
import './ui/styles.css';
import SimWorker from './worker/sim.worker.ts?worker';

/** Fetch and compile Monaco's chunk now, without running it (the build names it in index.html). */
function preloadEditor(): void {
  const href = document.querySelector<HTMLMetaElement>('meta[name=kp-editor-chunk]')?.content;
  if (!href) return;
  const link = Object.assign(document.createElement('link'), { rel: 'modulepreload', href, crossOrigin: '' });
  document.head.append(link);
}

const store = createAppStore({
  worker: () => new SimWorker({ name: 'sim' }),
  storage: localStorage,
  languages: navigator.languages?.length ? navigator.languages : [navigator.language],
  prefersDark: matchMedia('(prefers-color-scheme: dark)').matches,
});
document.documentElement.dataset.theme = store.getState().theme;
// a handle for debugging and end-to-end tests (read state, set editor text)
(window as unknown as { __kp: unknown }).__kp = { store };

// A workbench page needs the cluster and the editor at once: the worker's script and Monaco load
// while the lessons load and the page renders, instead of after (each would wait for the render).
const first = parseRoute(location.pathname).page;
const loaded = new Promise((resolve) => window.addEventListener('load', resolve, { once: true }));
if (first === 'play' || first === 'lesson') {
  preloadEditor();
  store.getState().startWorker(firstFreshBoot(location.pathname, location.search, location.hash));
  const monaco = import('./ui/editor/monaco').then((m) => m.loadMonaco(store.getState().lang));
  const booted = new Promise<void>((resolve) => {
    const unsub = store.subscribe((s) => (s.ready || s.workerError) && (unsub(), resolve()));
  });
  // offline caching waits until the editor and the cluster are up: it would slow a first visit down
  registerOffline(Promise.all([loaded, monaco, booted]));
} else {
  registerOffline(loaded);
}

// not a top-level await: the lessons chunk shares modules with this one and would wait for it forever
void loadLessons().then(() =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <StoreProvider store={store}>
        <App />
      </StoreProvider>
    </StrictMode>,
  ),
);
