import { expect, test, type Page } from '@playwright/test';
import { AppPage, guard } from './app-page';

type Kp = { __kp: { store: { getState(): { run(c: string): Promise<{ out: string }>; setClock(playing: boolean, speed: number): Promise<void> } } } };

/** Run a command through the page's store (as the lesson's Run buttons do) and return what it printed. */
async function run(page: Page, command: string): Promise<string> {
  return page.evaluate(async (c) => (await (window as unknown as Kp).__kp.store.getState().run(c)).out, command);
}

/** Write a workspace file through the shell, as `cat > f <<EOF` at the prompt would. */
async function writeFile(page: Page, name: string, text: string): Promise<void> {
  await run(page, `cat > ${name} <<'EOF'\n${text}EOF`);
}

const canvas = (page: Page) => page.getByTestId('cluster-canvas');
const card = (page: Page, kind: string, name: string) => canvas(page).locator(`.kp-card[data-kind="${kind}"][data-name="${name}"]`);
const edge = (page: Page, relation: string, source: string, target: string) =>
  canvas(page).locator(`[data-relation="${relation}"][data-source="${source}"][data-target="${target}"]`);

const PV = `apiVersion: v1
kind: PersistentVolume
metadata:
  name: mongodb-pv
spec:
  capacity:
    storage: 1Gi
  accessModes:
  - ReadWriteOnce
  - ReadOnlyMany
  persistentVolumeReclaimPolicy: Retain
  hostPath:
    path: /tmp/mongodb
`;
const PVC = `apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: mongodb-pvc
spec:
  resources:
    requests:
      storage: 1Gi
  accessModes:
  - ReadWriteOnce
  storageClassName: ""
`;
const POD = `apiVersion: v1
kind: Pod
metadata:
  name: mongodb
spec:
  containers:
  - image: busybox
    name: mongodb
    command: ["sleep", "3600"]
    volumeMounts:
    - name: mongodb-data
      mountPath: /data/db
  volumes:
  - name: mongodb-data
    persistentVolumeClaim:
      claimName: mongodb-pvc
`;

async function openSandbox(browser: import('@playwright/test').Browser, lang: 'en' | 'zh', w: number, h: number) {
  const context = await browser.newContext({ locale: lang === 'zh' ? 'zh-CN' : 'en-US', viewport: { width: w, height: h } });
  const page = await context.newPage();
  const g = await guard(context, page);
  const app = new AppPage(page);
  await app.open('/play');
  await app.waitReady();
  // virtual time moves only with the commands below, so each picture is of a known instant
  await page.evaluate(() => (window as unknown as Kp).__kp.store.getState().setClock(false, 1));
  return { context, page, g, app };
}

