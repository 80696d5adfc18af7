import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { lessonsPlugin } from './src/lessons/vite-plugin';

/**
 * index.html carries the production Content-Security-Policy. The dev server needs an inline
 * script (React refresh preamble) and a websocket (HMR), so only in `vite` (serve) it is relaxed.
 */
function devCsp(): Plugin {
  return {
    name: 'kube-playground-dev-csp',
    apply: 'serve',
    transformIndexHtml(html) {
      return html.replace(/script-src 'self'/, "script-src 'self' 'unsafe-inline'").replace(/connect-src 'self'/, "connect-src 'self' ws: wss:");
    },
  };
}

/**
 * index.html names the editor's Monaco chunk (~850 KB gzip) in a meta tag: a workbench page
 * modulepreloads it as its entry starts (src/main.tsx), instead of after the monaco module has
 * loaded and asked for it; other pages never fetch it. A preload does not run it (Monaco's words
 * must be set first, see src/ui/editor/monaco.ts).
 */
function preloadEditor(): Plugin {
  let base = '/';
  return {
    name: 'kube-playground-preload-editor',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const chunk = Object.values(ctx.bundle ?? {}).find((c) => c.type === 'chunk' && c.facadeModuleId?.endsWith('/src/ui/editor/monacoEntry.ts'));
        if (!chunk) throw new Error('the Monaco entry chunk is missing from the build');
        return [{ tag: 'meta', attrs: { name: 'kp-editor-chunk', content: base + chunk.fileName }, injectTo: 'head' }];
      },
    },
  };
}

/**
 * Offline: Workbox precaches the whole build (every lazy chunk, worker, font, the lessons inside
 * their chunk) on the first visit; navigations are answered with index.html, so any route reloads
 * offline. The page registers the service worker itself (src/ui/offline.ts): on a workbench page only
 * once Monaco is up, since precaching makes Chromium compile every script of the build meanwhile.
 */
const offline = VitePWA({
  injectRegister: false,
  registerType: 'autoUpdate',
  manifest: false,
  workbox: {
    globPatterns: ['**/*.{js,css,html,svg,png,ico,ttf,woff,woff2,json,wasm}'],
    // Monaco's chunk is several MB; it must be cached like the rest
    maximumFileSizeToCacheInBytes: 16 * 1024 * 1024,
    navigateFallback: '/index.html',
    cleanupOutdatedCaches: true,
    clientsClaim: true,
    skipWaiting: true,
  },
});

export default defineConfig({
  plugins: [react(), devCsp(), preloadEditor(), lessonsPlugin(), offline],
  worker: { format: 'es' },
  // monaco-yaml's worker imports path-browserify (CommonJS): the dev server must pre-bundle it
  // (excluding it, as older monaco-yaml examples did, fails with "module is not defined" on Vite 8)
  optimizeDeps: { include: ['path-browserify'] },
  server: { port: 5173, strictPort: true },
  preview: { port: 4173, strictPort: true },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 4096,
    // keep fonts and icons as files: the CSP allows both, files cache better
    assetsInlineLimit: 4096,
  },
});
