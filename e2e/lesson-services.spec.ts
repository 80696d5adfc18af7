import { expect, test } from '@playwright/test';
import { guard } from './app-page';
import { LessonPage } from './lesson-page';

const HOSTNAMES_FIXED = `apiVersion: v1
kind: Service
metadata:
  name: hostnames-yaohong
spec:
  selector:
    app: hostnames
  ports:
  - name: default
    protocol: TCP
    port: 80          # the port the Service offers
    targetPort: 9376  # the pods' port
`;

test.describe('the Services lesson', () => {
  test('a learner completes the first steps by typing commands and editing YAML', async ({ context, page }) => {
    test.setTimeout(180_000);
    const g = await guard(context, page);
    const app = new LessonPage(page);
    await app.open('/lessons/services/expose');
    await app.waitReady();
    await app.waitChecksEvaluated();
    await expect(app.check('three-endpoints')).toHaveAttribute('data-state', 'fail');

    // step 1: a Deployment and kubectl expose, typed at the prompt
    await app.type('kubectl create deployment kubia --image=luksa/kubia --replicas=3 --port=8080');
    await app.expectTerminal(/deployment.apps\/kubia created/);
    await app.type('kubectl expose deployment kubia --port=80 --target-port=8080');
    await app.expectTerminal(/service\/kubia exposed/);
    await app.type('sleep 30');
    await app.expectStepComplete();
    await app.screenshot('lesson-services-1-done');

    // step 2: the notes' YAML with // comments is rejected, the fixed YAML is accepted
    await app.panel.getByTestId('next-step').click();
    await expect(page).toHaveURL(/\/lessons\/services\/service-yaml$/);
    await app.waitMonaco();
    await expect.poll(() => app.editorText()).toContain('//该服务的可用端口');
    await app.clickApply();
    await app.expectTerminal(/cannot be handled as a Service/);
    await app.pasteIntoEditor(HOSTNAMES_FIXED);
    await expect.poll(() => app.editorText()).toContain('# the port the Service offers');
    await app.clickApply();
    await app.expectTerminal(/service\/hostnames-yaohong created/);
    await app.expectStepComplete();

    // step 3: the lesson's Run buttons start a client pod and curl the Service from inside it
    await app.panel.getByTestId('next-step').click();
    await expect(page).toHaveURL(/\/lessons\/services\/exec-curl$/);
    await app.runFromLesson('kubectl run client');
    await app.expectTerminal(/pod\/client created/);
    await app.type('sleep 20');
    await app.runFromLesson('kubectl exec client -- wget');
    await app.expectTerminal(/You've hit kubia-/);
    await app.expectStepComplete();
    // the request's path is drawn: client → Service → Endpoints → Pod
    // (the worker posts a view when the last request's path changes, even if no object did)
    await expect(app.edges('request', undefined, 'Service/default/kubia')).toHaveCount(1);
    await expect(app.edges('request', 'Service/default/kubia', 'Endpoints/default/kubia')).toHaveCount(1);
    await app.screenshot('lesson-services-3-request-path');
    expect(g.external).toEqual([]);
  });

  test('the canvas shows Service → Endpoints → 3 ready Pods with their data attributes', async ({ page }) => {
    const app = new LessonPage(page);
    // step 2 starts with step 1's solution replayed: kubia with 3 replicas behind Service kubia
    await app.open('/lessons/services/service-yaml');
    await app.waitReady();
    await expect(app.node('Service', 'kubia')).toHaveCount(1);
    await expect(app.node('Service', 'kubia')).toHaveAttribute('data-status', 'Ready');
    await expect(app.node('Endpoints', 'kubia')).toHaveCount(1);
    await expect(app.edges('service-endpoints', 'Service/default/kubia', 'Endpoints/default/kubia')).toHaveCount(1);
    const toPods = app.edges('endpoints-pod', 'Endpoints/default/kubia');
    await expect(toPods).toHaveCount(3);
    for (const e of await toPods.all()) {
      await expect(e).toHaveAttribute('data-state', 'ready');
      await expect(e).toHaveAttribute('data-target', /^Pod\/default\/kubia-[a-z0-9]+-[a-z0-9]{5}$/);
    }
    const pods = app.node('Pod');
    await expect(pods).toHaveCount(3);
    for (const p of await pods.all()) await expect(p).toHaveAttribute('data-status', 'Running');
    // pods sit inside their cluster node's group
    await expect(app.canvas.locator('[data-kind="Node"][data-name="k8s-node1"]')).toHaveCount(1);
    // clicking the Service opens the inspector with kubectl describe output (once the layout has stopped moving the card)
    await app.clickWhenStill(app.node('Service', 'kubia'));
    await expect(page.getByTestId('canvas-inspector')).toContainText('Selector:');
    await app.screenshot('canvas-service-endpoints-pods');
  });

  test('the canvas shows a pod that fails its readiness probe outside the ready endpoints', async ({ page }) => {
    const app = new LessonPage(page);
    // step 13 starts after step 12's solution: the notes' probe on port 80 never succeeds
    await app.open('/lessons/services/readiness-fix');
    await app.waitReady();
    const notReady = app.edges('endpoints-pod', 'Endpoints/default/kubia').and(page.locator('[data-state="not-ready"]'));
    await expect(notReady).toHaveCount(1);
    const target = await notReady.getAttribute('data-target');
    const pod = app.canvas.locator(`[data-kind="Pod"][data-name="${target!.split('/')[2]}"]`);
    await expect(pod).toHaveAttribute('data-status', 'Running');
    await expect(pod).toHaveAttribute('data-ready', 'false');
    // the Service still has ready pods behind it: the rollout waits
    await expect(app.node('Service', 'kubia')).toHaveAttribute('data-status', 'PartlyReady');
    await expect(app.check('probe-port')).toHaveAttribute('data-state', 'fail');
    await app.screenshot('canvas-not-ready-endpoint');
  });
});
