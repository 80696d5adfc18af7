import { describe, expect, it } from 'vitest';
import type { Cluster } from '../cluster';
import { eventsFor, pod, testCluster } from './test-util';

const get = (c: Cluster, name: string) => c.api.get('pods', 'default', name);
const cs = (c: Cluster, name: string) => get(c, name).status?.containerStatuses?.[0];

describe('kubelet image pulls', () => {
  it('pulls, creates and starts with the real events', () => {
    const c = testCluster();
    c.api.create(pod('kubia', [{ name: 'kubia', image: 'luksa/kubia' }]));
    c.runUntilIdle();
    expect(cs(c, 'kubia').state.waiting.reason).toBe('ContainerCreating');
    expect(get(c, 'kubia').status.phase).toBe('Pending');
    c.advance(30_000);
    expect(get(c, 'kubia').status.phase).toBe('Running');
    const ev = eventsFor(c, 'kubia');
    expect(ev[0]).toMatch(/^Normal Scheduled Successfully assigned default\/kubia to k8s-node\d$/);
    expect(ev[1]).toBe('Normal Pulling Pulling image "luksa/kubia"');
    expect(ev[2]).toMatch(/^Normal Pulled Successfully pulled image "luksa\/kubia" in \d+(\.\d+)?m?s \(\d+(\.\d+)?m?s including waiting\)\. Image size: 264061530 bytes\.$/);
    expect(ev.slice(3)).toEqual(['Normal Created Created container: kubia', 'Normal Started Started container kubia']);
    expect(cs(c, 'kubia').image).toBe('docker.io/luksa/kubia:latest');
  });

  it('says the image is already present for IfNotPresent on a node that has it', () => {
    const c = testCluster({ nodes: [{ name: 'n1', controlPlane: false, cpu: '2', memory: '4Gi', maxPods: 110 }], systemPods: false });
    c.api.create(pod('a', [{ name: 'web', image: 'nginx:1.29', imagePullPolicy: 'IfNotPresent' }]));
    c.advance(30_000);
    c.api.create(pod('b', [{ name: 'web', image: 'nginx:1.29', imagePullPolicy: 'IfNotPresent' }]));
    c.advance(5_000);
    expect(eventsFor(c, 'b')).toContain('Normal Pulled Container image "nginx:1.29" already present on machine');
  });

  it('fails an unknown image with ErrImagePull, then ImagePullBackOff with growing delays', () => {
    const c = testCluster();
    c.api.create(pod('bad', [{ name: 'web', image: 'nginx/aplin' }]));
    c.advanceUntil(() => cs(c, 'bad')?.state.waiting?.reason !== 'ContainerCreating', 10_000, 100);
    const st = cs(c, 'bad').state.waiting;
    expect(st.reason).toBe('ErrImagePull');
    expect(st.message).toBe(
      'failed to pull and unpack image "docker.io/nginx/aplin:latest": failed to resolve reference "docker.io/nginx/aplin:latest": pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed',
    );
    c.advance(1_000);
    const back = cs(c, 'bad').state.waiting;
    expect(back.reason).toBe('ImagePullBackOff');
    expect(back.message).toBe(`Back-off pulling image "nginx/aplin": ErrImagePull: ${st.message}`);
    const ev = eventsFor(c, 'bad');
    expect(ev).toContain(`Warning Failed Failed to pull image "nginx/aplin": ${st.message}`);
    expect(ev).toContain('Warning Failed Error: ErrImagePull');
    expect(ev).toContain('Normal BackOff Back-off pulling image "nginx/aplin"');
    expect(ev).toContain('Warning Failed Error: ImagePullBackOff');
    const pulls = () => c.api.list('events', 'default').find((e) => e.involvedObject.name === 'bad' && e.reason === 'Pulling')!.count;
    expect(pulls()).toBe(1);
    c.advance(10_000);
    expect(pulls()).toBe(2);
    c.advance(15_000);
    expect(pulls()).toBe(2); // the second back-off is 20s
    c.advance(10_000);
    expect(pulls()).toBe(3);
  });

  it('fails a missing tag of a known image with "not found"', () => {
    const c = testCluster();
    c.api.create(pod('tag', [{ name: 'web', image: 'nginx:aplin' }]));
    c.advanceUntil(() => cs(c, 'tag')?.state.waiting?.reason === 'ErrImagePull', 10_000, 100);
    expect(cs(c, 'tag').state.waiting.message).toBe(
      'failed to pull and unpack image "docker.io/library/nginx:aplin": failed to resolve reference "docker.io/library/nginx:aplin": docker.io/library/nginx:aplin: not found',
    );
  });
});

