/** HorizontalPodAutoscalers (autoscaling/v2) in `kubectl describe` (kubectl pkg/describe describeHorizontalPodAutoscalerV2). */
import type { KObject } from '../../sim/types';
import { canonicalQuantity } from '../../sim/quantity-string';
import { goQuote } from '../../sim/apiserver/validation/go-quote';
import { describeEvents, LEVEL_0, LEVEL_1, LEVEL_2, LEVEL_3, PrefixWriter, printAnnotations, printLabels, rfc1123z } from './writer';

const has = (v: unknown) => v !== undefined && v !== null;

/** resource.Quantity's String on a pointer: canonical form, `<nil>` for an unset one. */
function quantity(v: unknown): string {
  return typeof v === 'string' || typeof v === 'number' ? canonicalQuantity(v) : '<nil>';
}

/** `N% (value)` when the status has a utilization, else `<unknown>`. */
function utilization(current: any): string {
  return has(current?.averageUtilization) ? `${current.averageUtilization}% (${quantity(current.averageValue)})` : '<unknown>';
}

/** The `resource X on pods` and `resource X of container "C" on pods` rows (Resource and ContainerResource metrics). */
function writeResource(w: PrefixWriter, source: any, current: any, label: string): void {
  w.write(LEVEL_1, label);
  const target = source?.target ?? {};
  if (has(target.averageValue)) {
    w.write(LEVEL_0, `:\t${current ? quantity(current.current?.averageValue) : '<unknown>'} / ${quantity(target.averageValue)}\n`);
    return;
  }
  const goal = has(target.averageUtilization) ? `${target.averageUtilization}%` : '<auto>';
  w.write(LEVEL_1, `(as a percentage of request):\t${utilization(current?.current)} / ${goal}\n`);
}

/** One row of the Metrics table; `status` is the currentMetrics entry at the same index, if any. */
function writeMetric(w: PrefixWriter, metric: any, status: any): void {
  switch (metric?.type) {
    case 'External': {
      const src = metric.external ?? {};
      const cur = status?.external;
      if (has(src.target?.averageValue)) {
        const current = has(cur?.current?.averageValue) ? quantity(cur.current.averageValue) : '<unknown>';
        w.write(LEVEL_1, `${goQuote(src.metric?.name ?? '')} (target average value):\t${current} / ${quantity(src.target.averageValue)}\n`);
      } else {
        const current = cur ? quantity(cur.current?.value) : '<unknown>';
        w.write(LEVEL_1, `${goQuote(src.metric?.name ?? '')} (target value):\t${current} / ${quantity(src.target?.value)}\n`);
      }
      return;
    }
    case 'Pods': {
      const src = metric.pods ?? {};
      const current = status?.pods ? quantity(status.pods.current?.averageValue) : '<unknown>';
      w.write(LEVEL_1, `${goQuote(src.metric?.name ?? '')} on pods:\t${current} / ${quantity(src.target?.averageValue)}\n`);
      return;
    }
    case 'Object': {
      const src = metric.object ?? {};
      const cur = status?.object;
      w.write(LEVEL_1, `"${src.metric?.name ?? ''}" on ${src.describedObject?.kind ?? ''}/${src.describedObject?.name ?? ''} `);
      if (src.target?.type === 'AverageValue') {
        w.write(LEVEL_0, `(target average value):\t${cur ? quantity(cur.current?.averageValue) : '<unknown>'} / ${quantity(src.target.averageValue)}\n`);
      } else {
        w.write(LEVEL_0, `(target value):\t${cur ? quantity(cur.current?.value) : '<unknown>'} / ${quantity(src.target?.value)}\n`);
      }
      return;
    }
    case 'Resource':
      writeResource(w, metric.resource, status?.resource, `resource ${metric.resource?.name ?? ''} on pods`);
      return;
    case 'ContainerResource': {
      const src = metric.containerResource;
      writeResource(w, src, status?.containerResource, `resource ${src?.name ?? ''} of container "${src?.container ?? ''}" on pods`);
      return;
    }
    default:
      w.write(LEVEL_1, `<unknown metric type ${goQuote(String(metric?.type ?? ''))}>\n`);
  }
}

/** printDirectionBehavior: a direction's window, then its policies under the select policy (Max when unset). */
function writeDirection(w: PrefixWriter, direction: string, rules: any): void {
  if (!rules) return;
  w.write(LEVEL_1, `${direction}:\n`);
  if (has(rules.stabilizationWindowSeconds)) w.write(LEVEL_2, `Stabilization Window: ${rules.stabilizationWindowSeconds} seconds\n`);
  const policies: any[] = Array.isArray(rules.policies) ? rules.policies : [];
  if (policies.length === 0) return;
  w.write(LEVEL_2, `Select Policy: ${rules.selectPolicy ?? 'Max'}\n`);
  w.write(LEVEL_2, 'Policies:\n');
  for (const p of policies) w.write(LEVEL_3, `- Type: ${p?.type ?? ''}\tValue: ${p?.value ?? 0}\tPeriod: ${p?.periodSeconds ?? 0} seconds\n`);
}

export function describeHorizontalPodAutoscaler(hpa: KObject, events: KObject[] | undefined, now: number): string {
  const w = new PrefixWriter(now);
  const spec = hpa.spec ?? {};
  const status = hpa.status ?? {};
  const ref = spec.scaleTargetRef ?? {};
  w.write(LEVEL_0, `Name:\t${hpa.metadata.name}\n`);
  w.write(LEVEL_0, `Namespace:\t${hpa.metadata.namespace}\n`);
  printLabels(w, 'Labels', hpa.metadata.labels);
  printAnnotations(w, 'Annotations', hpa.metadata.annotations);
  w.write(LEVEL_0, `CreationTimestamp:\t${rfc1123z(hpa.metadata.creationTimestamp)}\n`);
  w.write(LEVEL_0, `Reference:\t${ref.kind ?? ''}/${ref.name ?? ''}\n`);
  w.write(LEVEL_0, 'Metrics:\t( current / target )\n');
  const metrics: any[] = Array.isArray(spec.metrics) ? spec.metrics : [];
  const current: any[] = Array.isArray(status.currentMetrics) ? status.currentMetrics : [];
  metrics.forEach((m, i) => writeMetric(w, m, current[i]));
  w.write(LEVEL_0, `Min replicas:\t${has(spec.minReplicas) ? spec.minReplicas : '<unset>'}\n`);
  w.write(LEVEL_0, `Max replicas:\t${spec.maxReplicas ?? 0}\n`);
  if (spec.behavior) {
    w.write(LEVEL_0, 'Behavior:\n');
    writeDirection(w, 'Scale Up', spec.behavior.scaleUp);
    writeDirection(w, 'Scale Down', spec.behavior.scaleDown);
  }
  w.write(LEVEL_0, `${ref.kind ?? ''} pods:\t${status.currentReplicas ?? 0} current / ${status.desiredReplicas ?? 0} desired\n`);
  const conditions: any[] = Array.isArray(status.conditions) ? status.conditions : [];
  if (conditions.length > 0) {
    w.write(LEVEL_0, 'Conditions:\n');
    w.write(LEVEL_1, 'Type\tStatus\tReason\tMessage\n');
    w.write(LEVEL_1, '----\t------\t------\t-------\n');
    for (const c of conditions) w.write(LEVEL_1, `${c?.type ?? ''}\t${c?.status ?? ''}\t${c?.reason ?? ''}\t${c?.message ?? ''}\n`);
  }
  describeEvents(events, w);
  return w.toString();
}
