import { expect, test, type Page } from '@playwright/test';
import { AppPage } from './app-page';

/** Columns of the xterm terminal. */
function terminalCols(page: Page): Promise<number> {
  return page.evaluate(() => (document.querySelector('[data-testid=terminal]') as HTMLElement & { __term?: { cols: number } }).__term?.cols ?? 0);
}

async function open(page: Page, path: string, lang: 'en' | 'zh'): Promise<AppPage> {
  await page.addInitScript((l) => localStorage.setItem('kp.lang', l), lang);
  const app = new AppPage(page);
  await app.open(path);
  await app.waitReady();
  return app;
}

const noOverflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

for (const lang of ['en', 'zh'] as const) {
  test.describe(`page layout (${lang})`, () => {
    for (const [w, h] of [
      [1440, 900],
      [1024, 768],
    ]) {
      test(`${w}x${h}: the terminal has 80 columns by default`, async ({ page }) => {
        await page.setViewportSize({ width: w, height: h });
        const app = await open(page, '/lessons/services/expose', lang);
        await expect.poll(() => terminalCols(page)).toBeGreaterThanOrEqual(80);
        expect(await noOverflow(page)).toBe(true);
        await app.screenshot(`layout-${lang}-${w}x${h}`);
      });
    }

    test('390x844: tabs for lesson, editor, terminal and canvas, and a top bar that fits', async ({ page }) => {
      await page.setViewportSize({ width: 390, height: 844 });
      const app = await open(page, '/lessons/services/expose', lang);
      expect(await noOverflow(page)).toBe(true);
      const bar = await page.locator('header.topbar').boundingBox();
      expect(bar!.width).toBeLessThanOrEqual(390);
      await expect(page.getByTestId('lesson-panel')).toBeVisible();
      await app.screenshot(`layout-${lang}-390x844-lesson`);
      await page.getByTestId('pane-tab-editor').click();
      await expect(page.getByTestId('editor-pane')).toBeVisible();
      await expect(page.getByTestId('lesson-panel')).toBeHidden();
      await page.getByTestId('pane-tab-terminal').click();
      await expect(page.getByTestId('terminal')).toBeVisible();
      await app.type('kubectl get nodes');
      await app.expectTerminal(/k8s-master\s+Ready/);
      await app.screenshot(`layout-${lang}-390x844-terminal`);
      await page.getByTestId('pane-tab-canvas').click();
      await expect(page.getByTestId('canvas-pane')).toBeVisible();
      await expect(page.getByTestId('editor-pane')).toBeHidden();
      expect(await noOverflow(page)).toBe(true);
      await app.screenshot(`layout-${lang}-390x844-canvas`);
    });
  });
}

test('1024x768: the canvas can be enlarged over the lesson and the editor, and Escape gives them back', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  const app = await open(page, '/lessons/statefulset/identity', 'en');
  const canvas = page.getByTestId('canvas-pane');
  await page.getByTestId('top-tab-canvas').click();
  const before = (await canvas.boundingBox())!;
  await page.getByTestId('canvas-expand').click();
  await expect(page.getByTestId('lesson-panel')).toBeHidden();
  await expect(page.getByTestId('editor-pane')).toBeHidden();
  await expect(page.getByTestId('canvas-expand')).toHaveAttribute('aria-pressed', 'true');
  await expect.poll(async () => (await canvas.boundingBox())!.width).toBeGreaterThan(before.width + 200);
  // the terminal stays, still 80 columns wide
  await expect(page.getByTestId('terminal')).toBeVisible();
  expect(await terminalCols(page)).toBeGreaterThanOrEqual(80);
  await app.screenshot('layout-en-1024x768-canvas-enlarged');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('lesson-panel')).toBeVisible();
  // at this width editor and canvas take turns in the top row
  await page.getByTestId('top-tab-editor').click();
  await expect(page.getByTestId('editor-pane')).toBeVisible();
  await page.getByTestId('top-tab-canvas').click();
  await expect.poll(async () => Math.round((await canvas.boundingBox())!.width)).toBe(Math.round(before.width));
});

test('1024x768: editor and canvas take turns, so the canvas is as wide as the terminal; a command that writes shows the canvas', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  const app = await open(page, '/lessons/services/expose', 'en');
  const canvas = page.getByTestId('canvas-pane');
  await page.getByTestId('top-tab-editor').click();
  await expect(page.getByTestId('editor-pane')).toBeVisible();
  await app.type('kubectl create deployment kubia --image=luksa/kubia');
  await expect(page.getByTestId('top-tab-canvas')).toHaveAttribute('aria-selected', 'true');
  await expect(canvas).toBeVisible();
  expect((await canvas.boundingBox())!.width).toBeGreaterThan(700);
  expect(await terminalCols(page)).toBeGreaterThanOrEqual(80);
  await app.screenshot('layout-en-1024x768-turns');
});

test('embed shares the width between editor and canvas and has time controls', async ({ page }) => {
  await page.setViewportSize({ width: 1000, height: 600 });
  const app = await open(page, '/play?embed=1', 'en');
  await app.waitMonaco();
  const editor = (await page.getByTestId('editor-pane').boundingBox())!;
  const canvas = (await page.getByTestId('canvas-pane').boundingBox())!;
  expect(editor.width).toBeGreaterThan(350);
  expect(canvas.width).toBeGreaterThan(350);
  await expect(page.getByTestId('clock')).toBeVisible();
  const before = await page.getByTestId('clock').innerText();
  await page.getByTestId('speed').selectOption('20');
  if ((await page.getByTestId('play').getAttribute('aria-pressed')) !== 'true') await page.getByTestId('play').click();
  await expect.poll(() => page.getByTestId('clock').innerText()).not.toBe(before);
  await app.screenshot('layout-embed');
});