describe('kubelet restarts', () => {
  it('restarts a crashing container with back-off 10s, 20s, 40s ... capped at 300s', () => {
    const c = testCluster();
    c.api.create(pod('crash', [{ name: 'c', image: 'busybox', imagePullPolicy: 'IfNotPresent', command: ['sh', '-c', 'echo boom; exit 1'] }]));
    // the first restart is immediate; from the second crash on the kubelet backs off
    const delays: number[] = [];
    const restartsAt: number[] = [];
    let last = -1;
    for (let t = 0; t < 1_800_000; t += 500) {
      c.advance(500);
      const s = cs(c, 'crash');
      const m = /^back-off (\d+)s/.exec(s?.state.waiting?.message ?? '');
      if (m && Number(m[1]) !== delays[delays.length - 1]) delays.push(Number(m[1]));
      if (s && s.restartCount !== last) restartsAt.push(c.now());
      last = s?.restartCount ?? -1;
    }
    expect(delays.slice(0, 7)).toEqual([10, 20, 40, 80, 160, 300]);
    const gaps = restartsAt.slice(2).map((t, i) => Math.round((t - restartsAt[i + 1]) / 1000));
    expect(gaps.slice(0, 6)).toEqual([10, 20, 40, 80, 160, 300]);
    const s = cs(c, 'crash');
    expect(s.lastState.terminated.exitCode).toBe(1);
    expect(s.lastState.terminated.reason).toBe('Error');
  });

  it('shows CrashLoopBackOff with the kubelet message and BackOff event', () => {
    const c = testCluster();
    const p = c.api.create(pod('crash', [{ name: 'c', image: 'busybox', command: ['false'] }]));
    c.advance(30_000);
    const w = cs(c, 'crash').state.waiting;
    expect(w.reason).toBe('CrashLoopBackOff');
    expect(w.message).toMatch(new RegExp(`^back-off (10|20)s restarting failed container=c pod=crash_default\\(${p.metadata.uid}\\)$`));
    expect(eventsFor(c, 'crash')).toContain(`Warning BackOff Back-off restarting failed container c in pod crash_default(${p.metadata.uid})`);
    expect(get(c, 'crash').status.phase).toBe('Running');
  });

  it('completes a Never pod as Succeeded, or Failed on a non-zero exit', () => {
    const c = testCluster();
    c.api.create(pod('ok', [{ name: 'c', image: 'busybox', command: ['sh', '-c', 'echo done'] }], { restartPolicy: 'Never' }));
    c.api.create(pod('ko', [{ name: 'c', image: 'busybox', command: ['sh', '-c', 'exit 2'] }], { restartPolicy: 'Never' }));
    c.advance(30_000);
    expect(get(c, 'ok').status.phase).toBe('Succeeded');
    expect(cs(c, 'ok').state.terminated).toMatchObject({ exitCode: 0, reason: 'Completed' });
    expect(get(c, 'ko').status.phase).toBe('Failed');
    expect(cs(c, 'ko').state.terminated).toMatchObject({ exitCode: 2, reason: 'Error' });
    const ready = get(c, 'ok').status.conditions.find((x: { type: string }) => x.type === 'Ready');
    expect(ready).toMatchObject({ status: 'False', reason: 'PodCompleted' });
  });

  it('fails to start a missing executable with StartError', () => {
    const c = testCluster();
    c.api.create(pod('noexe', [{ name: 'c', image: 'busybox', command: ['nosuch'] }], { restartPolicy: 'Never' }));
    c.advance(30_000);
    const t = cs(c, 'noexe').state.terminated;
    expect(t.reason).toBe('StartError');
    expect(t.exitCode).toBe(128);
    expect(t.message).toContain('exec: "nosuch": executable file not found in $PATH: unknown');
  });

  it('OOM-kills polinux/stress over its memory limit', () => {
    const c = testCluster();
    c.api.create(
      pod('stress', [{ name: 's', image: 'polinux/stress', command: ['stress'], args: ['--vm', '1', '--vm-bytes', '250M', '--vm-hang', '1'], resources: { limits: { memory: '100Mi' } } }]),
    );
    c.advance(30_000);
    const s = cs(c, 'stress');
    expect(s.lastState.terminated?.reason ?? s.state.terminated?.reason).toBe('OOMKilled');
    expect(s.lastState.terminated?.exitCode ?? s.state.terminated?.exitCode).toBe(137);
  });
});

