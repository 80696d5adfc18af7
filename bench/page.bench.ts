// Page benchmark in Debian's Chromium against the production build (targets in DESIGN.md).
// Prints figures; never fails on timing. `tsx bench/page.bench.ts [--no-build]`.
// BENCH_PORT: the preview's port (a free one when others run benchmarks on the same machine); BENCH_ONLY=load: only the cold lesson-link figures;
// BENCH_LOADS: how many cold loads the lesson-link figures are the median of.
import { chromium, type Browser, type Page } from '@playwright/test';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { figure, heading, type Target } from './report';

const PORT = Number(process.env.BENCH_PORT ?? 4179);
const BASE = `http://localhost:${PORT}`;
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const BIG_PODS = Number(process.env.BENCH_PAGE_PODS ?? 1000);
const LOADS = Math.max(1, Number(process.env.BENCH_LOADS ?? 3));

const below = (ms: number): Target => ({ below: ms, unit: 'ms' });

function deployment(name: string, replicas: number): string {
  return `apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${name}
spec:
  replicas: ${replicas}
  selector:
    matchLabels:
      app: ${name}
  template:
    metadata:
      labels:
        app: ${name}
    spec:
      containers:
      - name: ${name}
        image: luksa/kubia
        ports:
        - containerPort: 8080
---
apiVersion: v1
kind: Service
metadata:
  name: ${name}
spec:
  selector:
    app: ${name}
  ports:
  - port: 80
    targetPort: 8080
`;
}

async function waitServer(): Promise<void> {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(BASE)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('vite preview did not start');
}

/**
 * Time from navigation to a running cluster (first view) and to an interactive editor: Monaco
 * shows the lesson's file and a key typed into it reaches the workspace file.
 */
async function coldLoad(browser: Browser, path: string): Promise<{ cluster?: number; editor?: number }> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, bypassCSP: true });
  const page = await context.newPage();
  const t0 = Date.now();
  await page.goto(BASE + path);
  const out: { cluster?: number; editor?: number } = {};
  await page.waitForFunction(() => !!(window as any).__kp?.store.getState().view, null, { timeout: 60_000 }).then(() => (out.cluster = Date.now() - t0)).catch(() => undefined);
  const typed = async () => {
    await page.locator('[data-testid=monaco] .view-line').first().waitFor({ timeout: 60_000 });
    const before = await page.evaluate(() => (window as any).__kp.store.getState().files[(window as any).__kp.store.getState().active] as string);
    // focus Monaco's input element directly: a mouse click would add Playwright's actionability waits
    await page.locator('[data-testid=monaco] .native-edit-context, [data-testid=monaco] textarea.inputarea').first().focus();
    await page.keyboard.type('#');
    await page.waitForFunction((b) => (window as any).__kp.store.getState().files[(window as any).__kp.store.getState().active] !== b, before, { timeout: 60_000, polling: 'raf' });
    out.editor = Date.now() - t0;
  };
  await typed().catch(() => undefined);
  await context.close();
  return out;
}

const median = (xs: (number | undefined)[]): number | undefined => {
  if (xs.some((x) => x === undefined)) return undefined;
  const s = [...(xs as number[])].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};

// Page-side code is passed as strings: tsx's helpers (`__name`) do not exist in the page.

/** Apply a manifest through the page and time until the canvas has drawn `replicas` pods of that app. */
async function applyToCanvas(page: Page, name: string, replicas: number): Promise<number | undefined> {
  const text = JSON.stringify(deployment(name, replicas));
  return page.evaluate(`(async () => {
    const s = window.__kp.store.getState();
    s.openFile(${JSON.stringify(name + '.yaml')}, ${text});
    const t0 = performance.now();
    await s.apply(${JSON.stringify(name + '.yaml')});
    const deadline = t0 + 120000;
    // the canvas has drawn a view (data-version) whose model holds every pod: big canvases render only the cards in sight
    let ready = Infinity;
    const drawn = () => {
      const canvas = document.querySelector('[data-testid=cluster-canvas]'); // mounts once the canvas chunk has loaded
      const v = window.__kp.store.getState().view;
      if (ready === Infinity && v.model.nodes.filter((n) => n.kind === 'Pod' && n.name.startsWith('${name}-')).length >= ${replicas}) ready = v.version;
      return !!canvas && Number(canvas.getAttribute('data-version')) >= ready;
    };
    while (!drawn()) {
      if (performance.now() > deadline) return undefined;
      await new Promise((r) => requestAnimationFrame(r));
    }
    return performance.now() - t0;
  })()`) as Promise<number | undefined>;
}

/** Longest main-thread task (Long Tasks API) while the sim plays at 20× for `seconds`. */
async function longestTask(page: Page, seconds: number): Promise<number> {
  return page.evaluate(`(async () => {
    let longest = 0;
    const po = new PerformanceObserver((list) => { for (const e of list.getEntries()) longest = Math.max(longest, e.duration); });
    po.observe({ type: 'longtask', buffered: false });
    const s = window.__kp.store.getState();
    await s.setClock(true, 20);
    await new Promise((r) => setTimeout(r, ${seconds * 1000}));
    await s.setClock(false);
    await new Promise((r) => setTimeout(r, 200));
    po.disconnect();
    return longest;
  })()`) as Promise<number>;
}

async function main(): Promise<void> {
  if (!process.argv.includes('--no-build') || !existsSync('dist/index.html')) {
    const r = spawnSync('npx', ['vite', 'build'], { stdio: 'inherit' });
    if (r.status !== 0) process.exit(r.status ?? 1);
  }
  const server: ChildProcess = spawn('npx', ['vite', 'preview', '--port', String(PORT), '--strictPort'], { stdio: 'ignore', detached: true });
  try {
    await waitServer();
    const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ARGS });
    heading('Page (headless Chromium, production build)');

    // a step that opens with editor tabs (the first one starts from the terminal)
    const lessonPath = '/lessons/services/service-yaml';
    await coldLoad(browser, lessonPath); // the first run fills the OS file cache; the median of the next ones is reported
    const cold = [];
    for (let i = 0; i < LOADS; i++) cold.push(await coldLoad(browser, lessonPath));
    const note = LOADS > 1 ? `median of ${LOADS}` : '';
    figure('lesson link → running cluster', median(cold.map((c) => c.cluster)), below(1500), note);
    figure('lesson link → interactive editor (Monaco, accepts typing)', median(cold.map((c) => c.editor)), below(1500), note);
    if (process.env.BENCH_ONLY === 'load') {
      await browser.close();
      return;
    }

    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, bypassCSP: true });
    const page = await context.newPage();
    await page.goto(`${BASE}/play?workers=12&maxpods=${BIG_PODS + 200}`);
    await page.waitForFunction(() => !!(window as any).__kp?.store.getState().view, null, { timeout: 60_000 });
    figure('apply → canvas updated (3 pods + service)', await applyToCanvas(page, 'small', 3), below(100));
    figure('main thread longest task, sim playing at 20× (lesson)', await longestTask(page, 5), below(50));
    figure(`apply → canvas updated (${BIG_PODS} pods + service)`, await applyToCanvas(page, 'big', BIG_PODS), below(500));
    figure(`main thread longest task, sim playing at 20× (${BIG_PODS} pods)`, await longestTask(page, 5), below(50));
    await context.close();
    await browser.close();
  } finally {
    if (server.pid) process.kill(-server.pid);
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
