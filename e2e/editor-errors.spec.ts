import { expect, test, type Page } from '@playwright/test';
import { AppPage, guard } from './app-page';

const lines = (...l: string[]) => [...l, ''].join('\n');

async function openSandbox(page: Page, lang: 'en' | 'zh' = 'en'): Promise<AppPage> {
  await page.addInitScript((l) => localStorage.setItem('kp.lang', l), lang);
  const app = new AppPage(page);
  await app.open('/play');
  await app.waitReady();
  await app.waitMonaco();
  return app;
}

/** The problems list entries: [line, message]. */
async function problems(page: Page): Promise<[number, string][]> {
  const items = page.getByTestId('problems').locator('li');
  const n = await items.count();
  const out: [number, string][] = [];
  for (let i = 0; i < n; i++) out.push([Number(await items.nth(i).getAttribute('data-line')), await items.nth(i).innerText()]);
  return out;
}

/** Lines (1-based) that carry an error squiggle in Monaco. */
async function squiggleLines(page: Page): Promise<number[]> {
  return page.evaluate(() => {
    const host = document.querySelector('[data-testid=monaco] .monaco-editor')!;
    const top = (host.querySelector('.view-lines') as HTMLElement).getBoundingClientRect().top;
    const lineH = (host.querySelector('.view-line') as HTMLElement).getBoundingClientRect().height;
    return [...host.querySelectorAll('.squiggly-error')].map((el) => Math.round((el.getBoundingClientRect().top - top) / lineH) + 1).sort((a, b) => a - b);
  });
}

test.describe('API errors on their lines', () => {
  test('the problems list says nothing before the first apply and belongs to its tab', async ({ page }) => {
    await openSandbox(page);
    await expect(page.getByTestId('problems')).toHaveCount(0);
    await page.getByTestId('apply').click();
    await expect(page.getByTestId('problems')).toContainText('No problems');
    await page.getByTestId('new-tab').click();
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('problems')).toHaveCount(0);
  });

  test('a type error is marked on the field, not on line 1', async ({ page, context }) => {
    const g = await guard(context, page);
    const app = await openSandbox(page);
    await app.setEditorText(lines('apiVersion: v1', 'kind: Service', 'metadata:', '  name: kubia', 'spec:', '  ports:', '  - name: http', '    port: "80"', '  selector:', '    app: kubia'));
    await page.getByTestId('apply').click();
    await app.expectTerminal(/cannot unmarshal string into Go struct field ServicePort\.spec\.ports\.port of type int32/);
    await expect.poll(() => problems(page)).toEqual([[8, expect.stringContaining('cannot unmarshal string')]]);
    await expect.poll(() => squiggleLines(page)).toEqual([8]);
    expect(g.external).toEqual([]);
  });

  test('each cause of an is-invalid error gets its own marker and entry', async ({ page }) => {
    const app = await openSandbox(page);
    await app.setEditorText(lines('apiVersion: v1', 'kind: Service', 'metadata:', '  name: Service-yaohong', 'spec:', '  type: Bogus', '  ports:', '  - port: 80'));
    await page.getByTestId('apply').click();
    await app.expectTerminal(/is invalid/);
    await expect.poll(() => problems(page)).toEqual([
      [4, expect.stringContaining('metadata.name: Invalid value: "Service-yaohong"')],
      [6, expect.stringContaining('spec.type: Unsupported value: "Bogus"')],
    ]);
    await expect.poll(() => squiggleLines(page)).toEqual([4, 6]);
    await app.screenshot('editor-invalid-causes');
  });

  test('a YAML syntax error is marked on the line its message names', async ({ page }) => {
    const app = await openSandbox(page);
    await app.setEditorText(lines('apiVersion: v1', 'kind: Service', 'metadata:', '  name: ok', ' spec:', '  ports:', '  - port: 80'));
    await page.getByTestId('apply').click();
    await app.expectTerminal(/yaml: line 4: did not find expected key/);
    await expect.poll(() => problems(page)).toEqual([[4, expect.stringContaining('yaml: line 4: did not find expected key')]]);
  });

  test('Monaco speaks Chinese in the Chinese UI', async ({ page }) => {
    const app = await openSandbox(page, 'zh');
    await app.setEditorText(lines('apiVersion: v1', 'kind: Service', 'metadata:', '  name: kubia', 'spec:', '  type: NodePort', '  ports:', '  - port: 80', '    nodePrt: 30123'));
    await page.getByTestId('apply').click();
    await app.expectTerminal(/unknown field "spec\.ports\[0\]\.nodePrt"/);
    const squiggle = page.locator('[data-testid=monaco] .squiggly-error').first();
    await expect(squiggle).toBeVisible();
    // hover the marker: Monaco's own words are Chinese (the squiggle is redrawn when the YAML checker reports, so hover again until the hover shows)
    await expect(async () => {
      const box = await squiggle.boundingBox();
      if (!box) throw new Error('squiggle redrawn');
      await page.mouse.move(box.x + Math.min(10, box.width / 2), box.y + box.height / 2);
      await expect(page.locator('.monaco-hover').getByText(/快速修复/).first()).toBeAttached({ timeout: 2_000 });
    }).toPass({ timeout: 15_000 });
    await app.screenshot('editor-hover-zh');
  });
});
