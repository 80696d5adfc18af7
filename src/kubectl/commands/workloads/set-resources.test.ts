import { describe, expect, it } from 'vitest';
import { Cluster } from '../../../sim/cluster';
import { useFakeKubelet } from '../../../sim/controllers/replicaset-testing';
import { MemoryWorkspace, type KubectlContext } from '../../context';
import { runKubectl } from '../../kubectl';
import { selectString } from './set-common';

function setup() {
  const cluster = new Cluster({ seed: 3 });
  useFakeKubelet(cluster);
  const ctx: KubectlContext = { cluster, fs: new MemoryWorkspace(), namespace: 'default' };
  const k = (line: string) => runKubectl(line.split(' ').filter(Boolean), ctx);
  return { cluster, k };
}

const replicaSets = (c: Cluster) => c.api.list('replicasets.apps', 'default');

describe('kubectl set resources through the API', () => {
  it('changes the pod template, and the deployment rolls out a new ReplicaSet whose pods carry the resources', () => {
    const { cluster, k } = setup();
    k('create deployment nginx --image=nginx --replicas=2');
    cluster.advance(30_000);
    expect(replicaSets(cluster)).toHaveLength(1);
    expect(k('set resources deployment nginx -c=nginx --limits=cpu=200m,memory=512Mi').out).toBe('deployment.apps/nginx resource requirements updated\n');
    // the same change again is an empty patch: nothing is sent or printed
    expect(k('set resources deployment nginx -c=nginx --limits=cpu=0.2,memory=512Mi').out).toBe('');
    cluster.advance(60_000);
    const [old, fresh] = [...replicaSets(cluster)].sort((a, b) => (a.spec.replicas ?? 0) - (b.spec.replicas ?? 0));
    expect([old.spec.replicas, fresh.spec.replicas]).toEqual([0, 2]);
    expect(fresh.spec.template.spec.containers[0].resources).toEqual({ limits: { cpu: '200m', memory: '512Mi' } });
    // the API server defaults requests to the limits on the pods
    const pods = cluster.api.list('pods', 'default').filter((p) => p.metadata.labels?.['pod-template-hash'] === fresh.metadata.labels?.['pod-template-hash']);
    expect(pods.map((p) => p.spec.containers[0].resources.requests)).toEqual([
      { cpu: '200m', memory: '512Mi' },
      { cpu: '200m', memory: '512Mi' },
    ]);
  });

  it('prints the real errors: missing object, container, pod template, flags and what the API server refuses', () => {
    const { k } = setup();
    k('create deployment nginx --image=nginx');
    k('set resources deployment nginx --limits=cpu=200m');
    expect(k('set resources deployment nosuch --limits=cpu=1').out).toBe('Error from server (NotFound): deployments.apps "nosuch" not found\n');
    expect(k('set resources deployment nginx -c nope --limits=cpu=1').out).toBe('error: unable to find container named nope\n');
    expect(k('set resources service kubernetes --limits=cpu=1').out).toBe('error: services/kubernetes the object is not a pod or does not have a pod template: *v1.Service\n');
    expect(k('set resources deployment nginx').out).toBe('error: you must specify an update to requests or limits (in the form of --requests/--limits)\n');
    expect(k('set resources deployment nginx --limits=cpu=lots').out).toBe("error: quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'\n");
    expect(k('set resources deployment nginx --requests=cpu=1').out).toBe(
      'error: failed to patch resources update to pod template Deployment.apps "nginx" is invalid: spec.template.spec.containers[0].resources.requests[cpu]: Invalid value: "1": must be less than or equal to cpu limit of 200m\n',
    );
    expect(k('set resources deployment nginx --requests=cpu=1 --dry-run=server').code).toBe(1);
  });

  it('selects by --all and -l, and keeps --dry-run changes out of the store', () => {
    const { cluster, k } = setup();
    k('create deployment a --image=nginx');
    k('create deployment b --image=nginx');
    expect(k('set resources deploy --all --requests=memory=64Mi').out).toBe('deployment.apps/a resource requirements updated\ndeployment.apps/b resource requirements updated\n');
    expect(k('set resources deploy -l app=b --requests=memory=128Mi -o name').out).toBe('deployment.apps/b\n');
    expect(k('set resources deploy a --limits=cpu=1 --dry-run=client').out).toBe('deployment.apps/a resource requirements updated (dry run)\n');
    expect(k('set resources deploy a --limits=cpu=1 --dry-run=server').out).toBe('deployment.apps/a resource requirements updated (server dry run)\n');
    expect(cluster.api.get('deployments.apps', 'default', 'a').spec.template.spec.containers[0].resources).toEqual({ requests: { memory: '64Mi' } });
  });
});

describe('selectString (the -c wildcard)', () => {
  it.each([
    ['nginx', '*', true],
    ['nginx', 'nginx', true],
    ['nginx', 'ngin', false],
    ['side', 'si*', true],
    ['nginx', '*x', true],
    ['nginx', 'n*x', true],
    ['nginx', '*g*', true],
    // the first part is not anchored at the start: kubectl v1.34.5 changes nginx for -c 'x*'
    ['nginx', 'x*', true],
    ['side', 'x*', false],
    ['app-sidecar', 'app*', true],
    ['app', 'app*', true],
    // upstream compares an offset into the rest of the name with one into the whole name
    ['abab', 'a*b*b', false],
  ])('%s against %s is %s', (name, spec, want) => expect(selectString(name, spec)).toBe(want));
});
