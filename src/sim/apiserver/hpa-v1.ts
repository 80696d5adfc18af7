/**
 * autoscaling/v1 HorizontalPodAutoscaler ⇄ the stored autoscaling/v2 form, as k/k
 * pkg/apis/autoscaling/v1/conversion.go: v1 knows only a CPU utilization target.
 */
import type { KObject } from '../types';

type Json = Record<string, unknown>;

/** Where v1 keeps the status conditions it has no field for (autoscaling.HorizontalPodAutoscalerConditionsAnnotation). */
const CONDITIONS_ANNOTATION = 'autoscaling.alpha.kubernetes.io/conditions';

/** The target an autoscaling/v1 HPA without one gets (autoscaling.DefaultCPUUtilization). */
const DEFAULT_CPU_UTILIZATION = 80;

const isObj = (v: unknown): v is Json => !!v && typeof v === 'object' && !Array.isArray(v);

function cpuResource(metric: unknown): Json | undefined {
  if (!isObj(metric) || metric.type !== 'Resource' || !isObj(metric.resource) || metric.resource.name !== 'cpu') return undefined;
  return metric.resource;
}

/** The annotation's JSON list, or undefined when it is not one (a hand-written value is dropped). */
function parsedList(text: string): Json[] | undefined {
  try {
    const v: unknown = JSON.parse(text);
    return Array.isArray(v) && v.every(isObj) ? v : undefined;
  } catch {
    return undefined;
  }
}

/** A v1 object as the v2 one the server stores: the CPU target becomes a Resource metric. */
export function hpaFromV1(obj: KObject): KObject {
  const { targetCPUUtilizationPercentage: target, ...spec } = isObj(obj.spec) ? obj.spec : {};
  const { [CONDITIONS_ANNOTATION]: conditions, ...annotations } = obj.metadata?.annotations ?? {};
  const utilization = typeof target === 'number' ? target : target === undefined || target === null ? DEFAULT_CPU_UTILIZATION : target;
  const metrics = [{ type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: utilization } } }];
  const out: KObject = { ...obj, apiVersion: 'autoscaling/v2', spec: { ...spec, metrics } };
  if (conditions !== undefined) out.metadata = { ...obj.metadata, annotations };
  const decoded = typeof conditions === 'string' ? parsedList(conditions) : undefined;
  if (isObj(obj.status) || decoded) {
    const { currentCPUUtilizationPercentage: current, ...status } = isObj(obj.status) ? obj.status : {};
    out.status = {
      ...status,
      ...(typeof current === 'number' ? { currentMetrics: [{ type: 'Resource', resource: { name: 'cpu', current: { averageUtilization: current } } }] } : {}),
      ...(decoded ? { conditions: decoded } : {}),
    };
  }
  return out;
}

/** The stored v2 object as autoscaling/v1 shows it: the first CPU metric's utilization, nothing else. */
export function hpaToV1(obj: KObject): KObject {
  const { metrics, behavior: _behavior, ...spec } = isObj(obj.spec) ? obj.spec : {};
  const cpu = Array.isArray(metrics) ? metrics.map(cpuResource).find((r) => r) : undefined;
  const target = isObj(cpu?.target) ? cpu.target.averageUtilization : undefined;
  const out: KObject = { ...obj, apiVersion: 'autoscaling/v1', spec: { ...spec, ...(typeof target === 'number' ? { targetCPUUtilizationPercentage: target } : {}) } };
  if (isObj(obj.status)) {
    const { currentMetrics, conditions, ...status } = obj.status;
    // encoded as Go marshals the condition struct: its fields in declaration order
    if (Array.isArray(conditions) && conditions.length) {
      const encoded = conditions.map((c: Json) => ({ type: c.type, status: c.status, lastTransitionTime: c.lastTransitionTime, reason: c.reason, message: c.message }));
      out.metadata = { ...obj.metadata, annotations: { ...obj.metadata.annotations, [CONDITIONS_ANNOTATION]: JSON.stringify(encoded) } };
    }
    const current = Array.isArray(currentMetrics) ? currentMetrics.map(cpuResource).find((r) => r) : undefined;
    const value = isObj(current?.current) ? current.current.averageUtilization : undefined;
    // v1's currentReplicas has no omitempty: a zero is shown; fields in the v1 struct's order
    const { observedGeneration, lastScaleTime, currentReplicas, desiredReplicas, ...others } = status;
    out.status = {
      ...(observedGeneration !== undefined ? { observedGeneration } : {}),
      ...(lastScaleTime !== undefined ? { lastScaleTime } : {}),
      currentReplicas: currentReplicas ?? 0,
      desiredReplicas: desiredReplicas ?? 0,
      ...(typeof value === 'number' ? { currentCPUUtilizationPercentage: value } : {}),
      ...others,
    };
  }
  return out;
}
