import { expect, test, type Browser, type Page } from '@playwright/test';
import { guard } from './app-page';
import { LessonPage } from './lesson-page';

type Kp = { __kp: { store: { getState(): { run(c: string): Promise<{ out: string }>; setClock(playing: boolean, speed: number): Promise<void> } } } };

/** Run a command the way the lesson's Run buttons do (through the page's store) and return its output. */
async function run(page: Page, command: string): Promise<string> {
  return page.evaluate(async (c) => (await (window as unknown as Kp).__kp.store.getState().run(c)).out, command);
}

const TOKEN_CURL = `kubectl exec curl -- sh -c 'curl -s --cacert /var/run/secrets/kubernetes.io/serviceaccount/ca.crt -H "Authorization: Bearer $(cat /var/run/secrets/kubernetes.io/serviceaccount/token)" https://kubernetes/api/v1/namespaces/kube-system/services'`;

const POSTGRES_NETPOLICY = `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: postgres-netpolicy
spec:
  podSelector:
    matchLabels:
      app: database
  ingress:
  - from:
    - podSelector:
        matchLabels:
          app: webserver
    ports:
    - port: 5432
`;

/** Drag the canvas so that `target` sits in the middle of the view (the camera follows the last change). */
async function centerOn(page: Page, target: ReturnType<LessonPage['node']>): Promise<void> {
  const pane = await page.getByTestId('cluster-canvas').locator('.react-flow__pane').boundingBox();
  const box = await target.first().boundingBox();
  if (!pane || !box) return;
  const [cx, cy] = [pane.x + pane.width / 2, pane.y + pane.height / 2];
  const [sx, sy] = [pane.x + pane.width - 10, pane.y + pane.height - 10];
  await page.mouse.move(sx, sy);
  await page.mouse.down();
  await page.mouse.move(sx + cx - (box.x + box.width / 2), sy + cy - (box.y + box.height / 2), { steps: 8 });
  await page.mouse.up();
}

async function lessonPage(browser: Browser, lang: 'en' | 'zh', [w, h]: readonly [number, number]) {
  const context = await browser.newContext({ locale: lang === 'zh' ? 'zh-CN' : 'en-US', viewport: { width: w, height: h } });
  const page = await context.newPage();
  return { context, page, app: new LessonPage(page) };
}

test('RBAC: the pod\'s Forbidden turns into data after the RoleBinding, and the canvas draws binding → role', async ({ browser }) => {
  test.setTimeout(240_000);
  const { context, page, app } = await lessonPage(browser, 'en', [1440, 900]);
  const g = await guard(context, page);
  await app.open('/lessons/api-server-security/rolebinding');
  await app.waitReady();
  await app.waitChecksEvaluated();
  await expect(app.check('can-list-services')).toHaveAttribute('data-state', 'fail');
  expect(await run(page, 'kubectl auth can-i list services -n kube-system --as=system:serviceaccount:default:default')).toBe('no\n');
  expect(await run(page, TOKEN_CURL)).toContain('services is forbidden: User \\"system:serviceaccount:default:default\\" cannot list resource \\"services\\" in API group \\"\\" in the namespace \\"kube-system\\"');

  await app.type('kubectl create rolebinding test --role=service-reader --serviceaccount=default:default -n kube-system');
  await app.expectTerminal(/rolebinding.rbac.authorization.k8s.io\/test created/);
  // kube-system stays hidden, but what the command wrote there shows in view, with the Role it binds
  await expect(app.canvas.locator('[data-namespace-chip="kube-system"]')).toHaveAttribute('aria-pressed', 'false');
  await expect(app.node('RoleBinding', 'test', 'kube-system')).toBeInViewport({ ratio: 1 });
  await expect(app.node('Role', 'service-reader', 'kube-system')).toBeVisible();
  await expect(app.canvas.locator('[data-kind="Pod"][data-namespace="kube-system"]')).toHaveCount(0);
  await page.waitForTimeout(1000);
  await app.screenshot('security-rbac-pinned-en-1440x900');
  expect(await run(page, 'kubectl auth can-i list services -n kube-system --as=system:serviceaccount:default:default')).toBe('yes\n');
  expect(await run(page, TOKEN_CURL)).toContain('"kind": "ServiceList"');
  await expect(app.check('can-list-services')).toHaveAttribute('data-state', 'pass', { timeout: 30_000 });

  for (const c of ['workloads', 'network', 'storage', 'config']) await app.canvas.locator(`[data-concern="${c}"]`).click();
  const grant = app.edges('rolebinding-role', 'RoleBinding/kube-system/test', 'Role/kube-system/service-reader');
  await expect(grant).toHaveCount(1);
  // the edge names what the role grants
  await expect(app.node('RoleBinding', 'test', 'kube-system')).toContainText('SA default/default');
  await expect(app.node('Role', 'service-reader', 'kube-system')).toContainText('get,list services');
  await centerOn(page, app.node('RoleBinding', 'test', 'kube-system'));
  await page.waitForTimeout(800);
  await app.screenshot('security-rbac-en-1440x900');
  expect(g.external).toEqual([]);
  await context.close();
});

