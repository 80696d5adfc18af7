import type { Json } from '../../json';

/** The CPU target an HPA without metrics gets (autoscaling.DefaultCPUUtilization). */
const DEFAULT_CPU_UTILIZATION = 80;

/** `SetDefaults_HorizontalPodAutoscaler` (autoscaling/v2): one replica at least, an 80% CPU target when no metric is given. */
export function defaultHorizontalPodAutoscaler(hpa: Json): void {
  const spec = (hpa.spec ??= {});
  spec.minReplicas ??= 1;
  if (!Array.isArray(spec.metrics) || spec.metrics.length === 0) {
    spec.metrics = [{ type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: DEFAULT_CPU_UTILIZATION } } }];
  }
}
