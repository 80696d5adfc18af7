import { describe, expect, it } from 'vitest';
import { Cluster } from '../../../sim/cluster';
import { Probe } from '../../../sim/controllers/replicaset-testing';
import { MemoryWorkspace, type KubectlContext } from '../../context';
import { runKubectl } from '../../kubectl';

// the same rollout as the fake-kubelet tests, on the real scheduler and kubelets
describe('rolling update on the real cluster', () => {
  it('keeps 10 replicas within 13 pods and 8 available, completes, and undo brings v1 back as revision 3', () => {
    const cluster = new Cluster({ seed: 5 });
    const ctx: KubectlContext = { cluster, fs: new MemoryWorkspace(), namespace: 'default' };
    const k = (line: string) => runKubectl(line.split(' '), ctx);
    const rss = () => cluster.api.list('replicasets.apps', 'default');
    let watching = false;
    let maxSpec = 0;
    let minAvailable = Infinity;
    cluster.addComponent(
      new Probe(() => {
        if (!watching) return;
        maxSpec = Math.max(maxSpec, rss().reduce((n, rs) => n + rs.spec.replicas, 0));
        minAvailable = Math.min(minAvailable, rss().reduce((n, rs) => n + (rs.status?.availableReplicas ?? 0), 0));
      }),
    );
    expect(k('create deployment kubia --image=luksa/kubia:v1 --replicas=10').out).toBe('deployment.apps/kubia created\n');
    expect(k('rollout status deployment/kubia').out).toMatch(/deployment "kubia" successfully rolled out\n$/);
    const [v1] = rss().map((rs) => rs.metadata.name!);
    watching = true;
    expect(k('set image deployment/kubia kubia=luksa/kubia:v2').out).toBe('deployment.apps/kubia image updated\n');
    const status = k('rollout status deployment/kubia');
    expect(status.code).toBe(0);
    expect(status.out).toMatch(/^Waiting for deployment "kubia" rollout to finish: \d+ out of 10 new replicas have been updated\.\.\.\n/);
    expect(status.out).toMatch(/deployment "kubia" successfully rolled out\n$/);
    expect(maxSpec).toBe(13);
    expect(minAvailable).toBeGreaterThanOrEqual(8);
    expect(k('rollout undo deployment/kubia').out).toBe('deployment.apps/kubia rolled back\n');
    expect(k('rollout status deployment/kubia').out).toMatch(/deployment "kubia" successfully rolled out\n$/);
    expect(maxSpec).toBe(13);
    expect(minAvailable).toBeGreaterThanOrEqual(8);
    expect(k('rollout history deployment/kubia').out).toBe('deployment.apps/kubia \nREVISION  CHANGE-CAUSE\n2         <none>\n3         <none>\n\n');
    const back = cluster.api.get('replicasets.apps', 'default', v1);
    expect(back.metadata.annotations?.['deployment.kubernetes.io/revision']).toBe('3');
    expect(back.status).toMatchObject({ replicas: 10, readyReplicas: 10, availableReplicas: 10 });
  });
});
