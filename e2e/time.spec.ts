import { expect, test } from '@playwright/test';
import { AppPage, guard } from './app-page';
import { LessonPage } from './lesson-page';

const clock = (app: AppPage) => app.page.getByTestId('clock').innerText();

test.describe('time', () => {
  test('flows on a lesson step without touching the controls: pods pull, start and the step completes', async ({ context, page }) => {
    const g = await guard(context, page);
    const app = new LessonPage(page);
    await app.open('/lessons/services/expose');
    await app.waitReady();
    const t0 = await clock(app);
    await expect.poll(() => clock(app), { timeout: 10_000 }).not.toBe(t0);
    await expect(page.getByTestId('paused')).toHaveCount(0);
    await app.type('kubectl create deployment kubia --image=luksa/kubia --replicas=3 --port=8080');
    await app.expectTerminal(/deployment.apps\/kubia created/);
    await app.type('kubectl expose deployment kubia --port=80 --target-port=8080');
    await app.expectTerminal(/service\/kubia exposed/);
    // the image pull takes up to ~15 s of cluster time: at 1× the pods get there by themselves
    await expect(app.check('deployment-ready')).toHaveAttribute('data-state', 'pass', { timeout: 45_000 });
    await app.expectStepComplete();
    expect(g.errors).toEqual([]);
  });

  for (const lang of ['zh', 'en'] as const) {
    test(`a paused clock is shown as paused and stands still (${lang})`, async ({ browser }) => {
      const context = await browser.newContext({ locale: lang === 'zh' ? 'zh-CN' : 'en-US' });
      const page = await context.newPage();
      const app = new AppPage(page);
      await app.open('/play');
      await app.waitReady();
      await expect(page.getByTestId('play')).toHaveAttribute('aria-pressed', 'true');
      await page.getByTestId('play').click();
      const badge = page.getByTestId('paused');
      await expect(badge).toBeVisible();
      await expect(badge).toContainText(lang === 'zh' ? '已暂停' : 'Paused');
      const t = await clock(app);
      await page.waitForTimeout(1500);
      expect(await clock(app)).toBe(t);
      // +1s still steps a paused clock; Play resumes it
      await page.getByTestId('step').click();
      await expect.poll(() => clock(app)).not.toBe(t);
      await app.screenshot(`clock-paused-${lang}`);
      await page.getByTestId('play').click();
      await expect(badge).toHaveCount(0);
      await context.close();
    });
  }

  test('a shared link replays the same cluster and then keeps running', async ({ browser }) => {
    const first = await browser.newContext();
    const page = await first.newPage();
    const app = new AppPage(page);
    await app.open('/play');
    await app.waitReady();
    await app.type('kubectl create deployment web --image=nginx --replicas=2');
    await app.expectTerminal(/deployment.apps\/web created/);
    await expect.poll(() => app.podNames(), { timeout: 15_000 }).toHaveLength(2);
    const pods = await app.podNames();
    await page.getByTestId('share').click();
    const url = await page.getByTestId('share-url').inputValue();
    await first.close();

    const second = await browser.newContext();
    const page2 = await second.newPage();
    const app2 = new AppPage(page2);
    await app2.open(url);
    await app2.waitReady();
    expect(await app2.podNames()).toEqual(pods);
    const t = await clock(app2);
    await expect.poll(() => clock(app2), { timeout: 10_000 }).not.toBe(t);
    await second.close();
  });
});
