import type { Json } from '../../json';

/** The CPU target an HPA without metrics gets (autoscaling.DefaultCPUUtilization). */
const DEFAULT_CPU_UTILIZATION = 80;

/** autoscaling/v2 defaults.go's rules: scale up at once by 4 pods or 100% per 15 s, whichever is more; scale down by up to 100% per 15 s, its window left unset (the controller's --horizontal-pod-autoscaler-downscale-stabilization flag, 5 min, decides). */
const scaleUpRules = () => ({ stabilizationWindowSeconds: 0, selectPolicy: 'Max', policies: [{ type: 'Pods', value: 4, periodSeconds: 15 }, { type: 'Percent', value: 100, periodSeconds: 15 }] });
const scaleDownRules = () => ({ selectPolicy: 'Max', policies: [{ type: 'Percent', value: 100, periodSeconds: 15 }] });

/** copyHPAScalingRules: the fields a rule sets (non-nil) win over the defaults. */
function withDefaults(given: unknown, defaults: Json): Json {
  if (!given || typeof given !== 'object' || Array.isArray(given)) return defaults;
  const rules: Json = { ...defaults };
  for (const [k, v] of Object.entries(given)) if (v !== null && v !== undefined) rules[k] = v;
  return rules;
}

/**
 * `SetDefaults_HorizontalPodAutoscaler` (autoscaling/v2): one replica at least, an 80% CPU target
 * when no metric is given, and a behavior that is given gets both directions' default rules
 * filled in (SetDefaults_HorizontalPodAutoscalerBehavior; an HPA without one keeps none).
 */
export function defaultHorizontalPodAutoscaler(hpa: Json): void {
  const spec = (hpa.spec ??= {});
  spec.minReplicas ??= 1;
  if (!Array.isArray(spec.metrics) || spec.metrics.length === 0) {
    spec.metrics = [{ type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: DEFAULT_CPU_UTILIZATION } } }];
  }
  const behavior = spec.behavior;
  if (behavior && typeof behavior === 'object' && !Array.isArray(behavior)) {
    spec.behavior = { ...behavior, scaleUp: withDefaults(behavior.scaleUp, scaleUpRules()), scaleDown: withDefaults(behavior.scaleDown, scaleDownRules()) };
  }
}
