import { expect, test } from '@playwright/test';
import { AppPage, guard } from './app-page';

test('a command longer than the terminal is wide is echoed once, wrapped, and runs', async ({ page, context }) => {
  const g = await guard(context, page);
  const app = new AppPage(page);
  await app.open('/play?lang=en');
  await app.waitReady();
  const long = 'kubectl get pods --namespace kube-system --selector k8s-app=kube-dns,k8s-app!=a-label-value-that-makes-this-line-very-long,k8s-app!=another-long-label-value-to-wrap-twice -o wide --show-labels --sort-by=.metadata.name';
  expect(long.length).toBeGreaterThan(200);
  await app.type(long);
  await app.expectTerminal(/coredns-/);
  const text = await app.terminalText();
  // the echoed command appears once (its first 40 characters), not once per keystroke
  expect(text.split(long.slice(0, 40)).length - 1).toBe(1);
  expect(g.errors).toEqual([]);
});

test('the welcome line follows a language switch until the first command', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'zh-CN' });
  const page = await context.newPage();
  const app = new AppPage(page);
  await app.open('/play');
  await app.waitReady();
  await app.expectTerminal(/输入 ?kubectl/);
  await page.getByTestId('lang-switch').click();
  await app.expectTerminal(/Type kubectl commands/);
  expect(await app.terminalText()).not.toMatch(/输入 ?kubectl/);
  // once there is output of the learner's own, switching keeps it
  await app.type('kubectl get ns');
  await app.expectTerminal(/kube-system/);
  await page.getByTestId('lang-switch').click();
  expect(await app.terminalText()).toContain('kubectl get ns');
  await context.close();
});

test('a line of Chinese wider than the terminal is edited and echoed once (CJK characters take two cells)', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'zh-CN' });
  const page = await context.newPage();
  const app = new AppPage(page);
  await app.open('/play');
  await app.waitReady();
  await app.expectTerminal(/输入 ?kubectl/);
  const cursor = () =>
    page.evaluate(() => {
      const t = (document.querySelector('[data-testid=terminal]') as HTMLElement & { __term?: { cols: number; buffer: { active: { cursorX: number; cursorY: number; baseY: number } } } }).__term!;
      return { x: t.buffer.active.cursorX, y: t.buffer.active.cursorY + t.buffer.active.baseY, cols: t.cols };
    });
  await page.locator('[data-testid=terminal] .xterm').click();
  const start = await cursor();
  const words = '命名空间'.repeat(40);
  await page.keyboard.type(`echo ${words}`, { delay: 5 });
  // "$ echo " is 7 cells, then 160 two-cell characters; one that does not fit the row's last cell wraps whole
  let row = 0;
  let col = start.x + 5;
  for (let i = 0; i < words.length; i++) {
    if (col + 2 > start.cols) {
      row++;
      col = 0;
    }
    col += 2;
  }
  if (col >= start.cols) {
    row++;
    col = 0;
  }
  await expect.poll(cursor).toEqual({ x: col, y: start.y + row, cols: start.cols });
  // three characters back, the cursor sits six cells to the left (or on the row above)
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowLeft');
  const cellsBack = async () => {
    const back = await cursor();
    return (row - (back.y - start.y)) * start.cols + col - back.x;
  };
  // six cells, or seven when the last of them wrapped whole and left the row's last cell empty
  await expect.poll(cellsBack).toBeGreaterThanOrEqual(6);
  expect(await cellsBack()).toBeLessThanOrEqual(7);
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await app.expectTerminal(/\$ echo 命名空间/);
  await expect.poll(async () => (await app.terminalText()).replace(/\s/g, '').split('命名空间').length - 1).toBe(80);
  // rows joined: a wrapped row breaks the words
  const text = (await app.terminalText()).replace(/\s/g, '');
  // every keystroke redraws the wrapped input: a wrong width would leave stale rows behind
  expect(text.split('$echo').length - 1).toBe(1);
  expect(text.split('命名空间').length - 1).toBe(80);
  await app.screenshot('terminal-cjk-wrap');
  await context.close();
});

test('a for loop, a heredoc and a trailing backslash typed line by line continue at "> " and run as one command', async ({ page, context }) => {
  const g = await guard(context, page);
  const app = new AppPage(page);
  await app.open('/play?lang=en');
  await app.waitReady();
  await app.type('for ns in default kube-system; do');
  await app.type('  kubectl get ns $ns -o name');
  await app.expectTerminal(/^> {3}kubectl get ns \$ns -o name/m);
  await app.type('done');
  await app.expectTerminal(/namespace\/default\s+namespace\/kube-system/);
  await app.type('cat > note.txt <<EOF');
  await app.type("it's here");
  await app.type('EOF');
  await app.type('cat \\');
  await app.type('  note.txt');
  await app.expectTerminal(/^>   note.txt\s*\nit's here\s*\n\$/m);
  expect(g.errors).toEqual([]);
});

test('sed -i edits an editor file that kubectl then applies, and rm closes its tab', async ({ page, context }) => {
  const g = await guard(context, page);
  const app = new AppPage(page);
  await app.open('/play?lang=en');
  await app.waitReady();
  await app.type('cat > web.yaml <<EOF');
  await app.type('apiVersion: v1');
  await app.type('kind: ConfigMap');
  await app.type('metadata:');
  await app.type('  name: web');
  await app.type('data:');
  await app.type('  color: blue');
  await app.type('EOF');
  const tab = page.locator('[role=tab][data-tab="web.yaml"]');
  await expect(tab).toBeVisible();
  await app.type("sed -i 's/blue/green/' web.yaml && kubectl apply -f web.yaml");
  await app.expectTerminal(/configmap\/web created/);
  await expect.poll(() => app.fileText('web.yaml')).toContain('color: green');
  await app.type('rm web.yaml; ls web.yaml');
  await app.expectTerminal(/ls: cannot access 'web.yaml': No such file or directory/);
  await expect(tab).toHaveCount(0);
  expect(await app.fileText('web.yaml')).toBeUndefined();
  expect(g.errors).toEqual([]);
});
