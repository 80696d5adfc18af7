import { expect, test } from '@playwright/test';
import { AppPage, guard } from './app-page';

/** Whether the terminal belongs to a shell inside a pod (the store's session). */
const inSession = (app: AppPage) => app.page.evaluate(() => !!(window as unknown as { __kp: { store: { getState(): { session: unknown } } } }).__kp.store.getState().session);

for (const lang of ['zh', 'en'] as const) {
  test(`an interactive shell in a pod prints its hostname and exit returns to the playground (${lang})`, async ({ browser }) => {
    const context = await browser.newContext({ locale: lang === 'zh' ? 'zh-CN' : 'en-US' });
    const page = await context.newPage();
    const g = await guard(context, page);
    const app = new AppPage(page);
    await app.open('/play');
    await app.waitReady();
    await app.type('kubectl run client --image=busybox --restart=Never -- sleep 3600');
    await app.expectTerminal(/pod\/client created/);
    await app.type('kubectl wait --for=condition=Ready pod/client --timeout=60s');
    await app.expectTerminal(/pod\/client condition met/);
    await app.type('kubectl exec -it client -- sh');
    await expect.poll(() => inSession(app)).toBe(true);
    await app.expectTerminal(/\n\/ # \s*$/);
    await app.type('hostname');
    await app.expectTerminal(/\/ # hostname\nclient\n\/ # /);
    await app.type('cd /etc && cat hostname');
    await app.expectTerminal(/\/ # cd \/etc && cat hostname\nclient\n\/etc # /);
    await app.screenshot(`pod-shell-${lang}`);
    await app.type('exit');
    await expect.poll(() => inSession(app)).toBe(false);
    // back at the playground prompt: a container command is not found here
    await app.type('hostname');
    await app.expectTerminal(/bash: hostname: command not found/);
    expect(g.errors).toEqual([]);
    await context.close();
  });
}

test('kubectl run -it --rm opens the pod shell, and Ctrl+D ends it and deletes the pod', async ({ page, context }) => {
  const g = await guard(context, page);
  const app = new AppPage(page);
  await app.open('/play');
  await app.waitReady();
  await app.type('kubectl run -it --rm test --image=busybox --restart=Never -- sh');
  await app.expectTerminal(/If you don't see a command prompt, try pressing enter\.\n\/ # /);
  await app.type('hostname');
  await app.expectTerminal(/\/ # hostname\ntest\n/);
  expect(await app.podNames()).toContain('test');
  await page.keyboard.press('Control+D');
  await app.expectTerminal(/pod "test" deleted from default namespace\n\$ /);
  await expect.poll(() => app.podNames()).not.toContain('test');
  expect(await inSession(app)).toBe(false);
  expect(g.errors).toEqual([]);
});
