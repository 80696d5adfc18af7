import { expect, test, type Page } from '@playwright/test';
import { AppPage } from './app-page';

// The editor ships only the Monaco contributions a YAML manifest uses (src/ui/editor/monacoEntry.ts):
// each feature a learner reaches for is checked here, from the keyboard and the mouse.

const POD = ['apiVersion: v1', 'kind: Pod', 'metadata:', '  name: web', 'spec:', '  containers:', '  - name: web', '    image: nginx', '    imagePulPolicy: Always', ''].join('\n');

async function openEditor(page: Page): Promise<AppPage> {
  const app = new AppPage(page);
  await app.open('/play');
  await app.waitReady();
  await app.waitMonaco();
  await app.setEditorText(POD);
  return app;
}

/** Click at the end of a line of the editor (1-based), which focuses it. */
async function clickLineEnd(page: Page, line: number): Promise<void> {
  const lines = page.locator('[data-testid=monaco] .view-lines');
  const height = await page.locator('[data-testid=monaco] .view-line').first().evaluate((el) => el.getBoundingClientRect().height);
  const box = (await lines.boundingBox())!;
  await page.mouse.click(box.x + 5, box.y + (line - 0.5) * height);
  await page.keyboard.press('End');
}

test.describe('the YAML editor', () => {
  test('completes fields from the schema, shows its docs on hover and marks schema errors', async ({ page }) => {
    await openEditor(page);
    // a misspelled field is marked by monaco-yaml before any apply
    await expect(page.locator('[data-testid=monaco] .squiggly-error, [data-testid=monaco] .squiggly-warning').first()).toBeVisible({ timeout: 30_000 });
    await clickLineEnd(page, 8);
    await page.keyboard.press('Enter');
    await page.keyboard.press('Control+Space');
    const suggest = page.locator('.monaco-editor .suggest-widget');
    await expect(suggest).toBeVisible({ timeout: 20_000 });
    await expect(suggest.getByText('ports', { exact: true }).first()).toBeAttached();
    await page.keyboard.press('Escape');
    // hovering a key shows the field's description from the schema
    const kind = page.locator('[data-testid=monaco] .view-line').filter({ hasText: /^kind:\s*Pod/ }).getByText('kind');
    const box = (await kind.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await expect(page.locator('.monaco-hover').getByText(/The kind of object, e\.g\. Pod, Service, Deployment/).first()).toBeAttached({ timeout: 20_000 });
  });

  test('a config file for --from-file is plain text: no schema marks, while a manifest beside it has them', async ({ page }) => {
    const app = await openEditor(page);
    const marks = page.locator('[data-testid=monaco] .squiggly-error, [data-testid=monaco] .squiggly-warning');
    await expect(marks.first()).toBeVisible({ timeout: 30_000 });
    await page.evaluate(() => (window as unknown as { __kp: { store: { getState(): { setFile(n: string, t: string): void } } } }).__kp.store.getState().setFile('nginx.conf', 'server {\n    listen 80;\n    gzip on;\n}\n'));
    await page.getByRole('tab', { name: 'nginx.conf' }).click();
    await expect(page.locator('[data-testid=monaco] .view-line').first()).toContainText('server {');
    await page.waitForTimeout(1500);
    await expect(marks).toHaveCount(0);
    await app.screenshot('editor-plain-text-file');
  });

  test('finds text, goes to a line, folds and opens the command palette from the keyboard', async ({ page }) => {
    const app = await openEditor(page);
    await clickLineEnd(page, 1);
    await page.keyboard.press('Control+f');
    const find = page.locator('.monaco-editor .find-widget');
    await expect(find).toBeVisible();
    await page.keyboard.type('web');
    await expect(find.locator('.matchesCount')).toHaveText(/1 of 2/);
    await page.keyboard.press('Escape');
    await expect(find).toHaveAttribute('aria-hidden', 'true');
    await page.keyboard.press('Control+g');
    const quick = page.locator('.quick-input-widget');
    await expect(quick).toBeVisible();
    await page.keyboard.type('4');
    await page.keyboard.press('Enter');
    // the cursor is at the start of line 4: typing lands there and reaches the workspace file; undo takes it back
    await page.keyboard.type('#');
    await expect.poll(async () => (await app.editorText()).split('\n')[3]).toBe('#  name: web');
    await page.keyboard.press('Control+z');
    await expect.poll(async () => (await app.editorText()).split('\n')[3]).toBe('  name: web');
    // fold the block of `spec:` from the keyboard
    await page.keyboard.press('Control+g');
    await page.keyboard.type('5');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Control+Shift+BracketLeft');
    await expect(page.locator('[data-testid=monaco] .codicon-folding-collapsed').first()).toBeAttached();
    await page.keyboard.press('F1');
    await expect(quick).toBeVisible();
    await page.keyboard.type('Format Document');
    await expect(quick.getByText('Format Document').first()).toBeVisible();
    await page.keyboard.press('Escape');
  });
});
