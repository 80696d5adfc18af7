import { expect, test } from '@playwright/test';
import { AppPage } from './app-page';

/** A request the host cannot handle makes it throw, as a bug in the simulation would. */
const breakWorker = (app: AppPage) =>
  app.page.evaluate(() => {
    const s = (window as unknown as { __kp: { store: { getState(): { run(t: unknown): Promise<unknown> } } } }).__kp.store.getState();
    void s.run(undefined).catch(() => undefined);
  });

for (const lang of ['en', 'zh'] as const) {
  test(`when the sim worker fails, the page says so, restores from the command log and keeps the editor text (${lang})`, async ({ browser }) => {
    const context = await browser.newContext({ locale: lang === 'zh' ? 'zh-CN' : 'en-US' });
    const page = await context.newPage();
    const app = new AppPage(page);
    await app.open('/play');
    await app.waitReady();
    await app.type('kubectl create deployment kubia --image=luksa/kubia --replicas=2');
    await app.expectTerminal(/deployment\.apps\/kubia created/);
    await expect.poll(() => app.podNames(), { timeout: 15_000 }).toHaveLength(2);
    const pods = await app.podNames();
    await app.waitMonaco();
    await app.setEditorText('# my draft, never applied\n');
    await breakWorker(app);
    const banner = page.getByTestId('worker-crashed');
    await expect(banner).toBeVisible();
    await expect(banner).toContainText(lang === 'zh' ? '编辑器中的文件都已保留' : 'Your editor files are kept');
    // the cause is for developers (console), never the learner
    await expect(banner).not.toContainText('TypeError');
    await expect(page.getByTestId('paused')).toHaveCount(0);
    await app.screenshot(`worker-crashed-${lang}`);
    await page.getByTestId('worker-restore').click();
    await expect(banner).toBeHidden();
    await app.waitReady();
    expect(await app.podNames()).toEqual(pods);
    expect(await app.editorText()).toBe('# my draft, never applied\n');
    await app.expectTerminal(lang === 'zh' ? /集群已恢复：重放了 1 条命令/ : /Cluster restored: 1 commands replayed/);
    await app.expectTerminal(/\$ kubectl create deployment kubia/);
    // the restored cluster runs on and takes commands
    const t = await page.getByTestId('clock').innerText();
    await expect.poll(() => page.getByTestId('clock').innerText(), { timeout: 10_000 }).not.toBe(t);
    await app.type('kubectl scale deployment kubia --replicas=3');
    await app.expectTerminal(/deployment\.apps\/kubia scaled/);
    await context.close();
  });
}

test('after a failure the step can also start fresh', async ({ page }) => {
  const app = new AppPage(page);
  await app.open('/play');
  await app.waitReady();
  await app.type('kubectl create deployment web --image=nginx');
  await app.expectTerminal(/deployment\.apps\/web created/);
  await breakWorker(app);
  await page.getByTestId('worker-fresh').click();
  await expect(page.getByTestId('worker-crashed')).toBeHidden();
  await app.waitReady();
  await expect.poll(() => app.podNames()).toEqual([]);
  expect(await app.terminalText()).not.toContain('kubectl create deployment web');
});
