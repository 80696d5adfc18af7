import { expect, test, type Page } from '@playwright/test';
import { AppPage } from './app-page';

type Kp = { __kp: { store: { getState(): { run(c: string): Promise<unknown>; setClock(playing: boolean, speed: number): void } } } };

const run = (page: Page, command: string) => page.evaluate((c) => (window as unknown as Kp).__kp.store.getState().run(c), command);

const member = (page: Page, name: string) => page.locator(`[data-kind="EtcdMember"][data-namespace="kube-system"][data-name="${name}"]`);
const replication = (page: Page) => page.locator('[data-relation="etcd-replication"]');

for (const lang of ['en', 'zh'] as const) {
  test(`the etcd members and their leader on the canvas, losing and regaining the quorum (${lang})`, async ({ browser }) => {
    test.setTimeout(180_000);
    const context = await browser.newContext({ locale: lang === 'zh' ? 'zh-CN' : 'en-US', viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    const app = new AppPage(page);
    await app.open('/lessons/architecture/etcd-quorum');
    await app.waitReady();
    await page.evaluate(() => (window as unknown as Kp).__kp.store.getState().setClock(false, 1));
    // the members sit in kube-system, beside the etcd static pod
    await page.locator('[data-namespace-chip="kube-system"]').click();
    await expect(member(page, 'k8s-master')).toHaveAttribute('data-status', 'Leader');
    await expect(member(page, 'etcd-2')).toHaveAttribute('data-status', 'Follower');
    await expect(member(page, 'etcd-3')).toHaveAttribute('data-status', 'Follower');
    await expect(replication(page)).toHaveCount(2);
    await expect(page.locator('[data-relation="etcd-pod-member"][data-source="Pod/kube-system/etcd-k8s-master"]')).toHaveCount(1);
    // kube-system alone, and only workloads, so that the picture is readable
    await page.locator('[data-namespace-chip="default"]').click();
    for (const c of ['network', 'storage', 'config', 'security']) await page.locator(`[data-concern="${c}"]`).click();
    await page.getByTestId('canvas-show-all').click();
    await page.waitForTimeout(800);
    await app.screenshot(`etcd-members-${lang}`);
    // the leader's card: the inspector asks that member for its status, as etcdctl endpoint status does
    const inspector = page.getByTestId('canvas-inspector');
    await member(page, 'k8s-master').click();
    await expect(inspector).toContainText('https://192.168.0.100:2379');
    await expect(inspector).toContainText('IS LEADER');
    await app.screenshot(`etcd-leader-inspector-${lang}`);
    await page.keyboard.press('Escape');

    // a member stopped from the canvas: the button runs the shell's command
    await member(page, 'etcd-2').click();
    await inspector.getByRole('button', { name: lang === 'zh' ? '停止成员' : 'Stop member' }).click();
    await app.expectTerminal('etcd member "etcd-2" stopped');
    await page.keyboard.press('Escape');
    await run(page, 'etcd stop etcd-3');
    await expect(member(page, 'etcd-2')).toHaveAttribute('data-status', 'Stopped');
    // the leader steps down after an election timeout without a majority: nobody replicates
    await run(page, 'sleep 2');
    await expect(member(page, 'k8s-master')).toHaveAttribute('data-status', 'NoLeader');
    await expect(replication(page)).toHaveCount(0);
    await app.screenshot(`etcd-no-quorum-${lang}`);

    await run(page, 'etcd start etcd-3');
    await run(page, 'sleep 3');
    await expect(page.locator('[data-kind="EtcdMember"][data-status="Leader"]')).toHaveCount(1);
    await expect(replication(page)).toHaveCount(1);
    await app.screenshot(`etcd-quorum-back-${lang}`);
    await context.close();
  });
}