for (const lang of ['en', 'zh'] as const) {
  for (const size of [
    [1440, 900],
    [1024, 768],
    [390, 844],
  ] as const) {
    test(`NetworkPolicy: a curl answered, then timed out at the policy, drawn on the canvas (${lang}, ${size[0]}×${size[1]})`, async ({ browser }) => {
      test.setTimeout(240_000);
      const { context, page, app } = await lessonPage(browser, lang, size);
      const g = await guard(context, page);
      await app.open('/lessons/node-network-security/netpol-namespace');
      await app.waitReady();
      await app.waitChecksEvaluated();
      await expect(app.check('other-denied')).toHaveAttribute('data-state', 'fail');
      // before any policy: every pod reaches the database (once the step's pods have started)
      await run(page, 'sleep 30');
      expect(await run(page, 'kubectl exec other -- wget -qO- -T 2 database:5432')).toContain('Welcome to nginx!');

      await run(page, `cat > postgres-netpolicy.yaml <<'EOF'\n${POSTGRES_NETPOLICY}EOF`);
      expect(await run(page, 'kubectl apply -f postgres-netpolicy.yaml')).toBe('networkpolicy.networking.k8s.io/postgres-netpolicy created\n');
      expect(await run(page, 'kubectl exec webserver -- wget -qO- -T 2 database:5432')).toContain('Welcome to nginx!');
      expect(await run(page, 'kubectl exec other -- wget -qO- -T 2 database:5432')).toBe('wget: download timed out\ncommand terminated with exit code 1\n');
      await expect(app.check('other-denied')).toHaveAttribute('data-state', 'pass', { timeout: 30_000 });

      if (size[0] < 800) await page.getByTestId('pane-tab-canvas').click();
      // the denied request's path ends at the policy that dropped it, marked blocked; the legend says what that means
      const blocked = app.edges('request-blocked', undefined, 'NetworkPolicy/default/postgres-netpolicy');
      await expect(blocked).toHaveCount(1);
      await expect(app.canvas.locator('.kp-edge-label[data-label-of="request-blocked"]')).toHaveText(lang === 'zh' ? '✕ 被拦截' : '✕ blocked');
      await expect(app.edges('request', undefined, 'Pod/default/database')).toHaveCount(0);
      await page.getByTestId('canvas-legend').click();
      await expect(page.locator('[data-legend="request-blocked"]')).toContainText(lang === 'zh' ? 'NetworkPolicy 在这里丢弃了请求' : 'a NetworkPolicy dropped the request here');
      await page.getByTestId('canvas-legend').click();
      await centerOn(page, app.node('NetworkPolicy', 'postgres-netpolicy'));
      await page.waitForTimeout(800);
      await app.screenshot(`security-netpol-blocked-${lang}-${size[0]}x${size[1]}`);
      // the security concern alone: the policy, the pod it isolates and the peer it lets in
      for (const c of ['workloads', 'network', 'storage', 'config']) await app.canvas.locator(`[data-concern="${c}"]`).click();
      await expect(app.edges('networkpolicy-selects', 'NetworkPolicy/default/postgres-netpolicy', 'Pod/default/database')).toHaveCount(1);
      await expect(app.edges('networkpolicy-allows-from', 'NetworkPolicy/default/postgres-netpolicy', 'Pod/default/webserver')).toHaveCount(1);
      await expect(app.edges('networkpolicy-allows-from', 'NetworkPolicy/default/postgres-netpolicy', 'Pod/default/other')).toHaveCount(0);
      await expect(app.node('NetworkPolicy', 'postgres-netpolicy')).toContainText('app=webserver :5432');
      // the privileged and host-network pods of the earlier steps stand out
      await expect(app.node('Pod', 'pod-as-privileged')).toHaveAttribute('data-marks', 'privileged');
      await expect(app.node('Pod', 'pod-host-yaohong')).toHaveAttribute('data-marks', 'hostNetwork');
      await centerOn(page, app.node('NetworkPolicy', 'postgres-netpolicy'));
      await page.waitForTimeout(800);
      await app.screenshot(`security-netpol-${lang}-${size[0]}x${size[1]}`);
      expect(g.external).toEqual([]);
      await context.close();
    });
  }
}