for (const lang of ['en', 'zh'] as const) {
  for (const [w, h] of [
    [1440, 900],
    [390, 844],
  ] as const) {
    test(`a learner binds a claim and sees PV → PVC → Pod on the canvas (${lang}, ${w}×${h})`, async ({ browser }) => {
      test.setTimeout(180_000);
      const { context, page, g, app } = await openSandbox(browser, lang, w, h);
      await writeFile(page, 'mongodb-pv.yaml', PV);
      await writeFile(page, 'mongodb-pvc.yaml', PVC);
      await writeFile(page, 'mongodb-pod.yaml', POD);
      if (w < 800) await page.getByTestId('pane-tab-terminal').click();
      await app.type('kubectl apply -f mongodb-pv.yaml');
      await app.expectTerminal(/persistentvolume\/mongodb-pv created/);
      await app.type('kubectl apply -f mongodb-pod.yaml');
      await app.expectTerminal(/pod\/mongodb created/);
      await run(page, 'sleep 5');
      if (w < 800) await page.getByTestId('pane-tab-canvas').click();

      // before its claim exists the pod waits, and the claim it names shows as missing
      await expect(card(page, 'PersistentVolumeClaim', 'mongodb-pvc')).toHaveAttribute('data-missing', 'true');
      await expect(card(page, 'PersistentVolumeClaim', 'mongodb-pvc')).toHaveAttribute('data-status', 'Missing');
      await expect(card(page, 'PersistentVolume', 'mongodb-pv')).toHaveAttribute('data-status', 'Available');
      await expect(edge(page, 'volume-pvc', 'Pod/default/mongodb', 'PersistentVolumeClaim/default/mongodb-pvc')).toHaveCount(1);
      await app.screenshot(`storage-${lang}-${w}x${h}-missing-claim`);

      if (w < 800) await page.getByTestId('pane-tab-terminal').click();
      await app.type('kubectl apply -f mongodb-pvc.yaml');
      await app.expectTerminal(/persistentvolumeclaim\/mongodb-pvc created/);
      await run(page, 'sleep 10');
      if (w < 800) await page.getByTestId('pane-tab-canvas').click();
      await expect(card(page, 'PersistentVolumeClaim', 'mongodb-pvc')).toHaveAttribute('data-status', 'Bound');
      await expect(card(page, 'PersistentVolumeClaim', 'mongodb-pvc')).not.toHaveAttribute('data-missing', 'true');
      await expect(card(page, 'PersistentVolume', 'mongodb-pv')).toHaveAttribute('data-status', 'Bound');
      await expect(card(page, 'Pod', 'mongodb')).toHaveAttribute('data-status', 'Running');
      await expect(edge(page, 'pvc-pv', 'PersistentVolumeClaim/default/mongodb-pvc', 'PersistentVolume//mongodb-pv')).toHaveCount(1);
      await expect(edge(page, 'volume-pvc', 'Pod/default/mongodb', 'PersistentVolumeClaim/default/mongodb-pvc')).toHaveCount(1);
      await expect(card(page, 'PersistentVolume', 'mongodb-pv')).toContainText('RWO,ROX');
      await page.waitForTimeout(800);
      await app.screenshot(`storage-${lang}-${w}x${h}-bound`);

      // with Retain, deleting the pod and its claim leaves the volume Released, still naming the claim
      await run(page, 'kubectl delete pod mongodb');
      await run(page, 'kubectl delete pvc mongodb-pvc');
      await run(page, 'sleep 5');
      await expect(card(page, 'PersistentVolume', 'mongodb-pv')).toHaveAttribute('data-status', 'Released');
      await expect(card(page, 'PersistentVolume', 'mongodb-pv')).toContainText('default/mongodb-pvc');
      await page.waitForTimeout(800);
      await app.screenshot(`storage-${lang}-${w}x${h}-released`);
      expect(g.external).toEqual([]);
      expect(g.errors).toEqual([]);
      await context.close();
    });
  }
}

const WFFC = `apiVersion: storage.k8s.io/v1
kind: StorageClass
metadata:
  name: local-storage
provisioner: kubernetes.io/no-provisioner
volumeBindingMode: WaitForFirstConsumer
---
apiVersion: v1
kind: PersistentVolume
metadata:
  name: local-pv
spec:
  capacity:
    storage: 1Gi
  accessModes: [ReadWriteOnce]
  storageClassName: local-storage
  local:
    path: /mnt/disks/vol1
  nodeAffinity:
    required:
      nodeSelectorTerms:
      - matchExpressions:
        - key: kubernetes.io/hostname
          operator: In
          values: [k8s-node2]
---
apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: local-claim
spec:
  storageClassName: local-storage
  accessModes: [ReadWriteOnce]
  resources:
    requests:
      storage: 1Gi
`;
const WFFC_POD = `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
  - name: web
    image: nginx
    volumeMounts:
    - name: data
      mountPath: /data
  volumes:
  - name: data
    persistentVolumeClaim:
      claimName: local-claim
`;

