import { expect, test } from '@playwright/test';
import { AppPage, guard } from './app-page';
import { LessonPage } from './lesson-page';

const POD = `apiVersion: v1
kind: Pod
metadata:
  name: kept
spec:
  containers:
  - name: web
    image: nginx
`;

test('a reload keeps the sandbox: editor text, commands and the same cluster, still running', async ({ page, context }) => {
  const g = await guard(context, page);
  const app = new AppPage(page);
  await app.open('/play');
  await app.waitReady();
  await app.waitMonaco();
  await app.type('kubectl create deployment web --image=nginx --replicas=2');
  await app.expectTerminal(/deployment.apps\/web created/);
  await expect.poll(() => app.podNames(), { timeout: 15_000 }).toHaveLength(2);
  await app.setEditorText(POD);
  await page.getByTestId('apply').click();
  await app.expectTerminal(/pod\/kept created/);
  await app.setEditorText(POD + '# edited after apply\n');
  const pods = await app.podNames();
  // the edit is saved shortly after the last keystroke
  await page.waitForTimeout(800);
  await page.reload();
  await app.waitReady();
  expect(await app.podNames()).toEqual(pods);
  expect(await app.editorText()).toBe(POD + '# edited after apply\n');
  await app.expectTerminal(/\$ kubectl create deployment web --image=nginx --replicas=2\ndeployment.apps\/web created/);
  const t = await page.getByTestId('clock').innerText();
  await expect.poll(() => page.getByTestId('clock').innerText(), { timeout: 10_000 }).not.toBe(t);
  expect(g.errors).toEqual([]);
});

test('Reset asks first in a dialog (Esc keeps everything), then clears the terminal and the cluster', async ({ page }) => {
  const app = new AppPage(page);
  await app.open('/play');
  await app.waitReady();
  await app.type('kubectl create deployment web --image=nginx');
  await app.expectTerminal(/deployment.apps\/web created/);
  await expect.poll(() => app.podNames(), { timeout: 15_000 }).toHaveLength(1);
  const reset = page.getByTestId('reset-step');
  const dialog = page.getByTestId('reset-dialog');
  await reset.click();
  await expect(dialog).toBeVisible();
  // the safe choice has the focus; Esc closes and keeps the work
  await expect(page.getByTestId('reset-cancel')).toBeFocused();
  await app.screenshot('reset-dialog');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(reset).toBeFocused();
  expect(await app.podNames()).toHaveLength(1);
  // keyboard only: open, Tab to Reset, Enter
  await page.keyboard.press('Enter');
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(page.getByTestId('reset-confirm')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await app.waitReady();
  await expect.poll(() => app.podNames()).toEqual([]);
  expect(await app.terminalText()).not.toContain('kubectl create deployment web');
  await page.reload();
  await app.waitReady();
  expect(await app.podNames()).toEqual([]);
});

test('a reload keeps a lesson step and its cluster', async ({ page }) => {
  const app = new LessonPage(page);
  await app.open('/lessons/services/expose');
  await app.waitReady();
  await app.type('kubectl create deployment kubia --image=luksa/kubia --replicas=3 --port=8080');
  await app.expectTerminal(/deployment.apps\/kubia created/);
  await expect.poll(() => app.podNames(), { timeout: 15_000 }).toHaveLength(3);
  const pods = await app.podNames();
  await page.reload();
  await app.waitReady();
  await expect(page).toHaveURL(/\/lessons\/services\/expose$/);
  expect(await app.podNames()).toEqual(pods);
  await app.expectTerminal(/\$ kubectl create deployment kubia/);
});
