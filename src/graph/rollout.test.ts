import { describe, expect, it } from 'vitest';
import { MemoryWorkspace } from '../kubectl/context';
import { Shell } from '../shell/shell';
import { Cluster } from '../sim/cluster';
import { buildModel } from './model';

function world() {
  const cluster = new Cluster({ seed: 1 });
  const sh = new Shell({ cluster, fs: new MemoryWorkspace() });
  const model = () => buildModel(cluster.api.store.resources().flatMap((r) => cluster.api.store.list(r)));
  const rs = (image: string) => cluster.api.store.list('replicasets.apps').find((r) => r.spec.template.spec.containers[0].image === image)!;
  return { sh, model, rs };
}

const deploy = (m: ReturnType<typeof buildModel>) => m.nodes.find((n) => n.kind === 'Deployment')!;
const rolloutEdges = (m: ReturnType<typeof buildModel>) => m.edges.filter((e) => e.relation === 'rollout');

describe('a rollout on the canvas', () => {
  it('links the shrinking old ReplicaSet to the growing new one and shows surge and unavailability against their bounds', () => {
    const { sh, model, rs } = world();
    sh.run('kubectl create deployment kubia --image=luksa/kubia:v1 --replicas=4');
    sh.run('kubectl rollout status deployment kubia');
    expect(rolloutEdges(model())).toEqual([]);
    expect(deploy(model()).facts.map((f) => f.label)).not.toContain('surge');

    // slow enough to catch mid-way; the pods have been ready for longer than that already
    sh.run('kubectl patch deployment kubia -p \'{"spec":{"minReadySeconds":10}}\'');
    sh.run('sleep 15');
    sh.run('kubectl set image deployment kubia kubia=luksa/kubia:v2');
    sh.run('sleep 5');
    const m = model();
    const old = rs('luksa/kubia:v1');
    const next = rs('luksa/kubia:v2');
    const [edge] = rolloutEdges(m);
    expect(edge.source).toContain(old.metadata.name);
    expect(edge.target).toContain(next.metadata.name);
    expect(edge.label).toMatch(/^\d old → \d\/\d new$/);
    // 4 replicas, 25%/25%: at most 1 pod over and 1 unavailable
    const facts = Object.fromEntries(deploy(m).facts.map((f) => [f.label, f.value]));
    expect(facts.surge).toMatch(/^[01] of max 1$/);
    expect(facts.unavailable).toMatch(/^[01] of max 1$/);

    sh.run('kubectl rollout status deployment kubia');
    expect(rolloutEdges(model())).toEqual([]);
    expect(deploy(model()).facts.map((f) => f.label)).not.toContain('surge');
  });

  it('shows nothing of the kind for a plain scale', () => {
    const { sh, model } = world();
    sh.run('kubectl create deployment kubia --image=luksa/kubia:v1 --replicas=3');
    sh.run('kubectl rollout status deployment kubia');
    for (const n of [5, 2]) {
      sh.run(`kubectl scale deployment kubia --replicas=${n}`);
      expect(deploy(model()).facts.map((f) => f.label)).not.toContain('surge');
      sh.run('sleep 1');
      expect(deploy(model()).facts.map((f) => f.label)).not.toContain('surge');
    }
  });

  it('turns the edge around on a rollback: the old template comes back as the newest revision', () => {
    const { sh, model, rs } = world();
    sh.run('kubectl create deployment kubia --image=luksa/kubia:v1 --replicas=3');
    sh.run('kubectl rollout status deployment kubia');
    sh.run('kubectl set image deployment kubia kubia=luksa/kubia:v2');
    sh.run('kubectl rollout status deployment kubia');
    sh.run('kubectl patch deployment kubia -p \'{"spec":{"minReadySeconds":10}}\'');
    sh.run('kubectl rollout undo deployment kubia');
    sh.run('sleep 3');
    const [edge] = rolloutEdges(model());
    expect(edge.source).toContain(rs('luksa/kubia:v2').metadata.name);
    expect(edge.target).toContain(rs('luksa/kubia:v1').metadata.name);
  });
});