test('presenter mode enlarges the text and keeps the terminal at 80 columns', async ({ page }) => {
  const app = await open(page, '/lessons/services/expose?present=1', 'zh');
  await expect.poll(() => terminalCols(page)).toBeGreaterThanOrEqual(80);
  const size = (sel: string) => page.locator(sel).first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(await size('.lp-md')).toBeGreaterThanOrEqual(18);
  expect(await size('.events')).toBeGreaterThanOrEqual(16);
  await app.screenshot('layout-present-zh');
});

for (const lang of ['en', 'zh'] as const) test(`presenter mode on a 1024×768 projector keeps 80 columns in type larger than the normal page, and a top bar that fits (${lang})`, async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  const app = await open(page, '/lessons/services/expose?present=1', lang);
  await expect.poll(() => terminalCols(page)).toBeGreaterThanOrEqual(80);
  const termFont = await page.evaluate(() => (document.querySelector('[data-testid=terminal]') as HTMLElement & { __term?: { options: { fontSize: number } } }).__term?.options.fontSize ?? 0);
  expect(termFont).toBeGreaterThan(13);
  // the top bar's controls fit in the window
  const bar = await page.locator('.topbar').evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth, right: Math.max(...[...el.querySelectorAll('button, select, a')].map((b) => b.getBoundingClientRect().right)) }));
  expect(bar.scroll).toBeLessThanOrEqual(bar.client);
  expect(bar.right).toBeLessThanOrEqual(1024);
  // the larger cards take turns with the editor: the canvas gets the whole top row
  await page.getByTestId('top-tab-canvas').click();
  expect((await page.getByTestId('canvas-pane').boundingBox())!.width).toBeGreaterThan(600);
  // the lesson's commands wrap between words in the narrow panel: a flag is never cut in two
  const word = page.getByTestId('lesson-panel').locator('.lp-word', { hasText: '--image=luksa/kubia' }).first();
  const lineHeight = await word.evaluate((el) => parseFloat(getComputedStyle(el).lineHeight));
  expect((await word.boundingBox())!.height).toBeLessThan(lineHeight * 1.5);
  await app.screenshot(`layout-present-1024-${lang}`);
});

test.describe('keyboard', () => {
  test('Escape then Tab leaves the editor; Tab alone indents', async ({ page }) => {
    const app = await open(page, '/play', 'en');
    await app.waitMonaco();
    await page.locator('[data-testid=monaco] .view-lines').click();
    await expect(page.getByTestId('editor-tab-mode')).toContainText('Esc or Ctrl+M');
    const before = await app.editorText();
    await page.keyboard.press('End');
    await page.keyboard.press('Tab');
    await expect.poll(() => app.editorText()).not.toBe(before);
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('editor-tab-mode')).toContainText('Tab moves focus');
    await page.keyboard.press('Tab');
    const inEditor = () => page.evaluate(() => !!document.activeElement?.closest('[data-testid=monaco]'));
    expect(await inEditor()).toBe(false);
    // Ctrl+M keeps Tab moving focus, also after coming back
    await page.locator('[data-testid=monaco] .view-lines').click();
    await page.keyboard.press('Control+m');
    await page.keyboard.press('Shift+Tab');
    expect(await inEditor()).toBe(false);
  });

  test('Escape then Tab leaves the terminal, Shift+Tab goes back out', async ({ page }) => {
    const app = await open(page, '/play', 'en');
    const inTerminal = () => page.evaluate(() => !!document.activeElement?.closest('[data-testid=terminal]'));
    await page.locator('[data-testid=terminal] .xterm').click();
    expect(await inTerminal()).toBe(true);
    await expect(page.getByTestId('terminal-tab-hint')).toContainText('Esc then Tab');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Tab');
    expect(await inTerminal()).toBe(false);
    await page.locator('[data-testid=terminal] .xterm').click();
    await page.keyboard.press('Shift+Tab');
    expect(await inTerminal()).toBe(false);
    // Tab alone still completes
    await page.locator('[data-testid=terminal] .xterm').click();
    await page.keyboard.type('kubec');
    await page.keyboard.press('Tab');
    await app.expectTerminal(/\$ kubectl\s*$/);
  });

  test('splitters are focusable separators moved by the arrow keys', async ({ page }) => {
    await open(page, '/lessons/services/expose', 'en');
    const split = page.getByTestId('split-terminal');
    await expect(split).toHaveAttribute('role', 'separator');
    const terminal = page.getByTestId('terminal-pane');
    const h0 = (await terminal.boundingBox())!.height;
    const v0 = Number(await split.getAttribute('aria-valuenow'));
    await split.focus();
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await expect.poll(async () => Number(await split.getAttribute('aria-valuenow'))).toBe(v0 - 48);
    expect((await terminal.boundingBox())!.height).toBeGreaterThan(h0 + 40);
    const lesson = page.getByTestId('split-lesson');
    const w0 = Number(await lesson.getAttribute('aria-valuenow'));
    await lesson.focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(async () => Number(await lesson.getAttribute('aria-valuenow'))).toBe(w0 + 24);
  });
});
