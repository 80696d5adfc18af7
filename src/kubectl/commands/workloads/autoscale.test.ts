import { describe, expect, it } from 'vitest';
import { Cluster } from '../../../sim/cluster';
import { MemoryWorkspace } from '../../context';
import { runKubectl } from '../../kubectl';

// outputs and messages as kubectl v1.34.5 prints them against the served sim
describe('kubectl autoscale', () => {
  const cluster = new Cluster({ seed: 1 });
  const ctx = { cluster, fs: new MemoryWorkspace(), namespace: 'default' };
  const k = (line: string) => runKubectl(line.split(' ').filter(Boolean), ctx);
  k('create deployment ev --image=nginx');
  k('run px --image=nginx');

  it('creates an autoscaling/v2 HPA that get hpa shows in its columns', () => {
    expect(k('autoscale deployment ev --max=3 --dry-run=client').out).toBe('horizontalpodautoscaler.autoscaling/ev created (dry run)\n');
    expect(k('autoscale deployment ev --max=5 --cpu=70%').out).toBe('horizontalpodautoscaler.autoscaling/ev autoscaled\n');
    expect(k('autoscale deploy/ev --min=2 --max=5 --cpu=500m --memory=1Gi --name=two').out).toBe('horizontalpodautoscaler.autoscaling/two autoscaled\n');
    expect(k('get hpa').out).toBe(
      'NAME   REFERENCE       TARGETS                                      MINPODS   MAXPODS   REPLICAS   AGE\n' +
        'ev     Deployment/ev   cpu: <unknown>/70%                           1         5         0          0s\n' +
        'two    Deployment/ev   cpu: <unknown>/500m, memory: <unknown>/1Gi   2         5         0          0s\n',
    );
    expect(k('get hpa two -o jsonpath={.spec.metrics[1].resource.target}').out).toBe('{"averageValue":"1Gi","type":"AverageValue"}');
  });

  it('answers an existing HPA as kubectl does after its autoscaling/v1 fallback', () => {
    expect(k('autoscale deployment ev --max=5 --cpu=70%').out).toBe('Error from server (AlreadyExists): horizontalpodautoscalers.autoscaling "ev" already exists\n');
    expect(k('autoscale deployment ev --max=5 --cpu=1 --name=two').out).toBe('error: failed to create autoscaling/v2 HPA and the configuration is incompatible with autoscaling/v1: %!w(<nil>)\n');
    expect(k('autoscale deployment ev --max=5').out).toBe('error: failed to create autoscaling/v2 HPA and the configuration is incompatible with autoscaling/v1: empty input\n');
  });

  it.each([
    ['autoscale', 'error: required flag(s) "max" not set\n'],
    ['autoscale deployment ev --max=0', 'error: --max=MAXPODS is required and must be at least 1, max: 0\n'],
    ['autoscale deployment ev --max=2 --min=3', 'error: --max=MAXPODS must be larger or equal to --min=MINPODS, max: 2, min: 3\n'],
    ['autoscale deployment ev --max=2 --cpu=abc', 'error: invalid resource cpu value: abc\n'],
    ['autoscale deployment ev --max=2 --memory=x%', 'error: invalid percentage value: x\n'],
    ['autoscale deployment --max=2', 'error: resource(s) were provided, but no name was specified\n'],
    ['autoscale deployment nope --max=2', 'Error from server (NotFound): deployments.apps "nope" not found\n'],
    ['autoscale pod px --max=2', 'error: cannot autoscale a Pod: could not find scale subresource for /v1, Resource=pods in discovery information\n'],
  ])('kubectl %s', (line, text) => {
    expect(k(line)).toMatchObject({ out: text, code: 1 });
  });
});
