import { describe, expect, it } from 'vitest';
import { outputOf, transcriptOf } from './run';

describe('PVC expansion without a resizer (pvc-expand.sh)', { timeout: 60_000 }, () => {
  const t = transcriptOf('pvc-expand.sh', 1);
  const grown = t.split('$ sleep 2\n')[1];

  it('accepts the bigger request, but the claim keeps its capacity', () => {
    expect(outputOf(t, `kubectl patch pvc data -p '{"spec":{"resources":{"requests":{"storage":"2Gi"}}}}'`)).toBe('persistentvolumeclaim/data patched\n');
    expect(outputOf(grown, 'kubectl get pvc')).toMatch(/\ndata +Bound +pvc-[0-9a-f-]+ +1Gi +RWO +grow /);
    expect(outputOf(grown, 'kubectl get pvc')).toMatch(/\nebs-claim +Bound +ebs-pv +2Gi +RWO +grow /);
  });

  it('warns that no plugin of kube-controller-manager expands a hostPath volume', () => {
    const d = outputOf(grown, 'kubectl describe pvc data');
    expect(d).toMatch(/ {2}Warning {2}ExternalExpanding +\d+s +volume_expand +waiting for an external controller to expand this PVC\n$/);
    expect(d).not.toContain('Conditions:');
  });

  it('hands a CSI-migrated in-tree volume to its CSI resizer', () => {
    expect(outputOf(grown, 'kubectl get events --field-selector involvedObject.name=ebs-claim')).toContain(
      'Normal   ExternalExpanding   persistentvolumeclaim/ebs-claim   CSI migration enabled for kubernetes.io/aws-ebs; waiting for external resizer to expand the pvc\n',
    );
  });
});
