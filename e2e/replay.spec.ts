import { expect, test } from '@playwright/test';
import { AppPage } from './app-page';

test.describe('the control-plane replay', () => {
  test('steps through what the control plane did after a command, and the canvas looks at each step’s object', async ({ page }) => {
    const app = new AppPage(page);
    await app.open('/play');
    await app.waitReady();
    await app.type('kubectl create deployment kubia --image=luksa/kubia --replicas=2');
    await app.expectTerminal(/deployment.apps\/kubia created/);
    await page.getByTestId('tab-replay').click();
    const replay = page.getByTestId('replay');
    await expect(replay).toContainText('kubectl create deployment kubia');
    await replay.focus();
    await page.keyboard.press('ArrowRight');
    const step = page.getByTestId('replay-step');
    await expect(step).toContainText('create deployments/kubia');
    await expect(step).toContainText('authorization: ClusterRoleBinding kubeadm:cluster-admins → ClusterRole cluster-admin');
    await expect(step).toContainText('etcd: stored at resourceVersion');
    await expect(page.locator('.replay-flow .proc[data-process="etcd"]')).toHaveAttribute('data-lit', '3');
    await expect(page.locator('.react-flow__node.kp-replay')).toHaveAttribute('data-id', 'Deployment/default/kubia');
    // on to the scheduler's decision for the first pod
    for (let i = 0; i < 40; i++) {
      if (((await step.getAttribute('data-kind')) ?? '') === 'schedule') break;
      await page.keyboard.press('ArrowRight');
    }
    await expect(step).toHaveAttribute('data-kind', 'schedule');
    await expect(step).toContainText('k8s-master: filtered out: node(s) had untolerated taint');
    await expect(page.locator('.react-flow__node.kp-replay')).toHaveAttribute('data-id', /^Pod\/default\/kubia-/);
    // time runs (faster here): the kubelet's later work joins the same replay
    await page.evaluate(() => (window as unknown as { __kp: { store: { getState(): { setClock(p: boolean, s: number): Promise<void> } } } }).__kp.store.getState().setClock(true, 20));
    await expect(replay).toContainText('Started', { timeout: 30_000 });
    // paused again, so that no later step arrives between End and the check
    await page.evaluate(() => (window as unknown as { __kp: { store: { getState(): { setClock(p: boolean, s: number): Promise<void> } } } }).__kp.store.getState().setClock(false, 1));
    await replay.focus();
    await page.keyboard.press('End');
    await expect(page.getByTestId('replay-pos')).toHaveText(/^(\d+) \/ \1$/);
    await page.screenshot({ path: 'test-results/replay-en-1440.png' });
  });

  test('reads in Chinese and keeps its tabs when stacked on a phone', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    const app = new AppPage(page);
    await app.open('/play');
    await app.waitReady();
    if ((await page.locator('html').getAttribute('lang')) !== 'zh') await page.getByTestId('lang-switch').click();
    await page.evaluate(() => (window as unknown as { __kp: { store: { getState(): { run(t: string): Promise<unknown> } } } }).__kp.store.getState().run('kubectl run web --image=nginx'));
    await page.getByTestId('pane-tab-canvas').click();
    await page.getByTestId('sub-tab-events').click();
    await page.getByTestId('tab-replay').click();
    await expect(page.getByTestId('replay')).toContainText('命令');
    await page.getByRole('button', { name: '下一步（→）' }).click();
    await expect(page.getByTestId('replay-step')).toContainText('认证: kubernetes-admin');
    await page.screenshot({ path: 'test-results/replay-zh-phone.png' });
  });
});

test('a shared link opens the replay on the step the sharer was looking at', async ({ page }) => {
  const app = new AppPage(page);
  await app.open('/play');
  await app.waitReady();
  await app.type('kubectl create deployment web --image=nginx');
  await app.expectTerminal(/deployment.apps\/web created/);
  await page.getByTestId('tab-replay').click();
  await page.getByTestId('replay').focus();
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
  const shown = (await page.getByTestId('replay-step').innerText()).split('\n')[0];
  await page.getByTestId('share').click();
  const url = await page.getByTestId('share-url').inputValue();
  await page.goto(url);
  await app.waitReady();
  await expect(page.getByTestId('replay-pos')).toHaveText(/^3 \//);
  await expect(page.getByTestId('replay-step')).toContainText(shown);
});
