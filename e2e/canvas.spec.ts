import { expect, test, type Locator, type Page } from '@playwright/test';
import { AppPage, guard } from './app-page';

/** Run a command the way the lesson's Run buttons do (through the page's store), and wait for it. */
async function run(page: Page, command: string): Promise<void> {
  await page.evaluate((c) => (window as unknown as { __kp: { store: { getState(): { run(c: string): Promise<unknown> } } } }).__kp.store.getState().run(c), command);
}

/** Wait until the canvas is drawn (its code is lazy) and has at least `n` cards. */
// a straight leg has a zero-height box, which Playwright calls hidden: a leg is drawn when its line has length and is not hidden by style
async function expectDrawn(path: Locator): Promise<void> {
  await expect(path.first()).toBeAttached();
  await expect.poll(() => path.evaluateAll((els) => els.every((e) => getComputedStyle(e).visibility === 'visible' && ((e.querySelector('path') as SVGPathElement | null)?.getTotalLength() ?? 0) > 0))).toBe(true);
}

async function waitCards(page: Page, n = 1): Promise<void> {
  await expect.poll(() => page.locator('.kp-card').count(), { timeout: 30_000 }).toBeGreaterThanOrEqual(n);
}

/** Canvas-space position of every card (React Flow draws each node at translate(x, y)). */
async function positions(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() => {
    const out: Record<string, string> = {};
    for (const el of document.querySelectorAll<HTMLElement>('.react-flow__node')) if (!el.classList.contains('kp-fading')) out[el.dataset.id!] = el.style.transform;
    return out;
  });
}

/** Let the layout and the camera settle: the same positions twice, 600 ms apart. */
async function settled(page: Page): Promise<Record<string, string>> {
  let last = '';
  for (let i = 0; i < 20; i++) {
    const now = JSON.stringify(await positions(page));
    if (now === last) return JSON.parse(now);
    last = now;
    await page.waitForTimeout(600);
  }
  return JSON.parse(last);
}

/** The smallest on-screen size of any text in a card or frame head: font size × the canvas zoom. */
async function smallestText(page: Page): Promise<{ px: number; zoom: number; cards: number }> {
  return page.evaluate(() => {
    const vp = document.querySelector('.react-flow__viewport')!;
    const zoom = new DOMMatrix(getComputedStyle(vp).transform).a;
    let px = Infinity;
    const els = document.querySelectorAll<HTMLElement>('.kp-card *, .kp-group-head *, .kp-group-ip');
    for (const el of els) {
      if (![...el.childNodes].some((c) => c.nodeType === Node.TEXT_NODE && c.textContent!.trim())) continue;
      px = Math.min(px, parseFloat(getComputedStyle(el).fontSize) * zoom);
    }
    return { px, zoom, cards: document.querySelectorAll('.kp-card').length };
  });
}

