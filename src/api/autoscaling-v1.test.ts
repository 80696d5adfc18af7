import { describe, expect, it } from 'vitest';
import { Cluster } from '../sim/cluster';
import { MemoryWorkspace } from '../kubectl/context';
import { runKubectl } from '../kubectl/kubectl';
import { localAPIServices } from '../sim/apiserver/apiservices';
import { apiGroup, resourceList } from './discovery';

describe('autoscaling/v1 is served beside autoscaling/v2', () => {
  it('discovery lists v2 first (preferred) then v1, with the resource and its status subresource', () => {
    expect(apiGroup('autoscaling')).toMatchObject({ versions: [{ groupVersion: 'autoscaling/v2' }, { groupVersion: 'autoscaling/v1' }], preferredVersion: { groupVersion: 'autoscaling/v2' } });
    const list = resourceList('autoscaling', 'v1') as { resources: { name: string; kind: string }[] };
    expect(list.resources.map((r) => r.name)).toEqual(['horizontalpodautoscalers', 'horizontalpodautoscalers/status']);
  });

  it('registers the v1.autoscaling APIService with apiVersionPriorities 17500/15', () => {
    expect(localAPIServices().find((s) => s.metadata.name === 'v1.autoscaling')?.spec).toEqual({ group: 'autoscaling', version: 'v1', groupPriorityMinimum: 17500, versionPriority: 15 });
  });

  it('creates from a v1 manifest, reads back in the version asked for, as kubectl34 against npm run api', () => {
    const cluster = new Cluster({ seed: 1 });
    const fs = new MemoryWorkspace();
    const ctx = { cluster, fs, namespace: 'default' };
    const k = (line: string) => runKubectl(line.split(' ').filter(Boolean), ctx);
    fs.write(
      'h1.yaml',
      'apiVersion: autoscaling/v1\nkind: HorizontalPodAutoscaler\nmetadata:\n  name: h1\nspec:\n  scaleTargetRef:\n    apiVersion: apps/v1\n    kind: Deployment\n    name: web\n  minReplicas: 1\n  maxReplicas: 3\n  targetCPUUtilizationPercentage: 70\n',
    );
    expect(k('api-versions').out.split('\n')).toEqual(expect.arrayContaining(['autoscaling/v1', 'autoscaling/v2']));
    expect(k('api-resources --api-group=autoscaling').out).toBe('NAME                       SHORTNAMES   APIVERSION       NAMESPACED   KIND\nhorizontalpodautoscalers   hpa          autoscaling/v2   true         HorizontalPodAutoscaler\n');
    expect(k('create -f h1.yaml').out).toBe('horizontalpodautoscaler.autoscaling/h1 created\n');
    expect(k('get hpa h1 -o jsonpath={.spec.metrics[0].resource.target.averageUtilization}').out).toBe('70');
    expect(k('get horizontalpodautoscalers.v1.autoscaling h1 -o jsonpath={.apiVersion}/{.spec.targetCPUUtilizationPercentage}').out).toBe('autoscaling/v1/70');
    // kubectl's shortcut expander drops the version of a short name: hpa.v1.autoscaling reads autoscaling/v2
    expect(k('get hpa.v1.autoscaling h1 -o jsonpath={.apiVersion}').out).toBe('autoscaling/v2');
    expect(k('get hpa').out).toMatch(/^h1 +Deployment\/web +cpu: <unknown>\/70% +1 +3 +0 /m);
  });
});
