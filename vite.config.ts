import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

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

export default defineConfig({
  plugins: [react(), devCsp()],
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
