import { expect, test } from '@playwright/test';
import { AppPage } from './app-page';

type Kp = { __kp: { store: { getState(): { run(t: string): Promise<unknown>; setClock(p: boolean, s: number): Promise<void>; query(t: string): Promise<string> } } } };

test('a node stopped from the canvas goes NotReady, and its pods come back on the other node', async ({ page }) => {
  test.setTimeout(180_000);
  const app = new AppPage(page);
  await app.open('/play');
  await app.waitReady();
  await page.evaluate(() => (window as unknown as Kp).__kp.store.getState().run('kubectl create deployment web --image=nginx --replicas=4'));
  const node = page.locator('.react-flow__node[data-id="Node//k8s-node1"]');
  await expect(node).toBeVisible();
  // by keyboard, as a card is opened: the frame's middle holds pod cards and the camera may show only part of it
  await node.focus();
  await page.keyboard.press('Enter');
  const inspector = page.getByTestId('canvas-inspector');
  await expect(inspector).toHaveAttribute('data-name', 'k8s-node1');
  await inspector.getByRole('button', { name: 'Stop node' }).click();
  // the command is typed into the terminal, so it is logged and shared like any other
  await app.expectTerminal(/\$ node stop k8s-node1\s+node "k8s-node1" stopped/);
  await page.evaluate(() => (window as unknown as Kp).__kp.store.getState().setClock(true, 50));
  await expect(node).toContainText('NotReady', { timeout: 30_000 });
  // after tolerationSeconds (300 s) the pods are evicted and recreated elsewhere
  await expect
    .poll(
      async () => {
        const out = await page.evaluate(() => (window as unknown as Kp).__kp.store.getState().query('kubectl get pods -l app=web -o wide --field-selector=status.phase=Running'));
        return out.split('\n').filter((l) => / k8s-node2 /.test(l) && / 1\/1 /.test(l)).length;
      },
      { timeout: 90_000 },
    )
    .toBe(4);
  await page.screenshot({ path: 'test-results/faults-node-stopped.png' });
});

/** A BestEffort pod holding 150 MB on k8s-node1: the first the kubelet evicts. */
const HOG = `cat > hog.yaml <<'EOF'
apiVersion: v1
kind: Pod
metadata:
  name: hog
spec:
  nodeName: k8s-node1
  containers:
  - name: hog
    image: polinux/stress
    command: ["stress"]
    args: ["--vm", "1", "--vm-bytes", "150M", "--vm-hang", "1"]
EOF`;

for (const lang of ['en', 'zh'] as const) {
  for (const [w, h] of [
    [1440, 900],
    [390, 844],
  ] as const) {
    test(`memory filled from the canvas puts the node under MemoryPressure and evicts a pod (${lang}, ${w}×${h})`, async ({ browser }) => {
      test.setTimeout(180_000);
      const context = await browser.newContext({ locale: lang === 'zh' ? 'zh-CN' : 'en-US', viewport: { width: w, height: h } });
      const page = await context.newPage();
      const app = new AppPage(page);
      await app.open('/play');
      await app.waitReady();
      await page.evaluate(() => (window as unknown as Kp).__kp.store.getState().setClock(false, 1));
      if (w < 800) await page.getByTestId('pane-tab-canvas').click();
      await page.evaluate(async (yaml) => {
        const s = (window as unknown as Kp).__kp.store.getState();
        await s.run(yaml);
        await s.run('kubectl apply -f hog.yaml');
      }, HOG);
      await expect
        .poll(() => page.evaluate(async () => {
          const s = (window as unknown as Kp).__kp.store.getState();
          await s.run('sleep 5');
          return s.query("kubectl get pod hog -o jsonpath='{.status.phase}'");
        }), { timeout: 60_000 })
        .toBe('Running');
      const node = page.locator('.react-flow__node[data-id="Node//k8s-node1"]');
      await expect(node).toBeVisible();
      const inspector = page.getByTestId('canvas-inspector');
      // the node's name, not the pods drawn inside its card; the layout may still be moving after the new pod
      await expect(async () => {
        await node.getByText('k8s-node1', { exact: true }).first().click({ timeout: 5_000 });
        await expect(inspector).toHaveAttribute('data-name', 'k8s-node1', { timeout: 2_000 });
      }).toPass({ timeout: 30_000 });
      const fill = inspector.getByRole('button', { name: lang === 'zh' ? '占满内存' : 'Fill memory' });
      await expect(fill).toBeVisible();
      await app.screenshot(`faults-${lang}-${w}x${h}-memory-buttons`);
      await fill.click({ timeout: 10_000 });
      // on a phone the terminal is another pane; the command is in its history all the same
      if (w >= 800) await app.expectTerminal(/\$ node fill-memory k8s-node1\s+node "k8s-node1": a process outside Kubernetes now holds \d+Mi of memory/);
      // the button types the command into the terminal, which runs it in its turn: let time pass until the kubelet has acted
      const state = () =>
        page.evaluate(async () => {
          const s = (window as unknown as Kp).__kp.store.getState();
          await s.run('sleep 5');
          const node = await s.query(`kubectl get node k8s-node1 -o jsonpath='{.status.conditions[?(@.type=="MemoryPressure")].status} {.spec.taints[*].key}'`);
          const pod = await s.query("kubectl get pod hog -o jsonpath='{.status.reason}'");
          return `${node.trim()} ${pod.trim()}`;
        });
      await expect.poll(state, { timeout: 60_000 }).toBe('True node.kubernetes.io/memory-pressure Evicted');
      await app.screenshot(`faults-${lang}-${w}x${h}-memory-pressure`);
      await context.close();
    });
  }
}