for (const lang of ['en', 'zh'] as const) {
  test(`a WaitForFirstConsumer claim binds when its pod is scheduled, on the volume's node (${lang})`, async ({ browser }) => {
    test.setTimeout(180_000);
    const { context, page, g, app } = await openSandbox(browser, lang, 1440, 900);
    await writeFile(page, 'local.yaml', WFFC);
    await writeFile(page, 'web.yaml', WFFC_POD);
    await app.type('kubectl apply -f local.yaml');
    await app.expectTerminal(/persistentvolumeclaim\/local-claim created/);
    await run(page, 'sleep 5');
    // no consumer yet: the claim waits, drawn towards its class and standing out
    await expect(card(page, 'PersistentVolumeClaim', 'local-claim')).toHaveAttribute('data-status', 'Pending');
    await expect(card(page, 'PersistentVolumeClaim', 'local-claim')).toHaveClass(/tone-warn/);
    await expect(edge(page, 'pvc-storageclass', 'PersistentVolumeClaim/default/local-claim', 'StorageClass//local-storage')).toHaveCount(1);
    expect(await run(page, 'kubectl describe pvc local-claim')).toContain('waiting for first consumer to be created before binding');
    await app.screenshot(`storage-wffc-${lang}-pending`);

    await app.type('kubectl apply -f web.yaml');
    await app.expectTerminal(/pod\/web created/);
    await run(page, 'sleep 10');
    await expect(card(page, 'PersistentVolumeClaim', 'local-claim')).toHaveAttribute('data-status', 'Bound');
    await expect(edge(page, 'pvc-pv', 'PersistentVolumeClaim/default/local-claim', 'PersistentVolume//local-pv')).toHaveCount(1);
    await expect(edge(page, 'pv-storageclass', 'PersistentVolume//local-pv', 'StorageClass//local-storage')).toHaveCount(1);
    // the local volume's data lives on k8s-node2, drawn from that node
    await expect(edge(page, 'node-pv', 'Node//k8s-node2', 'PersistentVolume//local-pv')).toHaveCount(1);
    // the scheduler chose the node the local volume lives on
    await expect(canvas(page).locator('.kp-group[data-name="k8s-node2"]')).toBeVisible();
    expect(await run(page, 'kubectl get pod web -o wide')).toMatch(/web\s+1\/1\s+Running.*k8s-node2/);
    await page.waitForTimeout(800);
    await app.screenshot(`storage-wffc-${lang}-bound`);
    expect(g.external).toEqual([]);
    expect(g.errors).toEqual([]);
    await context.close();
  });
}

const CONFIG_POD = `apiVersion: v1
kind: Pod
metadata:
  name: fortune-config
spec:
  containers:
  - name: web
    image: nginx:alpine
    env:
    - name: INTERVAL
      valueFrom:
        configMapKeyRef:
          name: fortune-config
          key: sleep-interval
    volumeMounts:
    - name: config
      mountPath: /etc/config
  volumes:
  - name: config
    configMap:
      name: fortune-config
`;

for (const lang of ['en', 'zh'] as const) {
  test(`a ConfigMap change reaches the mounted file after the kubelet's sync, never the env var (${lang})`, async ({ browser }) => {
    test.setTimeout(180_000);
    const { context, page, g, app } = await openSandbox(browser, lang, 1440, 900);
    await writeFile(page, 'fortune-config.yaml', CONFIG_POD);
    await app.type('kubectl apply -f fortune-config.yaml');
    await app.expectTerminal(/pod\/fortune-config created/);
    await run(page, 'sleep 5');
    // the pod names a ConfigMap that does not exist: both stand out
    await expect(card(page, 'ConfigMap', 'fortune-config')).toHaveAttribute('data-missing', 'true');
    await expect(card(page, 'ConfigMap', 'fortune-config')).toHaveClass(/tone-error/);
    // the configMap volume cannot be set up, so the pod waits before its env is even looked at
    await expect(card(page, 'Pod', 'fortune-config')).toHaveAttribute('data-status', 'ContainerCreating');
    expect(await run(page, 'kubectl describe pod fortune-config')).toContain('MountVolume.SetUp failed for volume "config" : configmap "fortune-config" not found');
    await expect(edge(page, 'pod-configmap', 'Pod/default/fortune-config', 'ConfigMap/default/fortune-config')).toHaveCount(1);
    // one edge names both ways the pod uses the ConfigMap
    await expect(canvas(page).locator('.kp-edge-label', { hasText: /^env, volume$/ })).toHaveCount(1);
    await page.waitForTimeout(800);
    await app.screenshot(`config-${lang}-missing`);

    await app.type('kubectl create configmap fortune-config --from-literal=sleep-interval=25');
    await app.expectTerminal(/configmap\/fortune-config created/);
    await run(page, 'sleep 15');
    await expect(card(page, 'Pod', 'fortune-config')).toHaveAttribute('data-status', 'Running');
    await expect(card(page, 'ConfigMap', 'fortune-config')).not.toHaveAttribute('data-missing', 'true');
    await app.type('kubectl exec fortune-config -- cat /etc/config/sleep-interval');
    await app.expectTerminal(/cat \/etc\/config\/sleep-interval\s+25/);

    await app.type(`kubectl patch configmap fortune-config --type merge -p '{"data":{"sleep-interval":"30"}}'`);
    await app.expectTerminal(/configmap\/fortune-config patched/);
    // right after the change the file is still the old one
    expect(await run(page, 'kubectl exec fortune-config -- cat /etc/config/sleep-interval')).toBe('25');
    await run(page, 'sleep 70');
    await app.type('clear');
    await app.type('kubectl exec fortune-config -- cat /etc/config/sleep-interval');
    await app.expectTerminal(/cat \/etc\/config\/sleep-interval\s+30/);
    await app.type('kubectl exec fortune-config -- printenv INTERVAL');
    await app.expectTerminal(/printenv INTERVAL\s+25/);
    await app.screenshot(`config-${lang}-updated`);
    expect(g.external).toEqual([]);
    expect(g.errors).toEqual([]);
    await context.close();
  });
}

