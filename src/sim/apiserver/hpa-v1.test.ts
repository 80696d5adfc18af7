import { describe, expect, it } from 'vitest';
import { Cluster } from '../cluster';
import { MemoryWorkspace } from '../../kubectl/context';
import { runKubectl } from '../../kubectl/kubectl';
import { apiGroup, resourceList } from '../../api/discovery';
import { localAPIServices } from './apiservices';
import { hpaFromV1, hpaToV1 } from './hpa-v1';
import type { KObject } from '../types';

const ref = { apiVersion: 'apps/v1', kind: 'Deployment', name: 'web' };
const v1 = (spec: Record<string, unknown>, extra: Partial<KObject> = {}): KObject => ({ apiVersion: 'autoscaling/v1', kind: 'HorizontalPodAutoscaler', metadata: { name: 'h' }, spec: { scaleTargetRef: ref, maxReplicas: 3, ...spec }, ...extra });
const cpu = (n: number) => [{ type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: n } } }];

describe('autoscaling/v1 HorizontalPodAutoscaler conversion (pkg/apis/autoscaling/v1/conversion.go)', () => {
  it.each([
    ['a CPU target becomes a Resource metric', { targetCPUUtilizationPercentage: 70 }, cpu(70)],
    ['no target: the implicit 80% CPU target is made explicit', {}, cpu(80)],
  ])('%s', (_name, spec, metrics) => {
    const out = hpaFromV1(v1(spec));
    expect(out.apiVersion).toBe('autoscaling/v2');
    expect(out.spec).toEqual({ scaleTargetRef: ref, maxReplicas: 3, metrics });
  });

  it('shows the first CPU utilization metric as the v1 target; other metrics and behavior have no v1 field', () => {
    const stored: KObject = {
      apiVersion: 'autoscaling/v2',
      kind: 'HorizontalPodAutoscaler',
      metadata: { name: 'h' },
      spec: { scaleTargetRef: ref, minReplicas: 1, maxReplicas: 3, metrics: [{ type: 'Resource', resource: { name: 'memory', target: { type: 'Utilization', averageUtilization: 50 } } }, ...cpu(60)], behavior: { scaleDown: {} } },
      status: { currentReplicas: 2, desiredReplicas: 2, currentMetrics: [{ type: 'Resource', resource: { name: 'cpu', current: { averageUtilization: 12, averageValue: '1m' } } }] },
    };
    const out = hpaToV1(stored);
    expect(out.apiVersion).toBe('autoscaling/v1');
    expect(out.spec).toEqual({ scaleTargetRef: ref, minReplicas: 1, maxReplicas: 3, targetCPUUtilizationPercentage: 60 });
    expect(out.status).toEqual({ currentReplicas: 2, desiredReplicas: 2, currentCPUUtilizationPercentage: 12 });
  });

  it('keeps the status conditions in the conditions annotation, in the struct field order, and reads them back', () => {
    const condition = { message: 'the HPA controller was able to get the target\'s current scale', reason: 'SucceededGetScale', status: 'True', type: 'AbleToScale', lastTransitionTime: '2026-01-01T08:00:00Z' };
    const stored: KObject = { apiVersion: 'autoscaling/v2', kind: 'HorizontalPodAutoscaler', metadata: { name: 'h' }, spec: { scaleTargetRef: ref, maxReplicas: 3, metrics: cpu(50) }, status: { currentReplicas: 1, desiredReplicas: 1, conditions: [condition] } };
    const out = hpaToV1(stored);
    expect(out.metadata.annotations?.['autoscaling.alpha.kubernetes.io/conditions']).toBe(
      '[{"type":"AbleToScale","status":"True","lastTransitionTime":"2026-01-01T08:00:00Z","reason":"SucceededGetScale","message":"the HPA controller was able to get the target\'s current scale"}]',
    );
    const back = hpaFromV1(out);
    expect(back.metadata.annotations).toEqual({});
    expect(back.status).toEqual({ currentReplicas: 1, desiredReplicas: 1, conditions: [{ type: 'AbleToScale', status: 'True', lastTransitionTime: '2026-01-01T08:00:00Z', reason: 'SucceededGetScale', message: condition.message }] });
  });
});

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
