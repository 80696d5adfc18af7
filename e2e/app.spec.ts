import { expect, test } from '@playwright/test';
import { AppPage, guard } from './app-page';

const CHAPTERS = [1, 5, 6, 7, 9, 10, 11, 12, 13];

test.describe('the playground page', () => {
  test('home lists the chapters of the notes, without console errors or requests to another origin', async ({ context, page }) => {
    const g = await guard(context, page);
    const app = new AppPage(page);
    await app.open('/');
    for (const n of CHAPTERS) await expect(page.getByTestId(`chapter-${n}`)).toBeVisible();
    for (const n of [1, 5, 11]) await expect(page.getByTestId(`chapter-${n}`).getByRole('link')).toBeVisible();
    await app.screenshot('home-en');
    await page.getByTestId('open-play').click();
    await app.waitReady();
    await app.waitMonaco();
    await page.waitForTimeout(500);
    expect(g.external).toEqual([]);
    expect(g.errors).toEqual([]);
  });

  test('the language follows the browser and the switch persists', async ({ browser }) => {
    const context = await browser.newContext({ locale: 'zh-CN' });
    const page = await context.newPage();
    const app = new AppPage(page);
    await app.open('/');
    await expect(page.getByTestId('chapter-5')).toContainText('服务');
    await expect(page.getByTestId('chapter-1')).toContainText('容器');
    await app.screenshot('home-zh');
    await page.getByTestId('open-play').click();
    await app.waitReady();
    await app.waitMonaco();
    await expect(page.getByTestId('apply')).toContainText('应用');
    await app.screenshot('play-zh');
    await app.open('/');
    await page.getByTestId('lang-switch').click();
    await expect(page.getByTestId('open-play')).toHaveText('Open the sandbox');
    await page.reload();
    await expect(page.getByTestId('open-play')).toHaveText('Open the sandbox');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await context.close();
  });

  test('the theme switch goes dark and stays dark', async ({ page }) => {
    const app = new AppPage(page);
    await app.open('/');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    await page.getByTestId('theme-switch').click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await app.open('/play');
    await app.waitReady();
    await app.waitMonaco();
    await app.screenshot('play-dark');
  });

  test('the sandbox terminal runs kubectl get nodes', async ({ page }) => {
    const app = new AppPage(page);
    await app.open('/play');
    await app.waitReady();
    await app.type('kubectl get nodes');
    await app.expectTerminal(/k8s-master[\s\S]*k8s-node1[\s\S]*k8s-node2/);
    await app.waitMonaco();
    await app.screenshot('play-en');
  });

  test('the terminal completes commands with Tab and recalls history with the up arrow', async ({ page }) => {
    const app = new AppPage(page);
    await app.open('/play');
    await app.waitReady();
    await page.locator('[data-testid=terminal] .xterm').click();
    await page.keyboard.type('kubec');
    await page.keyboard.press('Tab');
    await page.keyboard.type('get ns');
    await page.keyboard.press('Enter');
    // wait for the output: keys typed while a command runs are not read
    await app.expectTerminal(/\$ kubectl get ns[\s\S]*kube-system\s+Active/);
    await page.keyboard.press('ArrowUp');
    await app.expectTerminal(/\$ kubectl get ns[\s\S]*\$ kubectl get ns/);
  });

  test('Apply runs kubectl apply -f on the active tab and the terminal shows it', async ({ page }) => {
    const app = new AppPage(page);
    await app.open('/play');
    await app.waitReady();
    await app.waitMonaco();
    await page.getByTestId('apply').click();
    await app.expectTerminal(/\$ kubectl apply -f kubia-pod\.yaml\s+pod\/kubia created/);
    await expect(page.getByTestId('problems')).toContainText('No problems');
  });

  test('Ctrl+Enter in the editor applies too', async ({ page }) => {
    const app = new AppPage(page);
    await app.open('/play');
    await app.waitReady();
    await app.waitMonaco();
    await page.locator('[data-testid=monaco] .view-lines').click();
    await page.keyboard.press('Control+Enter');
    await app.expectTerminal(/pod\/kubia created/);
  });

  test('a mistaken manifest puts a marker on the line of the wrong field', async ({ page }) => {
    const app = new AppPage(page);
    await app.open('/play');
    await app.waitReady();
    await app.waitMonaco();
    await app.setEditorText(
      ['apiVersion: v1', 'kind: Pod', 'metadata:', '  name: kubia', 'spec:', '  containers:', '  - name: kubia', '    imagee: luksa/kubia', ''].join('\n'),
    );
    await page.getByTestId('apply').click();
    await app.expectTerminal(/unknown field "spec\.containers\[0\]\.imagee"/);
    const problem = page.getByTestId('problems').locator('li').first();
    await expect(problem).toHaveAttribute('data-line', '8');
    await expect(problem).toContainText('did you mean "image"');
    await expect(page.locator('[data-testid=monaco] .squiggly-error')).toHaveCount(1);
    await app.screenshot('play-marker');
  });

  test('kubectl edit opens the live object in a new editor tab', async ({ page }) => {
    const app = new AppPage(page);
    await app.open('/play');
    await app.waitReady();
    await app.type('kubectl edit namespace default');
    await expect(page.locator('[data-tab="namespace-default.yaml"]')).toBeVisible();
    expect(await app.editorText()).toContain('kind: Namespace');
  });

  test('embed mode shows only the editor and the canvas', async ({ page }) => {
    const app = new AppPage(page);
    await app.open('/play?embed=1');
    await app.waitReady();
    await expect(page.getByTestId('editor-pane')).toBeVisible();
    await expect(page.getByTestId('canvas-pane')).toBeVisible();
    await expect(page.getByTestId('terminal')).toHaveCount(0);
    await expect(page.locator('header.topbar')).toHaveCount(0);
    await app.waitMonaco();
    await app.screenshot('play-embed');
  });

  test('presenter mode uses large type and puts the canvas first', async ({ page }) => {
    const app = new AppPage(page);
    await app.open('/play?present=1');
    await app.waitReady();
    await expect(page.locator('html')).toHaveAttribute('data-present', '1');
    const canvasBox = await page.getByTestId('canvas-pane').boundingBox();
    const editorBox = await page.getByTestId('editor-pane').boundingBox();
    expect(canvasBox!.x).toBeLessThan(editorBox!.x);
    const size = await page.evaluate(() => getComputedStyle(document.documentElement).fontSize);
    expect(parseFloat(size)).toBeGreaterThanOrEqual(18);
    await app.waitMonaco();
    await app.screenshot('play-present');
  });
});
