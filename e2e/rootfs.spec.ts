import { expect, test, type Page } from '@playwright/test';
import { AppPage } from './app-page';

type Kp = { __kp: { store: { getState(): { run(t: string): Promise<unknown>; setClock(p: boolean, s: number): Promise<void> } } } };

async function run(page: Page, command: string): Promise<void> {
  await page.evaluate((c) => (window as unknown as Kp).__kp.store.getState().run(c), command);
}

const POD = `cat > box.yaml <<'EOF'
apiVersion: v1
kind: Pod
metadata:
  name: box
spec:
  containers:
  - name: box
    image: busybox
    command: ["sleep", "3600"]
    volumeMounts:
    - name: data
      mountPath: /data
  volumes:
  - name: data
    emptyDir: {}
EOF`;

for (const lang of ['en', 'zh'] as const) {
  for (const [w, h] of [
    [1440, 900],
    [390, 844],
  ] as const) {
    test(`a pod's rootfs layers: a write lands in the writable layer and is gone after a restart, the volume keeps its file (${lang}, ${w}×${h})`, async ({ browser }) => {
      test.setTimeout(120_000);
      const context = await browser.newContext({ locale: lang === 'zh' ? 'zh-CN' : 'en-US', viewport: { width: w, height: h } });
      const page = await context.newPage();
      const app = new AppPage(page);
      await app.open('/play');
      await app.waitReady();
      await page.evaluate(() => (window as unknown as Kp).__kp.store.getState().setClock(false, 1));
      if (w < 800) await page.getByTestId('pane-tab-canvas').click();
      await run(page, POD);
      await run(page, 'kubectl apply -f box.yaml');
      await run(page, 'sleep 15');
      await run(page, `kubectl exec box -- sh -c 'echo hi > /tmp/note; echo kept > /data/keep'`);
      const pod = page.locator('.react-flow__node[data-id="Pod/default/box"]');
      await expect(pod).toBeVisible();
      await app.clickWhenStill(pod);
      const layers = page.getByTestId('rootfs-layers');
      await expect(layers.locator('[data-layer="writable"]')).toContainText('/tmp/note');
      await expect(layers.locator('[data-layer="volumes"]')).toContainText('/data ← data');
      await expect(layers.locator('[data-layer="init"]')).toContainText('/etc/resolv.conf');
      await expect(layers.locator('[data-layer="image"]')).toContainText('docker.io/library/busybox:latest');
      await layers.scrollIntoViewIfNeeded();
      await app.screenshot(`rootfs-${lang}-${w}x${h}-written`);
      await run(page, 'container kill box');
      await run(page, 'sleep 15');
      await expect(layers.locator('[data-layer="writable"]')).not.toContainText('/tmp/note');
      await expect(layers).toContainText(/(restarts|重启次数): 1/);
      await layers.scrollIntoViewIfNeeded();
      await app.screenshot(`rootfs-${lang}-${w}x${h}-restarted`);
      await context.close();
    });
  }
}
