import { expect, test } from '@playwright/test';
import lz from 'lz-string';
import { AppPage, guard } from './app-page';

const DEPLOY = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: kubia
spec:
  replicas: 3
  selector:
    matchLabels:
      app: kubia
  template:
    metadata:
      labels:
        app: kubia
    spec:
      containers:
      - name: kubia
        image: luksa/kubia
`;

test('a share link opened in a new browser context shows the same pods and editor text', async ({ browser }) => {
  const first = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await first.newPage();
  const app = new AppPage(page);
  await app.open('/play');
  await app.waitReady();
  await app.waitMonaco();
  await app.setEditorText(DEPLOY);
  await page.getByTestId('apply').click();
  await app.expectTerminal(/deployment\.apps\/kubia created/);
  await page.getByTestId('step').click();
  await expect.poll(() => app.podNames(), { timeout: 15_000 }).toHaveLength(3);
  // edit after applying: the link must carry the text as it is now
  await app.setEditorText(DEPLOY.replace('replicas: 3', 'replicas: 3 # shared'));
  const pods = await app.podNames();
  await page.getByTestId('share').click();
  const url = await page.getByTestId('share-url').inputValue();
  expect(url).toContain('#share=');
  await first.close();

  const second = await browser.newContext();
  const page2 = await second.newPage();
  const g = await guard(second, page2);
  const app2 = new AppPage(page2);
  await app2.open(url);
  await app2.waitReady();
  await expect.poll(() => app2.podNames(), { timeout: 15_000 }).toEqual(pods);
  expect(await app2.editorText()).toBe(DEPLOY.replace('replicas: 3', 'replicas: 3 # shared'));
  await app2.waitMonaco();
  await app2.screenshot('share-opened');
  expect(g.external).toEqual([]);
  expect(g.errors).toEqual([]);
  await second.close();
});

test('an unreadable share link starts a fresh sandbox with a notice', async ({ page }) => {
  const app = new AppPage(page);
  await app.open('/play#share=not-a-valid-payload');
  await app.waitReady();
  await expect(page.locator('.banner')).toBeVisible();
});

test('a lesson step share link replays the step start and the commands run', async ({ browser }) => {
  const first = await browser.newContext();
  const page = await first.newPage();
  const app = new AppPage(page);
  await app.open('/lessons/services/endpoints');
  await app.waitReady();
  await app.type('kubectl get endpoints kubia');
  await app.expectTerminal(/kubia\s+\d+\.\d+\.\d+\.\d+:8080/);
  const pods = await app.podNames();
  expect(pods.length).toBeGreaterThan(0);
  await page.getByTestId('share').click();
  const url = await page.getByTestId('share-url').inputValue();
  expect(url).toMatch(/\/lessons\/services\/endpoints#share=/);
  await first.close();

  const second = await browser.newContext();
  const page2 = await second.newPage();
  const app2 = new AppPage(page2);
  await app2.open(url);
  await app2.waitReady();
  expect(await app2.podNames()).toEqual(pods);
  await app2.expectTerminal(/\$ kubectl get endpoints kubia/);
  await second.close();
});

test('a share link to a lesson step that does not exist opens the route fresh with a notice', async ({ page }) => {
  const payload = { v: 1, lessonId: 'no-such-lesson', stepId: 'nowhere', seed: 7, start: {}, log: [], until: 1767254400000, files: { 'x.yaml': 'kind: Pod\n' }, active: 'x.yaml' };
  const app = new AppPage(page);
  await app.open(`/play#share=${lz.compressToEncodedURIComponent(JSON.stringify(payload))}`);
  await app.waitReady();
  await expect(page.locator('.banner')).toContainText(/does not exist|不存在/);
  expect(await app.editorText()).not.toBe('kind: Pod\n');
});
