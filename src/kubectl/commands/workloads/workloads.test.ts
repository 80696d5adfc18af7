import { describe, expect, it } from 'vitest';
import { Cluster } from '../../../sim/cluster';
import { useFakeKubelet, type FakeKubeletOptions } from '../../../sim/controllers/replicaset-testing';
import { MemoryWorkspace, type KubectlContext } from '../../context';
import { runKubectl } from '../../kubectl';

function setup(opts: FakeKubeletOptions = {}) {
  const cluster = new Cluster({ seed: 3 });
  useFakeKubelet(cluster, opts);
  const ctx: KubectlContext = { cluster, fs: new MemoryWorkspace(), namespace: 'default' };
  const k = (line: string) => runKubectl(line.split(' ').filter(Boolean), ctx);
  return { cluster, ctx, k };
}

const rsNames = (c: Cluster) => c.api.list('replicasets.apps', 'default').map((rs) => rs.metadata.name!);

describe('kubectl create deployment', () => {
  it('prints the same manifest as kubectl for --dry-run=client -o yaml', () => {
    const { k } = setup();
    const r = k('create deployment kubia --image=luksa/kubia:v1 --replicas=3 --dry-run=client -o yaml');
    expect(r.out).toBe(`apiVersion: apps/v1
kind: Deployment
metadata:
  labels:
    app: kubia
  name: kubia
spec:
  replicas: 3
  selector:
    matchLabels:
      app: kubia
  strategy: {}
  template:
    metadata:
      labels:
        app: kubia
    spec:
      containers:
      - image: luksa/kubia:v1
        name: kubia
        resources: {}
status: {}
`);
  });

  it('creates the deployment with port and command, and its pods', () => {
    const { cluster, k } = setup();
    expect(k('create deployment kubia --image=luksa/kubia:v1 --port=8080 -- node app.js').out).toBe('deployment.apps/kubia created\n');
    const d = cluster.api.get('deployments.apps', 'default', 'kubia');
    expect(d.spec.template.spec.containers[0]).toMatchObject({ name: 'kubia', image: 'luksa/kubia:v1', command: ['node', 'app.js'], ports: [{ containerPort: 8080 }] });
    expect(cluster.api.list('pods', 'default')).toHaveLength(1);
  });

  it('sanitizes container names with a random suffix', () => {
    const { k } = setup();
    expect(k('create deployment x --image=a.b_c --dry-run=client -o yaml').out).toMatch(/name: a-b-c-[bcdfghjklmnpqrstvwxz2456789]{5}\n/);
  });

  it('fails like kubectl on missing or conflicting arguments', () => {
    const { k } = setup();
    expect(k('create deployment kubia').out).toBe('error: required flag(s) "image" not set\n');
    expect(k('create deployment --image=x').out).toBe("error: exactly one NAME is required, got 0\nSee 'kubectl create deployment -h' for help and examples\n");
    expect(k('create deployment kubia --image=a --image=b -- cmd').out).toBe('error: cannot specify multiple --image options and command\n');
    k('create deployment kubia --image=a');
    expect(k('create deployment kubia --image=a').out).toBe('error: failed to create deployment: deployments.apps "kubia" already exists\n');
  });
});

describe('kubectl scale and set image', () => {
  it('scales a deployment and reports it', () => {
    const { cluster, k } = setup();
    k('create deployment kubia --image=luksa/kubia:v1');
    expect(k('scale deployment kubia --replicas=3').out).toBe('deployment.apps/kubia scaled\n');
    cluster.advance(5000);
    expect(cluster.api.list('pods', 'default')).toHaveLength(3);
    expect(k('scale deploy/kubia').out).toBe('error: required flag(s) "replicas" not set\n');
    // kubectl v1.34.5 reports a scale that found nothing with the visit's error
    expect(k('scale deploy/nope --replicas=1').out).toBe('error: no objects passed to scale deployments.apps "nope" not found\n');
    expect(k('scale deploy/kubia --replicas=2 --current-replicas=5').out).toBe('error: Expected replicas to be 5, was 3\n');
  });

  it('updates an image, says nothing when unchanged, and names a missing container', () => {
    const { cluster, k } = setup();
    k('create deployment kubia --image=luksa/kubia:v1');
    expect(k('set image deployment/kubia kubia=luksa/kubia:v2').out).toBe('deployment.apps/kubia image updated\n');
    expect(cluster.api.get('deployments.apps', 'default', 'kubia').spec.template.spec.containers[0].image).toBe('luksa/kubia:v2');
    expect(k('set image deployment/kubia kubia=luksa/kubia:v2').out).toBe('');
    const r = k('set image deployment/kubia nodejs=luksa/kubia:v3');
    expect(r.out).toBe('error: unable to find container named "nodejs"\n');
    expect(r.code).toBe(1);
    expect(k('set image deployment/kubia').out).toBe('error: at least one image update is required\n');
  });
});

