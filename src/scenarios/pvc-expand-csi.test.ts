import { describe, expect, it } from 'vitest';
import { outputOf, transcriptOf } from './run';

describe('PVC expansion through the CSI driver (pvc-expand-csi.sh)', { timeout: 60_000 }, () => {
  const t = transcriptOf('pvc-expand-csi.sh', 1);
  const [, grown, online] = t.split('$ sleep 2\n');
  const [offline, mounted] = grown.split('$ sleep 5\n');
  const pv = /pvc-[0-9a-f-]{36}/.exec(t)![0];

  it('grows the volume but keeps the claim at its size until a node grows the file system', () => {
    expect(outputOf(offline, 'kubectl get pvc,pv')).toMatch(/persistentvolumeclaim\/data +Bound +pvc-\S+ +1Gi /);
    expect(outputOf(offline, 'kubectl get pvc,pv')).toMatch(/persistentvolume\/pvc-\S+ +2Gi +RWO /);
    expect(outputOf(offline, `kubectl get pvc data -o jsonpath='{.status.allocatedResources.storage} {.status.allocatedResourceStatuses.storage}{"\\n"}'`)).toBe('2Gi NodeResizePending\n');
  });

  it('shows the Resizing and FileSystemResizePending conditions and the resizer events', () => {
    const d = outputOf(offline, 'kubectl describe pvc data');
    expect(d).toContain('Capacity:      1Gi\n');
    expect(d).toMatch(/\n {2}Resizing {18}True {4}Mon, 01 Jan 0001 00:00:00 \+0000 {3}\w{3}, [^\n]+\+0000 {11}\n/);
    expect(d).toMatch(/\n {2}FileSystemResizePending {3}True .* {11}Waiting for user to \(re-\)start a pod to finish file system resize of volume on node\.\n/);
    expect(d).toMatch(new RegExp(`Normal {3}Resizing +\\d+s +external-resizer hostpath\\.csi\\.k8s\\.io +External resizer is resizing volume ${pv}\\n`));
    expect(d).toMatch(/Normal {3}FileSystemResizeRequired +\d+s +external-resizer hostpath\.csi\.k8s\.io +Require file system resize of volume on node\n$/);
  });

  it('finishes the resize when a pod mounts the claim: new capacity, no conditions, kubelet events', () => {
    expect(outputOf(mounted, 'kubectl get pvc')).toMatch(/\ndata +Bound +pvc-\S+ +2Gi /);
    const d = outputOf(mounted, 'kubectl describe pvc data');
    expect(d).not.toContain('Conditions:');
    expect(d).toMatch(new RegExp(`Normal {3}FileSystemResizeSuccessful +\\d+s +kubelet +MountVolume\\.NodeExpandVolume succeeded for volume "${pv}" k8s-node1\\n$`));
    expect(outputOf(mounted, `kubectl get pvc data -o jsonpath='{.status.capacity.storage} {.status.allocatedResources.storage} [{.status.conditions}]{"\\n"}'`)).toBe('2Gi 2Gi []\n');
  });

  it('grows a mounted volume online, without restarting the pod', () => {
    const got = outputOf(online, 'kubectl get pvc,pv');
    expect(got).toMatch(/persistentvolumeclaim\/data +Bound +pvc-\S+ +3Gi /);
    expect(got).toMatch(/persistentvolume\/pvc-\S+ +3Gi /);
    expect(outputOf(online, 'kubectl get events --field-selector involvedObject.kind=Pod')).toMatch(
      new RegExp(`\\d+s +Normal +FileSystemResizeSuccessful +pod/app +MountVolume\\.NodeExpandVolume succeeded for volume "${pv}" k8s-node1\\n`),
    );
    expect(outputOf(online, 'kubectl get events --field-selector involvedObject.kind=Pod')).not.toContain('Killing');
  });
});
