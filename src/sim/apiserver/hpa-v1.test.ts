import { describe, expect, it } from 'vitest';
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

  it('shows v1 status replicas even at zero (currentReplicas has no omitempty in v1, as the v1 schema requires it)', () => {
    const stored: KObject = { apiVersion: 'autoscaling/v2', kind: 'HorizontalPodAutoscaler', metadata: { name: 'h' }, spec: { scaleTargetRef: ref, maxReplicas: 3, metrics: cpu(50) }, status: { desiredReplicas: 0 } };
    expect(hpaToV1(stored).status).toEqual({ currentReplicas: 0, desiredReplicas: 0 });
  });
});