describe('kubectl rollout', () => {
  it('status waits in virtual time, printing each new line once', () => {
    const { cluster, k } = setup({ readyAfterMs: 5000 });
    k('create deployment kubia --image=luksa/kubia:v1 --replicas=3');
    const start = cluster.now();
    const r = k('rollout status deployment/kubia');
    expect(r.out).toBe(
      [
        'Waiting for deployment "kubia" rollout to finish: 0 of 3 updated replicas are available...',
        'deployment "kubia" successfully rolled out',
        '',
      ].join('\n'),
    );
    expect(cluster.now() - start).toBeGreaterThanOrEqual(5000);
    expect(k('rollout status deployment kubia').out).toBe('deployment "kubia" successfully rolled out\n');
  });

  it('status shows the rolling update stages', () => {
    const { k } = setup({ readyAfterMs: 3000 });
    k('create deployment kubia --image=luksa/kubia:v1 --replicas=3');
    k('rollout status deployment/kubia');
    k('set image deployment/kubia kubia=luksa/kubia:v2');
    const lines = k('rollout status deployment/kubia').out.trimEnd().split('\n');
    expect(lines[0]).toBe('Waiting for deployment "kubia" rollout to finish: 1 out of 3 new replicas have been updated...');
    expect(lines).toContain('Waiting for deployment "kubia" rollout to finish: 1 old replicas are pending termination...');
    expect(lines.at(-1)).toBe('deployment "kubia" successfully rolled out');
    expect(new Set(lines).size).toBe(lines.length);
  });

  it('status honours --watch=false, --timeout and the progress deadline', () => {
    const { cluster, k } = setup({ becomesReady: (p) => p.spec.containers[0].image !== 'luksa/kubia:v3' });
    k('create deployment kubia --image=luksa/kubia:v3');
    expect(k('rollout status deployment/kubia --watch=false').out).toBe('Waiting for deployment "kubia" rollout to finish: 0 of 1 updated replicas are available...\n');
    const t0 = cluster.now();
    const r = k('rollout status deployment/kubia --timeout=10s');
    expect(r.out).toBe('Waiting for deployment "kubia" rollout to finish: 0 of 1 updated replicas are available...\nerror: timed out waiting for the condition\n');
    expect(cluster.now() - t0).toBe(10_000);
    const r2 = k('rollout status deployment/kubia');
    expect(r2.out).toBe('Waiting for deployment "kubia" rollout to finish: 0 of 1 updated replicas are available...\nerror: deployment "kubia" exceeded its progress deadline\n');
    expect(r2.code).toBe(1);
    expect(k('rollout status').out).toBe('error: required resource not specified\n');
  });

  it('status without --timeout watches until interrupted: the prompt stops it and says so in its own words', () => {
    const { cluster, k } = setup({ becomesReady: () => false });
    k('create deployment kubia --image=luksa/kubia:v3');
    k('rollout pause deployment/kubia');
    k('set image deployment/kubia kubia=luksa/kubia:v4');
    const t0 = cluster.now();
    const r = k('rollout status deployment/kubia');
    // 10 minutes, or a minute past the default 600s progress deadline
    expect(cluster.now() - t0).toBe(660_000);
    expect(r.code).toBe(130);
    // kubectl prints only its status lines; the last line is the playground's, not kubectl's
    expect(r.stdout).toBe('Waiting for deployment "kubia" rollout to finish: 0 out of 1 new replicas have been updated...\n');
    expect(r.stderr).toBe('playground: kubectl rollout status keeps watching until interrupted when --timeout is 0 (its default); stopped after 11m0s of simulated time, as Ctrl+C would (exit code 130). Give --timeout to bound the wait.\n');
    expect(k('rollout status rs/x').out).toBe('Error from server (NotFound): replicasets.apps "x" not found\n');
  });

  it('history lists revisions and shows one template', () => {
    const { k } = setup();
    k('create deployment kubia --image=luksa/kubia:v1');
    k('set image deployment/kubia kubia=luksa/kubia:v2');
    expect(k('rollout history deployment/kubia').out).toBe('deployment.apps/kubia \nREVISION  CHANGE-CAUSE\n1         <none>\n2         <none>\n\n');
    expect(k('rollout history deployment/kubia --revision=2').out).toMatch(
      /^deployment\.apps\/kubia with revision #2\nPod Template:\n {2}Labels:\tapp=kubia\n\tpod-template-hash=[456789bcdf]+\n {2}Containers:\n {3}kubia:\n {4}Image:\tluksa\/kubia:v2\n {4}Port:\t<none>\n {4}Host Port:\t<none>\n {4}Environment:\t<none>\n {4}Mounts:\t<none>\n {2}Volumes:\t<none>\n {2}Node-Selectors:\t<none>\n {2}Tolerations:\t<none>\n\n$/,
    );
    expect(k('rollout history deployment/kubia --revision=7').out).toBe('error: unable to find the specified revision\n');
  });

  it('records the change cause with the deprecated --record flag', () => {
    const { k } = setup();
    k('create deployment kubia --image=luksa/kubia:v1');
    expect(k('set image deployment kubia kubia=luksa/kubia:v2 --record').out).toBe(
      'Flag --record has been deprecated, --record will be removed in the future\ndeployment.apps/kubia image updated\n',
    );
    expect(k('rollout history deployment/kubia').out).toBe(
      'deployment.apps/kubia \nREVISION  CHANGE-CAUSE\n1         <none>\n2         kubectl set image deployment kubia kubia=luksa/kubia:v2 --record=true\n\n',
    );
  });

  it('undo rolls back to the previous revision as a new revision and reuses its replica set', () => {
    const { cluster, k } = setup();
    k('create deployment kubia --image=luksa/kubia:v1');
    cluster.advance(5000);
    const [v1] = rsNames(cluster);
    k('set image deployment/kubia kubia=luksa/kubia:v2');
    cluster.advance(10_000);
    expect(k('rollout undo deployment/kubia').out).toBe('deployment.apps/kubia rolled back\n');
    cluster.advance(10_000);
    expect(rsNames(cluster)).toHaveLength(2);
    const rs = cluster.api.get('replicasets.apps', 'default', v1);
    expect(rs.metadata.annotations?.['deployment.kubernetes.io/revision']).toBe('3');
    expect(k('rollout history deploy/kubia').out).toBe('deployment.apps/kubia \nREVISION  CHANGE-CAUSE\n2         <none>\n3         <none>\n\n');
    expect(k('rollout undo deployment/kubia --to-revision=3').out).toBe('deployment.apps/kubia skipped rollback (current template already matches revision 3)\n');
    expect(k('rollout undo deployment/kubia --to-revision=9').out).toBe('error: unable to find specified revision 9 in history\n');
  });

  it('undo without history and on a paused deployment fails like kubectl', () => {
    const { k } = setup();
    k('create deployment kubia --image=luksa/kubia:v1');
    expect(k('rollout undo deployment/kubia').out).toBe('error: no rollout history found for deployment "kubia"\n');
    k('set image deployment/kubia kubia=luksa/kubia:v2');
    k('rollout pause deployment/kubia');
    expect(k('rollout undo deployment/kubia').out).toBe("error: you cannot rollback a paused deployment; resume it first with 'kubectl rollout resume' and try again\n");
  });

  it('pause and resume print kubectl messages and errors', () => {
    const { cluster, k } = setup();
    k('create deployment kubia --image=luksa/kubia:v1');
    expect(k('rollout pause deployment/kubia').out).toBe('deployment.apps/kubia paused\n');
    expect(k('rollout pause deployment/kubia').out).toBe('error: deployments.apps "kubia" is already paused\n');
    k('set image deployment/kubia kubia=luksa/kubia:v2');
    expect(rsNames(cluster)).toHaveLength(1);
    expect(k('rollout resume deployment/kubia').out).toBe('deployment.apps/kubia resumed\n');
    expect(rsNames(cluster)).toHaveLength(2);
    expect(k('rollout resume deployment/kubia').out).toBe('error: deployments.apps "kubia" is not paused\n');
  });

  it('restart stamps restartedAt on the template, rolling new pods', () => {
    const { cluster, k } = setup();
    k('create deployment kubia --image=luksa/kubia:v1');
    cluster.advance(5000);
    expect(k('rollout restart deployment/kubia').out).toBe('deployment.apps/kubia restarted\n');
    const d = cluster.api.get('deployments.apps', 'default', 'kubia');
    expect(d.spec.template.metadata.annotations['kubectl.kubernetes.io/restartedAt']).toBe(cluster.clock.isoNow());
    expect(rsNames(cluster)).toHaveLength(2);
    expect(k('rollout restart deployment/kubia').out).toBe(
      'failed to create patch for kubia: if restart has already been triggered within the past second, please wait before attempting to trigger another\n',
    );
  });

  it('acceptance: 10 replicas rolled to v2 and back, v1 returns as revision 3', () => {
    const { cluster, k } = setup({ readyAfterMs: 4000 });
    k('create deployment kubia --image=luksa/kubia:v1 --replicas=10');
    expect(k('rollout status deployment/kubia').out.trimEnd().split('\n').at(-1)).toBe('deployment "kubia" successfully rolled out');
    let maxSpec = 0;
    let minAvailable = Infinity;
    const measure = () => {
      const spec = cluster.api.list('replicasets.apps', 'default').reduce((n, rs) => n + rs.spec.replicas, 0);
      const avail = cluster.api.list('replicasets.apps', 'default').reduce((n, rs) => n + (rs.status?.availableReplicas ?? 0), 0);
      maxSpec = Math.max(maxSpec, spec);
      minAvailable = Math.min(minAvailable, avail);
    };
    cluster.addComponent({ name: 'measure', observe: () => undefined, sync: () => (measure(), false) });
    k('set image deployment/kubia kubia=luksa/kubia:v2');
    expect(k('rollout status deployment/kubia').out.trimEnd().split('\n').at(-1)).toBe('deployment "kubia" successfully rolled out');
    expect(maxSpec).toBe(13);
    expect(minAvailable).toBeGreaterThanOrEqual(8);
    expect(k('rollout undo deployment/kubia').out).toBe('deployment.apps/kubia rolled back\n');
    expect(k('rollout status deployment/kubia').out.trimEnd().split('\n').at(-1)).toBe('deployment "kubia" successfully rolled out');
    expect(k('rollout history deployment/kubia').out).toBe('deployment.apps/kubia \nREVISION  CHANGE-CAUSE\n2         <none>\n3         <none>\n\n');
    expect(cluster.api.list('pods', 'default').filter((p) => !p.metadata.deletionTimestamp).map((p) => p.spec.containers[0].image)).toEqual(Array(10).fill('luksa/kubia:v1'));
  });

  it('history and undo work on statefulsets through their controller revisions', () => {
    const { cluster, k } = setup({ readyAfterMs: 1000, terminateAfterMs: 1000 });
    const labels = { app: 'web' };
    cluster.api.create({
      apiVersion: 'apps/v1',
      kind: 'StatefulSet',
      metadata: { name: 'web' },
      spec: { serviceName: 'web', replicas: 2, selector: { matchLabels: labels }, template: { metadata: { labels }, spec: { containers: [{ name: 'nginx', image: 'nginx:1' }] } } },
    });
    expect(k('rollout undo sts/web').out).toBe('error: no last revision to roll back to\n');
    expect(k('rollout status sts/web').out).toMatch(/partitioned roll out complete: 2 new pods have been updated...\n$|statefulset rolling update complete 2 pods at revision web-[0-9a-z]+...\n$/);
    expect(k('set image sts/web nginx=nginx:2').out).toBe('statefulset.apps/web image updated\n');
    k('rollout status sts/web');
    expect(k('rollout history sts/web').out).toBe('statefulset.apps/web \nREVISION  CHANGE-CAUSE\n1         <none>\n2         <none>\n\n');
    expect(k('rollout history sts/web --revision=1').out).toContain('    Image:\tnginx:1\n');
    expect(k('rollout undo sts/web').out).toBe('statefulset.apps/web rolled back\n');
    k('rollout status sts/web');
    expect(cluster.api.list('pods', 'default').filter((p) => !p.metadata.deletionTimestamp).map((p) => p.spec.containers[0].image)).toEqual(['nginx:1', 'nginx:1']);
    expect(k('rollout history sts/web').out).toBe('statefulset.apps/web \nREVISION  CHANGE-CAUSE\n2         <none>\n3         <none>\n\n');
  });
});
