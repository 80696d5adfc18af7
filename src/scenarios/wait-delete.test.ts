import { describe, expect, it } from 'vitest';
import { outputOf, transcriptOf } from './run';

describe('kubectl wait and delete in virtual time', { timeout: 60_000 }, () => {
  it('waits for conditions, jsonpath values and reports time-outs as kubectl does', () => {
    const t = transcriptOf('wait-delete.sh', 1);
    expect(outputOf(t, 'kubectl wait --for=condition=Available deploy/kubia --timeout=120s')).toBe('deployment.apps/kubia condition met\n');
    expect(outputOf(t, 'kubectl wait --for=condition=Ready pod -l app=kubia')).toMatch(/^(pod\/kubia-\S+ condition met\n){2}$/);
    expect(outputOf(t, "kubectl wait --for=jsonpath='{.status.readyReplicas}'=2 deploy/kubia")).toBe('deployment.apps/kubia condition met\n');
    expect(outputOf(t, 'kubectl wait --for=condition=Ready pod/bad --timeout=20s')).toBe('error: timed out waiting for the condition on pods/bad\n');
    expect(outputOf(t, 'kubectl wait --for=condition=Ready pod/nope')).toBe('Error from server (NotFound): pods "nope" not found\n');
    expect(outputOf(t, 'kubectl wait --for=condition=Ready pod/bad --timeout=0')).toBe('error: condition not met for pods/bad\n');
    expect(outputOf(t, 'kubectl wait --for=bogus pod/bad')).toBe('error: unrecognized condition: "bogus"\n');
  });

  it('deletes with force, orphaning, and ignore-not-found', () => {
    const t = transcriptOf('wait-delete.sh', 1);
    expect(outputOf(t, 'kubectl delete deploy kubia --cascade=orphan')).toBe('deployment.apps "kubia" deleted from default namespace\n');
    expect(outputOf(t, 'kubectl delete pods -l app=kubia --grace-period=0 --force')).toMatch(
      /^Warning: Immediate deletion does not wait for confirmation that the running resource has been terminated\. The resource may continue to run on the cluster indefinitely\.\n(pod "kubia-\S+" force deleted from default namespace\n){2}$/,
    );
    expect(outputOf(t, 'kubectl delete ns nope --ignore-not-found')).toBe('');
    // the orphaned ReplicaSet replaced the force-deleted pods
    expect(outputOf(t, 'kubectl delete pods --all')).toMatch(/^(pod "kubia-\S+" deleted from default namespace\n){2}$/);
  });
});