for (const lang of ['en', 'zh'] as const) {
  for (const size of [
    [1440, 900],
    [390, 844],
  ] as const) {
    test(`RBAC canvas: users, groups and ServiceAccounts a binding names, and what the role grants (${lang}, ${size[0]}×${size[1]})`, async ({ browser }) => {
      test.setTimeout(240_000);
      const { context, page, app } = await lessonPage(browser, lang, size);
      const g = await guard(context, page);
      await app.open('/lessons/api-server-security/rolebinding');
      await app.waitReady();
      await app.waitChecksEvaluated();
      expect(await run(page, 'kubectl create rolebinding test --role=service-reader --serviceaccount=default:default --user=alice --group=devs -n kube-system')).toBe('rolebinding.rbac.authorization.k8s.io/test created\n');
      // notes 12.2.4 as printed: the ServiceAccount's namespace is misspelt, and the canvas shows the account is nowhere
      expect(await run(page, 'kubectl create clusterrole pv-reader --verb=get,list --resource=persistentvolumes')).toBe('clusterrole.rbac.authorization.k8s.io/pv-reader created\n');
      expect(await run(page, 'kubectl create clusterrolebinding cluster-tetst --clusterrole=pv-reader --serviceaccount=kuebsystem:yaohong')).toBe('clusterrolebinding.rbac.authorization.k8s.io/cluster-tetst created\n');

      if (size[0] < 800) await page.getByTestId('pane-tab-canvas').click();
      // the last command's objects are drawn (so the namespace chips, kuebsystem among them, are all there) before the filter changes
      await expect(app.node('ClusterRoleBinding', 'cluster-tetst', '')).toHaveCount(1);
      const chip = app.canvas.locator('[data-namespace-chip="kube-system"]');
      await chip.click();
      await expect(chip).toHaveAttribute('aria-pressed', 'true');
      // security, and network for the Services the role grants
      for (const c of ['workloads', 'storage', 'config']) {
        await app.canvas.locator(`[data-concern="${c}"]`).click();
        await expect(app.canvas.locator(`[data-concern="${c}"]`)).toHaveAttribute('aria-pressed', 'false');
      }
      // who → binding → role → what it grants, left to right
      await expect(app.edges('subject-binding', 'User//alice', 'RoleBinding/kube-system/test')).toHaveCount(1);
      await expect(app.edges('subject-binding', 'Group//devs', 'RoleBinding/kube-system/test')).toHaveCount(1);
      await expect(app.node('User', 'alice', '')).toContainText('RoleBinding/test');
      await expect(app.edges('rolebinding-role', 'RoleBinding/kube-system/test', 'Role/kube-system/service-reader')).toHaveCount(1);
      // the role reaches the Services of its namespace (the security concern shows them), labelled with the verbs
      const grants = app.edges('role-grants', 'Role/kube-system/service-reader', 'Service/kube-system/kube-dns');
      await expect(grants).toHaveCount(1);
      await expect(app.canvas.locator('.kp-edge-label[data-label-of="role-grants"]').first()).toHaveText('get,list');
      await expect(app.node('ServiceAccount', 'yaohong', 'kuebsystem')).toHaveAttribute('data-missing', 'true');
      await expect(app.edges('subject-binding', 'ServiceAccount/kuebsystem/yaohong', 'ClusterRoleBinding//cluster-tetst')).toHaveCount(1);
      const box = async (l: ReturnType<LessonPage['node']> | ReturnType<LessonPage['edges']>) => (await l.first().boundingBox()) ?? { x: NaN, y: NaN, width: NaN, height: NaN };
      // once the layout has settled (ELK answers after the quick column layout):
      // who → binding → role left to right, and the verbs on the edge, whole and clear of the cards at both ends
      await expect
        .poll(async () => {
          const [alice, rb, role, svc, label] = await Promise.all([
            box(app.node('User', 'alice', '')),
            box(app.node('RoleBinding', 'test', 'kube-system')),
            box(app.node('Role', 'service-reader', 'kube-system')),
            box(app.node('Service', 'kube-dns', 'kube-system')),
            box(app.canvas.locator('.kp-edge-label[data-label-of="role-grants"]')),
          ]);
          const ok = alice.x < rb.x && rb.x < role.x && label.x > role.x + role.width && label.x + label.width < svc.x;
          return ok || JSON.stringify({ alice: alice.x, rb: rb.x, role: [role.x, role.width], label: [label.x, label.width], svc: svc.x });
        }, { timeout: 45_000 })
        .toBe(true);
      await centerOn(page, app.node('Role', 'service-reader', 'kube-system'));
      await page.waitForTimeout(800);
      await app.screenshot(`security-rbac-subjects-${lang}-${size[0]}x${size[1]}`);
      expect(g.external).toEqual([]);
      await context.close();
    });
  }
}
