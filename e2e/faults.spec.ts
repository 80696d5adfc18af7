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
  await node.click();
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
