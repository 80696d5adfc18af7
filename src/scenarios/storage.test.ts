import { describe, expect, it } from 'vitest';
import { outputOf, transcriptOf } from './run';

describe('persistent storage as in notes 6.5 (storage.sh)', { timeout: 60_000 }, () => {
  const t = transcriptOf('storage.sh', 1);

  it('binds the notes claim to the notes volume, with the real columns', () => {
    expect(outputOf(t, 'kubectl get pvc')).toMatch(/^NAME {5}STATUS {3}VOLUME {3}CAPACITY {3}ACCESS MODES {3}STORAGECLASS {3}VOLUMEATTRIBUTESCLASS {3}AGE\nyh-pvc {3}Bound {4}yh-pv1 {3}1Gi {8}RWO {12}nfs {12}<unset> {17}2s\n$/);
    expect(outputOf(t, 'kubectl get pv')).toContain('Available           nfs');
  });

  it('keeps a claim used by a running pod Terminating with the pvc-protection finalizer until the pod is gone', () => {
    expect(outputOf(t, 'kubectl get pvc yh-pvc')).toMatch(/yh-pvc {3}Terminating {3}yh-pv1/);
    const d = outputOf(t, 'kubectl describe pvc yh-pvc');
    expect(d).toContain('Finalizers:    [kubernetes.io/pvc-protection]\n');
    expect(d).toContain('Used By:       mypod1\n');
    expect(outputOf(t, 'kubectl get pvc')).toMatch(/yh-pvc {3}Bound/);
    const after = t.split('$ kubectl delete pod mypod1\n')[1];
    expect(outputOf(after, 'kubectl get pvc')).toBe('No resources found in default namespace.\n');
  });

  it('recycles the volume: Available again, its data wiped', () => {
    const after = t.split('$ kubectl delete pod mypod1\n')[1];
    expect(outputOf(after, 'kubectl get pv')).toMatch(/yh-pv1 +1Gi +RWO +Recycle +Available {11}nfs/);
    const events = outputOf(after, 'kubectl get events --field-selector involvedObject.name=yh-pv1');
    expect(events).toContain('Normal   VolumeRecycled   persistentvolume/yh-pv1   Volume recycled');
    // the recycler pod's own events, passed on to the volume as it runs
    expect(events).toContain('Normal   RecyclerPod      persistentvolume/yh-pv1   Recycler pod: Successfully assigned default/recycler-for-yh-pv1 to k8s-node');
    expect(events).toMatch(/RecyclerPod {6}persistentvolume\/yh-pv1   Recycler pod: Started container pv-recycler\n.*VolumeRecycled/);
    expect(outputOf(after, 'kubectl get pvc')).toBe('No resources found in default namespace.\n');
    expect(outputOf(after, 'kubectl exec mypod1 -- ls /mydata')).toBe('');
  });

  it('retains: Released with its claimRef, never bound again', () => {
    const retained = t.split('$ kubectl delete pvc yh-pvc\n')[1];
    expect(outputOf(retained, 'kubectl get pv')).toMatch(/yh-pv1 +1Gi +RWO +Retain +Released +default\/yh-pvc +nfs/);
    expect(outputOf(retained, 'kubectl get pvc yh-pvc')).toMatch(/yh-pvc {3}Pending/);
    expect(outputOf(retained, 'kubectl describe pv yh-pv1')).toContain('Finalizers:      [kubernetes.io/pv-protection]\n');
  });

  it('makes a Released volume whose claimRef the administrator removed Available, so the waiting claim binds it', () => {
    const freed = t.split(`$ kubectl patch pv yh-pv1 --type json -p '[{"op":"remove","path":"/spec/claimRef"}]'\n`)[1];
    expect(outputOf(freed, 'kubectl get pv yh-pv1')).toMatch(/yh-pv1 +1Gi +RWO +Retain +Bound +default\/yh-pvc +nfs/);
    expect(outputOf(freed, 'kubectl get pvc yh-pvc')).toMatch(/yh-pvc {3}Bound {4}yh-pv1/);
  });

  it('waits for the first consumer, then binds the local volume and runs the pod on its node', () => {
    expect(outputOf(t, 'kubectl get pvc local-claim')).toMatch(/local-claim {3}Pending/);
    expect(outputOf(t, 'kubectl get events --field-selector involvedObject.name=local-claim')).toContain('Normal   WaitForFirstConsumer   persistentvolumeclaim/local-claim   waiting for first consumer to be created before binding');
    expect(outputOf(t, "kubectl get pod local-user -o jsonpath='{.spec.nodeName}'")).toBe('k8s-node2\n');
    expect(outputOf(t, 'kubectl get pv local-pv')).toMatch(/local-pv +5Gi +RWO +Retain +Bound +default\/local-claim/);
  });
});