test.describe('the canvas', () => {
  test('stays legible at 1440×900 with a busy cluster, nodes in name order, nothing covered', async ({ context, page }) => {
    test.setTimeout(180_000);
    const g = await guard(context, page);
    const app = new AppPage(page);
    await app.open('/play');
    await app.waitReady();
    await waitCards(page, 0);
    await run(page, 'kubectl create deployment kubia --image=luksa/kubia --replicas=10 --port=8080');
    await run(page, 'kubectl expose deployment kubia --port=80 --target-port=8080');
    await run(page, 'kubectl create configmap settings --from-literal=mode=fast');
    await run(page, 'kubectl create secret generic creds --from-literal=password=s3cret');
    // kube-system too: coredns, kube-proxy, etcd ... on the nodes
    await page.locator('[data-namespace-chip="kube-system"]').click();
    await waitCards(page, 20);
    await settled(page);
    const t = await smallestText(page);
    expect(t.cards).toBeGreaterThanOrEqual(20);
    expect(t.px).toBeGreaterThanOrEqual(9.99);
    await app.screenshot('canvas-busy-1440-legible');

    // the cluster does not fit at that size: the camera says so, and "Show all" fits everything
    await expect(page.locator('.kp-flow')).toHaveAttribute('data-camera', 'focus');
    await page.getByTestId('canvas-show-all').click();
    await expect(page.locator('.kp-flow')).toHaveAttribute('data-camera', 'all');
    await page.waitForTimeout(400);
    await app.screenshot('canvas-busy-1440-show-all');
    const frames = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('.kp-group')].map((el) => {
        const r = el.getBoundingClientRect();
        const name = el.querySelector('strong')!;
        return { name: el.dataset.name!, y: r.y, x: r.x, nameLines: Math.round(name.offsetHeight / parseFloat(getComputedStyle(name).lineHeight)) };
      }),
    );
    expect([...frames].sort((a, b) => a.y - b.y).map((f) => f.name)).toEqual(['k8s-master', 'k8s-node1', 'k8s-node2']);
    for (const f of frames) expect(f.nameLines).toBe(1);
    // the toolbar (zoom, show all, legend) sits below the drawing, never over a card
    await page.getByTestId('canvas-legend').click();
    const flow = (await page.locator('.kp-flow').boundingBox())!;
    const bar = (await page.getByTestId('canvas-toolbar').boundingBox())!;
    expect(bar.y).toBeGreaterThanOrEqual(flow.y + flow.height - 1);
    // no two cards overlap
    const overlaps = await page.evaluate(() => {
      const cards = [...document.querySelectorAll('.react-flow__node-kind')].map((el) => ({ id: (el as HTMLElement).dataset.id, r: el.getBoundingClientRect() }));
      const out: string[] = [];
      for (let i = 0; i < cards.length; i++)
        for (let j = i + 1; j < cards.length; j++) {
          const a = cards[i].r, b = cards[j].r;
          if (a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5) out.push(`${cards[i].id} × ${cards[j].id}`);
        }
      return out;
    });
    expect(overlaps).toEqual([]);
    expect(g.external).toEqual([]);
    expect(g.errors).toEqual([]);
  });

  test('an empty cluster says so above the drawing, not over the node frames', async ({ page }) => {
    const app = new AppPage(page);
    await app.open('/play');
    await app.waitReady();
    await expect(page.locator('.kp-group')).toHaveCount(3);
    const empty = (await page.locator('.kp-empty').boundingBox())!;
    const flow = (await page.locator('.kp-flow').boundingBox())!;
    expect(empty.y + empty.height).toBeLessThanOrEqual(flow.y + 1);
  });

  test('an empty canvas after a command in a hidden namespace offers to show that namespace', async ({ page }) => {
    const app = new AppPage(page);
    await app.open('/play');
    await app.waitReady();
    await expect(page.locator('.kp-empty')).toContainText('Nothing here yet');
    await run(page, 'kubectl get pods -n kube-system');
    await expect(page.locator('.kp-empty')).toContainText('Nothing to draw in the namespaces shown.');
    await page.locator('[data-show-namespace="kube-system"]').click();
    await expect(page.locator('.kp-empty')).toHaveCount(0);
    await expect(page.getByTestId('cluster-canvas').locator('[data-kind="Pod"][data-namespace="kube-system"]').first()).toBeVisible();
    await expect(page.locator('[data-namespace-chip="kube-system"]')).toHaveAttribute('aria-pressed', 'true');
  });

  test('a change moves only what it adds or removes', async ({ page }) => {
    test.setTimeout(180_000);
    const app = new AppPage(page);
    await app.open('/play');
    await app.waitReady();
    await waitCards(page, 0);
    await run(page, 'kubectl create deployment kubia --image=luksa/kubia --replicas=3 --port=8080');
    await run(page, 'kubectl expose deployment kubia --port=80 --target-port=8080');
    await waitCards(page, 7);
    // the pods pulled, started and ready, so no status change falls between the two pictures on a slow machine
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { __kp: { store: { getState(): { query(c: string): Promise<string> } } } }).__kp.store.getState().query('kubectl get endpoints kubia -o jsonpath={.subsets[*].addresses[*].ip}')), { timeout: 60_000 })
      .toMatch(/^\S+ \S+ \S+$/m);
    const before = await settled(page);

    // kubectl replace of the Service, a new ConfigMap, one pod less: every card that stays keeps its place
    await page.evaluate(() => {
      const s = (window as unknown as { __kp: { store: { getState(): { openFile(n: string, t: string): void } } } }).__kp.store.getState();
      s.openFile('svc.yaml', 'apiVersion: v1\nkind: Service\nmetadata:\n  name: kubia\nspec:\n  selector:\n    app: kubia\n  ports:\n  - port: 8080\n    targetPort: 8080\n');
    });
    await run(page, 'kubectl replace -f svc.yaml');
    await run(page, 'kubectl create configmap extra --from-literal=a=b');
    await run(page, 'kubectl scale deployment kubia --replicas=2');
    await page.waitForTimeout(1500);
    const after = await settled(page);
    expect(Object.keys(after)).toContain('ConfigMap/default/extra');
    const moved = Object.keys(before).filter((id) => id in after && after[id] !== before[id]);
    expect(moved).toEqual([]);
    await app.screenshot('canvas-stable-after-change');
  });

  test('the request path belongs to its request: it fades on the next command and with the step', async ({ page }) => {
    test.setTimeout(180_000);
    const app = new AppPage(page);
    await app.open('/lessons/services/exec-curl');
    await app.waitReady();
    await waitCards(page, 3);
    await run(page, 'kubectl run client --image=busybox --restart=Never -- sleep 3600');
    await run(page, 'sleep 20');
    await run(page, 'kubectl exec client -- wget -qO- http://kubia');
    const path = page.locator('[data-testid=cluster-canvas] [data-relation="request"]');
    await expectDrawn(path);
    await expect(page.locator('[data-testid=cluster-canvas] [data-relation="request"][data-source="Pod/default/client"]')).toHaveCount(1);
    // every leg of the path goes around the cards
    for (const routed of await path.evaluateAll((els) => els.map((e) => e.getAttribute('data-routed')))) expect(routed).toBe('true');
    await app.screenshot('canvas-request-path');
    await run(page, 'kubectl get pods');
    await expect(path).toHaveCount(0);

    // a pod that only lived for the request takes its client card with it
    await run(page, 'kubectl run test2 --rm -i --image=busybox --restart=Never -- wget -qO- http://kubia');
    await expectDrawn(path);
    await expect(page.locator('[data-testid=cluster-canvas] [data-kind="Client"]')).toHaveCount(0);
    await expect(page.locator('[data-testid=cluster-canvas] [data-name="test2"]')).toHaveCount(0);

    // the next step starts without the previous step's path
    await run(page, 'kubectl exec client -- wget -qO- http://kubia');
    await expectDrawn(path);
    await page.getByTestId('next-step').click();
    await expect(page).toHaveURL(/\/lessons\/services\/endpoints$/);
    await expect(path).toHaveCount(0);
  });

  test('the outside client shows the address and port it used', async ({ page }) => {
    test.setTimeout(180_000);
    const app = new AppPage(page);
    await app.open('/play');
    await app.waitReady();
    await waitCards(page, 0);
    await run(page, 'kubectl create deployment kubia --image=luksa/kubia --replicas=1 --port=8080');
    await run(page, 'kubectl expose deployment kubia --type=NodePort --port=80 --target-port=8080');
    await run(page, 'sleep 20');
    // the page holds only the objects' names: the port comes from the API, as a learner would read it
    const port = await page.evaluate(() =>
      (window as unknown as { __kp: { store: { getState(): { query(text: string): Promise<string> } } } }).__kp.store.getState().query("kubectl get service kubia -o jsonpath='{.spec.ports[0].nodePort}'"),
    );
    expect(port).toMatch(/^3\d{4}$/);
    await run(page, `curl -s http://192.168.0.101:${port}`);
    const client = page.locator('[data-testid=cluster-canvas] .kp-card[data-kind="Client"]');
    await expect(client).toContainText(`192.168.0.101:${port}`);
  });

  test('cards are focusable and labelled; Enter opens the inspector beside the canvas, Escape closes it', async ({ page }) => {
    test.setTimeout(180_000);
    const app = new AppPage(page);
    await app.open('/lessons/services/exec-curl');
    await app.waitReady();
    await waitCards(page, 3);
    await settled(page);
    const svc = page.locator('.react-flow__node[data-id="Service/default/kubia"]');
    await expect(svc).toHaveAttribute('aria-label', /^Service default\/kubia, Ready/);
    await expect(svc).toHaveAttribute('tabindex', '0');
    await svc.focus();
    // Tab moves on to the next card
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.classList.contains('react-flow__node'))).toBe(true);
    await svc.focus();
    await page.keyboard.press('Enter');
    const inspector = page.getByTestId('canvas-inspector');
    await expect(inspector).toHaveAttribute('data-name', 'kubia');
    await expect(inspector).toContainText('Selector:');
    // it leaves the canvas in view and is wide enough for describe's lines (which scroll, never clip)
    const pane = (await page.getByTestId('canvas-pane').boundingBox())!;
    const box = (await inspector.boundingBox())!;
    const covered = Math.max(0, Math.min(pane.x + pane.width, box.x + box.width) - Math.max(pane.x, box.x));
    expect(covered / pane.width).toBeLessThan(0.5);
    expect(box.width).toBeGreaterThanOrEqual(480);
    expect(await page.locator('.kp-describe').evaluate((el) => getComputedStyle(el).overflowX)).toBe('auto');
    await app.screenshot('canvas-inspector-keyboard');
    await page.keyboard.press('Escape');
    await expect(inspector).toHaveCount(0);
    // focus goes back to the card on the next frame
    await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.id)).toBe('Service/default/kubia');
  });
});