/** Whether a card lies whole inside the canvas pane once the camera has stopped. */
async function whollyInView(page: Page, c: import('@playwright/test').Locator): Promise<void> {
  await expect
    .poll(async () => {
      const flow = await canvas(page).locator('.kp-flow').boundingBox();
      const b = await c.boundingBox();
      return !!b && !!flow && b.x >= flow.x && b.y >= flow.y && b.x + b.width <= flow.x + flow.width && b.y + b.height <= flow.y + flow.height;
    }, { timeout: 15_000 })
    .toBe(true);
}

for (const lang of ['en', 'zh'] as const) {
  test(`volumes step 8 at 1440×900: the step opens on the claim and its NFS volume, whole and readable; applying the pod brings it into view (${lang})`, async ({ browser }) => {
    test.setTimeout(180_000);
    const context = await browser.newContext({ locale: lang === 'zh' ? 'zh-CN' : 'en-US', viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    const g = await guard(context, page);
    const app = new AppPage(page);
    await app.open('/lessons/volumes/pod-uses-claim');
    await app.waitReady();
    // the camera starts where step 7 left off: the claim it bound and the volume, beside each other
    for (const [kind, name] of [['PersistentVolumeClaim', 'yh-pvc'], ['PersistentVolume', 'yh-pv1']] as const) {
      const c = card(page, kind, name);
      await expect(c).toHaveAttribute('data-status', 'Bound');
      await whollyInView(page, c);
      // the status is drawn whole, not cut to "Bou…"
      expect(await c.locator('.kp-status').evaluate((e) => e.scrollWidth <= e.clientWidth)).toBe(true);
      await expect(c.locator('.kp-status')).toHaveText('Bound');
    }
    // card text at the default zoom stays at 10 px or more on screen
    await expect
      .poll(async () => 11 * (await card(page, 'PersistentVolume', 'yh-pv1').evaluate((e) => e.getBoundingClientRect().width / (e instanceof HTMLElement ? e.offsetWidth : Infinity))), { timeout: 15_000 })
      .toBeGreaterThanOrEqual(10);
    // and the cards are still whole once it has
    for (const name of ['yh-pvc', 'yh-pv1']) await whollyInView(page, card(page, name === 'yh-pvc' ? 'PersistentVolumeClaim' : 'PersistentVolume', name));
    await app.screenshot(`volumes-pod-uses-claim-${lang}-1440x900-open`);
    await app.type('kubectl apply -f mypod1.yml');
    await app.expectTerminal(/pod\/mypod1 created/);
    await run(page, 'sleep 10');
    await expect(card(page, 'Pod', 'mypod1')).toHaveAttribute('data-status', 'Running');
    await whollyInView(page, card(page, 'Pod', 'mypod1'));
    await page.waitForTimeout(800);
    await app.screenshot(`volumes-pod-uses-claim-${lang}-1440x900-applied`);
    expect(g.external).toEqual([]);
    expect(g.errors).toEqual([]);
    await context.close();
  });
}