describe('kubelet probes', () => {
  it('flips Ready when the readiness probe starts failing (kubia:v3 after four requests)', () => {
    const c = testCluster();
    c.api.create(pod('v3', [{ name: 'k', image: 'luksa/kubia:v3', readinessProbe: { httpGet: { path: '/', port: 8080 }, periodSeconds: 1 } }]));
    c.advanceUntil(() => !!cs(c, 'v3')?.ready, 60_000, 100);
    expect(cs(c, 'v3').ready).toBe(true);
    c.advance(10_000);
    // the probe itself makes requests: from the fifth on the app answers 500
    const ready = get(c, 'v3').status.conditions.find((x: { type: string }) => x.type === 'Ready');
    expect(ready.status).toBe('False');
    expect(eventsFor(c, 'v3')).toContain('Warning Unhealthy Readiness probe failed: HTTP probe failed with statuscode: 500');
  });

  it('becomes Ready once the readiness probe passes', () => {
    const c = testCluster();
    c.api.create(pod('ready', [{ name: 'k', image: 'luksa/kubia', readinessProbe: { httpGet: { path: '/', port: 8080 }, initialDelaySeconds: 5 } }]));
    c.advanceUntil(() => !!cs(c, 'ready')?.state.running, 60_000, 100);
    c.advance(3_000);
    expect(cs(c, 'ready').ready).toBe(false);
    c.advance(10_000);
    expect(cs(c, 'ready').ready).toBe(true);
  });

  it('restarts on liveness failures (kubia-unhealthy)', () => {
    const c = testCluster();
    c.api.create(pod('sick', [{ name: 'kubia', image: 'luksa/kubia-unhealthy', livenessProbe: { httpGet: { path: '/', port: 8080 } } }]));
    c.advance(150_000);
    const ev = eventsFor(c, 'sick');
    expect(ev).toContain('Warning Unhealthy Liveness probe failed: HTTP probe failed with statuscode: 500');
    expect(ev).toContain('Normal Killing Container kubia failed liveness probe, will be restarted');
    const s = cs(c, 'sick');
    expect(s.restartCount).toBeGreaterThanOrEqual(1);
    // node ignores SIGTERM: killed after the grace period
    expect(s.lastState.terminated).toMatchObject({ exitCode: 137, reason: 'Error' });
  });

  it('reports a refused connection with the Go client text', () => {
    const c = testCluster();
    c.api.create(pod('refuse', [{ name: 'k', image: 'luksa/kubia', readinessProbe: { httpGet: { path: '/healthz', port: 9999 } } }]));
    c.advance(30_000);
    const ip = get(c, 'refuse').status.podIP;
    expect(eventsFor(c, 'refuse')).toContain(`Warning Unhealthy Readiness probe failed: Get "http://${ip}:9999/healthz": dial tcp ${ip}:9999: connect: connection refused`);
  });
});

describe('graceful termination', () => {
  it('takes the whole grace period for sleep as PID 1, then removes the pod', () => {
    const c = testCluster();
    c.api.create(pod('sleeper', [{ name: 'c', image: 'busybox', command: ['sleep', '3600'] }]));
    c.advance(20_000);
    c.api.delete('pods', 'default', 'sleeper');
    c.runUntilIdle();
    expect(eventsFor(c, 'sleeper')).toContain('Normal Killing Stopping container c');
    c.advance(29_000);
    expect(c.api.tryGet('pods', 'default', 'sleeper')).toBeTruthy();
    c.advance(2_000);
    expect(c.api.tryGet('pods', 'default', 'sleeper')).toBeUndefined();
  });

  it('stops nginx at once on SIGTERM', () => {
    const c = testCluster();
    c.api.create(pod('web', [{ name: 'nginx', image: 'nginx' }]));
    c.advance(30_000);
    c.api.delete('pods', 'default', 'web');
    c.advance(1_000);
    expect(c.api.tryGet('pods', 'default', 'web')).toBeUndefined();
  });
});

