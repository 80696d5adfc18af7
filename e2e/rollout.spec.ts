import { expect, test, type Page } from '@playwright/test';
import { AppPage, guard } from './app-page';

type Kp = { __kp: { store: { getState(): { run(c: string): Promise<unknown>; setClock(playing: boolean, speed: number): Promise<void> } } } };

/** Run a command the way the lesson's Run buttons do (through the page's store), and wait for it. */
async function run(page: Page, command: string): Promise<void> {
  await page.evaluate((c) => (window as unknown as Kp).__kp.store.getState().run(c), command);
}

const canvas = (page: Page) => page.getByTestId('cluster-canvas');
const rolloutEdge = (page: Page) => canvas(page).locator('[data-relation="rollout"]');
const deployCard = (page: Page) => canvas(page).locator('.kp-card', { hasText: 'Deployment' }).first();

/** Drag the canvas so that the rollout edge sits in the middle of the view (the camera follows the last change). */
async function centerOnRollout(page: Page): Promise<void> {
  const pane = await canvas(page).locator('.react-flow__pane').boundingBox();
  const edge = await rolloutEdge(page).first().boundingBox();
  if (!pane || !edge) return;
  const [cx, cy] = [pane.x + pane.width / 2, pane.y + pane.height / 2];
  // start the drag on empty canvas, away from the cards
  const [sx, sy] = [pane.x + pane.width - 10, pane.y + pane.height - 10];
  await page.mouse.move(sx, sy);
  await page.mouse.down();
  await page.mouse.move(sx + cx - (edge.x + edge.width / 2), sy + cy - (edge.y + edge.height / 2), { steps: 8 });
  await page.mouse.up();
}

/** A 4-replica Deployment, slowed by minReadySeconds, caught mid-way through its update to `image`. */
async function midRollout(page: Page, image: string): Promise<void> {
  await run(page, 'kubectl set image deployment kubia kubia=' + image);
  await run(page, 'sleep 5');
}

for (const lang of ['en', 'zh'] as const) {
  for (const [w, h] of [
    [1440, 900],
    [390, 844],
  ] as const) {
    test(`a rollout and a rollback on the canvas (${lang}, ${w}×${h})`, async ({ browser }) => {
      test.setTimeout(180_000);
      const context = await browser.newContext({ locale: lang === 'zh' ? 'zh-CN' : 'en-US', viewport: { width: w, height: h } });
      const page = await context.newPage();
      const g = await guard(context, page);
      const app = new AppPage(page);
      await app.open('/play');
      await app.waitReady();
      // virtual time moves only with the commands below, so each picture is of a known instant
      await page.evaluate(() => (window as unknown as Kp).__kp.store.getState().setClock(false, 1));
      if (w < 800) await page.getByTestId('pane-tab-canvas').click();
      await run(page, 'kubectl create deployment kubia --image=luksa/kubia:v1 --replicas=4');
      await run(page, 'kubectl rollout status deployment kubia');
      await run(page, `kubectl patch deployment kubia -p '{"spec":{"minReadySeconds":10}}'`);
      await run(page, 'sleep 15');
      await expect(rolloutEdge(page)).toHaveCount(0);

      await midRollout(page, 'luksa/kubia:v2');
      await expect(rolloutEdge(page)).toHaveCount(1);
      const edge = rolloutEdge(page).first();
      const from = await edge.getAttribute('data-source');
      const to = await edge.getAttribute('data-target');
      expect(from).toMatch(/^ReplicaSet\/default\/kubia-/);
      expect(to).toMatch(/^ReplicaSet\/default\/kubia-/);
      await expect(canvas(page).getByText(/\d old → \d\/\d new/)).toBeVisible();
      await expect(deployCard(page)).toContainText('surge');
      await expect(deployCard(page)).toContainText(/of max 1/);
      await centerOnRollout(page);
      await page.waitForTimeout(800);
      await app.screenshot(`rollout-${lang}-${w}x${h}-update`);

      await run(page, 'kubectl rollout status deployment kubia');
      await expect(rolloutEdge(page)).toHaveCount(0);
      await expect(deployCard(page)).not.toContainText('surge');

      // the rollback makes the v1 ReplicaSet the newest revision: the edge now points at it
      await run(page, 'kubectl rollout undo deployment kubia');
      await run(page, 'sleep 5');
      await expect(rolloutEdge(page)).toHaveCount(1);
      expect(await rolloutEdge(page).first().getAttribute('data-source')).toBe(to);
      expect(await rolloutEdge(page).first().getAttribute('data-target')).toBe(from);
      await centerOnRollout(page);
      await page.waitForTimeout(800);
      await app.screenshot(`rollout-${lang}-${w}x${h}-rollback`);
      await run(page, 'kubectl rollout status deployment kubia');
      await expect(rolloutEdge(page)).toHaveCount(0);
      expect(g.errors).toEqual([]);
      await context.close();
    });
  }
}

test('kubectl edit: a changed image saved with Apply starts a rollout, as the notes describe', async ({ page }) => {
  test.setTimeout(120_000);
  const app = new AppPage(page);
  await app.open('/play');
  await app.waitReady();
  await app.waitMonaco();
  await app.type('kubectl create deployment web --image=nginx:1.25 --replicas=2');
  await app.expectTerminal(/deployment\.apps\/web created/);
  await app.type('kubectl edit deployment web');
  await expect(page.locator('[data-tab="deployment-web.yaml"]')).toBeVisible();
  const live = await app.editorText();
  expect(live).toContain('image: nginx:1.25');
  // the clock keeps running while the learner edits: status writes move the live resourceVersion on
  await run(page, 'sleep 20');
  await app.setEditorText(live.replace('image: nginx:1.25', 'image: nginx:1.26'));
  await page.getByTestId('apply').click();
  await app.expectTerminal(/deployment\.apps\/web edited/);
  await app.type('kubectl rollout status deployment web');
  await app.expectTerminal(/deployment "web" successfully rolled out/);
  await app.type('kubectl rollout history deployment web');
  await app.expectTerminal(/REVISION\s+CHANGE-CAUSE[\s\S]*1\s+<none>[\s\S]*2\s+<none>/);
  expect(await app.terminalText()).not.toMatch(/Operation cannot be fulfilled|error/i);
});
