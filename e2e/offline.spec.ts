import { expect, test } from '@playwright/test';
import { LessonPage } from './lesson-page';

test.describe('offline after a first visit', () => {
  test('next step, reload and any lesson step work without a network', async ({ page, context }) => {
    const app = new LessonPage(page);
    await app.open('/lessons/services/expose');
    await app.waitReady();
    // the service worker precached the whole site and controls the page
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }));
    });
    await context.setOffline(true);

    await page.getByTestId('next-step').click();
    await expect(app.panel).toHaveAttribute('data-step', 'service-yaml');
    await app.waitMonaco();
    await expect(page.getByTestId('load-error')).toHaveCount(0);

    await page.reload();
    await app.waitReady();
    await expect(app.panel).toHaveAttribute('data-step', 'service-yaml');
    await app.waitMonaco();

    await page.goto('/lessons/services/headless');
    await app.waitReady();
    await expect(app.panel).toHaveAttribute('data-step', 'headless');
    await page.goto('/play');
    await app.waitReady();
    await app.type('kubectl get nodes');
    await app.expectTerminal(/k8s-node1\s+Ready/);
  });

  test('a chunk that cannot load shows an error screen with a reload button', async ({ page, context }) => {
    // no service worker here: the first visit is offline for the lesson chunk
    await context.route('**/assets/LessonPanel-*.js', (route) => route.abort('internetdisconnected'));
    await page.goto('/lessons/services/expose');
    await expect(page.getByTestId('load-error')).toBeVisible();
    await expect(page.getByTestId('load-error').getByRole('button')).toBeVisible();
  });
});