describe('config errors', () => {
  it('waits with CreateContainerConfigError on a missing ConfigMap key, then starts when it appears', () => {
    const c = testCluster();
    c.api.create({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'cfg', namespace: 'default' }, data: { other: 'x' } });
    c.api.create(pod('envpod', [{ name: 'c', image: 'luksa/fortune:env', env: [{ name: 'INTERVAL', valueFrom: { configMapKeyRef: { name: 'cfg', key: 'sleep-interval' } } }] }]));
    c.advance(30_000);
    const w = cs(c, 'envpod').state.waiting;
    expect(w).toEqual({ reason: 'CreateContainerConfigError', message: "couldn't find key sleep-interval in ConfigMap default/cfg" });
    expect(eventsFor(c, 'envpod')).toContain("Warning Failed Error: couldn't find key sleep-interval in ConfigMap default/cfg");
    const cm = structuredClone(c.api.get('configmaps', 'default', 'cfg'));
    cm.data['sleep-interval'] = '25';
    c.api.update(cm);
    c.advance(2_000);
    expect(cs(c, 'envpod').state.running).toBeTruthy();
  });

  it('reports a missing ConfigMap as not found', () => {
    const c = testCluster();
    c.api.create(pod('nocm', [{ name: 'c', image: 'busybox', command: ['sleep', '99'], envFrom: [{ configMapRef: { name: 'absent' } }] }]));
    c.advance(30_000);
    expect(cs(c, 'nocm').state.waiting).toEqual({ reason: 'CreateContainerConfigError', message: 'configmap "absent" not found' });
  });

  it('refuses runAsNonRoot for an image that runs as root', () => {
    const c = testCluster();
    const p = c.api.create(pod('nonroot', [{ name: 'main', image: 'busybox', command: ['sleep', '99'], securityContext: { runAsNonRoot: true } }]));
    c.advance(30_000);
    expect(cs(c, 'nonroot').state.waiting.message).toBe(`container has runAsNonRoot and image will run as root (pod: "nonroot_default(${p.metadata.uid})", container: main)`);
  });

  it.each([
    ['configMap', { configMap: { name: 'obj', items: [{ key: 'nope', path: 'f' }] } }, 'configmap references non-existent config key: nope'],
    ['secret', { secret: { secretName: 'obj', items: [{ key: 'nope', path: 'f' }] } }, 'references non-existent secret key: nope'],
  ])('names an item key the %s lacks in the FailedMount event', (_kind, source, why) => {
    const c = testCluster();
    c.api.create({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'obj', namespace: 'default' }, data: { k: 'v' } });
    c.api.create({ apiVersion: 'v1', kind: 'Secret', metadata: { name: 'obj', namespace: 'default' }, data: { k: 'dg==' } });
    c.api.create(pod('items', [{ name: 'c', image: 'busybox', command: ['sleep', '99'], volumeMounts: [{ name: 'v', mountPath: '/v' }] }], { volumes: [{ name: 'v', ...source }] }));
    c.advance(10_000);
    expect(eventsFor(c, 'items')).toContain(`Warning FailedMount MountVolume.SetUp failed for volume "v" : ${why}`);
  });

  it('keeps a pod in ContainerCreating while its ConfigMap volume is missing', () => {
    const c = testCluster();
    c.api.create(pod('vol', [{ name: 'c', image: 'nginx', volumeMounts: [{ name: 'conf', mountPath: '/etc/nginx/conf.d' }] }], { volumes: [{ name: 'conf', configMap: { name: 'nginx-conf' } }] }));
    c.advance(10_000);
    expect(cs(c, 'vol').state.waiting.reason).toBe('ContainerCreating');
    expect(eventsFor(c, 'vol')).toContain('Warning FailedMount MountVolume.SetUp failed for volume "conf" : configmap "nginx-conf" not found');
  });
});
