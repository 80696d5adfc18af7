import { expect, test, type Page } from '@playwright/test';
import { guard } from './app-page';
import { LessonPage } from './lesson-page';

type Kp = { __kp: { store: { getState(): { run(c: string): Promise<unknown> } } } };
const run = (page: Page, c: string) => page.evaluate((x) => (window as unknown as Kp).__kp.store.getState().run(x), c);
const REQUEST = 'kubectl exec client -- wget -qO- kubia';

/** The pod the last request's path ends at (the canvas draws that one path), if one is drawn. */
async function answeredBy(app: LessonPage): Promise<string | undefined> {
  const last = app.canvas.locator('[data-relation="request"][data-target^="Pod/"]');
  const targets = async () => (await last.evaluateAll((els) => els.map((e) => e.getAttribute('data-target')!))).filter((t) => t !== 'Pod/default/client');
  // the previous request's path fades out first
  await expect.poll(async () => (await targets()).length, { timeout: 10_000 }).toBeLessThanOrEqual(1);
  return (await targets())[0];
}

// Chapter 9's releases as the canvas shows them: the last request's path ends now at a stable pod, now at the canary; after the switch, only at green pods.
test('canary and blue-green releases in the request paths', async ({ context, page }) => {
  test.setTimeout(240_000);
  const g = await guard(context, page);
  const app = new LessonPage(page);
  await app.open('/lessons/deployment/canary');
  await app.waitReady();
  await app.waitChecksEvaluated();
  await app.runFromLesson('kubectl apply -f kubia-canary.yml');
  await run(page, 'kubectl rollout status deployment kubia-canary');
  await expect(app.check('four-endpoints')).toHaveAttribute('data-state', 'pass', { timeout: 30_000 });
  await run(page, 'kubectl run client --image=busybox --restart=Never -- sleep 3600');
  await run(page, 'kubectl wait --for=condition=Ready pod/client --timeout=60s');
  // single requests: the path ends now at a stable pod, now at the canary
  const seen = new Set<string>();
  for (let i = 0; i < 30 && seen.size < 2; i++) {
    await run(page, REQUEST);
    const to = await answeredBy(app);
    // the broken v3 canary answers 500 after its fourth request: such a failed request may leave no path
    if (to === undefined) continue;
    expect(to).toMatch(/^Pod\/default\/kubia-(canary-)?[a-z0-9]+-[a-z0-9]+$/);
    const kind = to.startsWith('Pod/default/kubia-canary-') ? 'canary' : 'stable';
    if (kind === 'canary' && !seen.has('canary')) await app.screenshot('deployment-canary-request-en');
    seen.add(kind);
  }
  expect([...seen].sort()).toEqual(['canary', 'stable']);
  // a run of requests shows how they spread: the chosen pod's share on the path, dashed edges to the others that answered lately
  await expect.poll(() => app.canvas.locator('[data-relation="request-spread"][data-target^="Pod/default/kubia-"]').count(), { timeout: 10_000 }).toBeGreaterThan(0);
  await expect(page.locator('.kp-edge-label[data-label-of="request"]').first()).toHaveText(/^\d+\/\d+$/);
  await expect(page.locator('.kp-edge-label[data-label-of="request-spread"]').first()).toHaveText(/^\d+\/\d+$/);
  await app.screenshot('deployment-canary-spread-en');

  await app.page.getByRole('button', { name: /Next|下一步/ }).last().click();
  await expect(app.panel).toHaveAttribute('data-step', 'blue-green');
  await run(page, 'kubectl delete deployment kubia-canary');
  await run(page, 'kubectl apply -f kubia-green.yml');
  await run(page, 'kubectl rollout status deployment kubia-green');
  await run(page, `kubectl patch service kubia -p '{"spec":{"selector":{"app":"kubia-green"}}}'`);
  await app.expectStepComplete();
  for (let i = 0; i < 6; i++) {
    await run(page, REQUEST);
    // every request succeeds here, so its path is drawn: wait for it rather than read the canvas mid-redraw
    await expect.poll(() => answeredBy(app), { timeout: 10_000 }).toMatch(/^Pod\/default\/kubia-green-[a-z0-9]+-[a-z0-9]+$/);
  }
  await app.screenshot('deployment-blue-green-request-en');
  expect(g.errors).toEqual([]);
});
