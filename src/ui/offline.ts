/** The service worker that vite-plugin-pwa builds (Workbox precache of the whole build, scope `/`). */
const SW_URL = '/sw.js';

/**
 * Register the offline service worker once `after` settles and the page is idle. Its install
 * downloads the whole build and Chromium compiles each precached script for its code cache, which
 * on a first visit would compete for the CPU with what the page is showing.
 */
export function registerOffline(after: Promise<unknown>): void {
  if (!('serviceWorker' in navigator)) return;
  const register = () => void navigator.serviceWorker.register(SW_URL, { scope: '/' }).catch(() => undefined);
  const idle = () => (typeof requestIdleCallback === 'function' ? requestIdleCallback(register, { timeout: 3000 }) : setTimeout(register, 0));
  void after.then(idle, idle);
}
