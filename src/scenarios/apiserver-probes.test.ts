import { describe, expect, it } from 'vitest';
import { outputOf, transcriptOf } from './run';

const EVENTS = 'kubectl get events -n kube-system --field-selector involvedObject.name=kube-apiserver-k8s-master -o custom-columns=FIRST:.firstTimestamp,LAST:.lastTimestamp,COUNT:.count,REASON:.reason,MESSAGE:.message';

// kubeadm util/staticpod probes; the kubelet's probe workers and restarts run on while etcd refuses writes
describe('apiserver-probes: kube-apiserver fails its own probes without an etcd quorum', { timeout: 60_000 }, () => {
  const t = transcriptOf('apiserver-probes.sh', 1);
  const rows = outputOf(t, EVENTS).trim().split('\n').slice(1).map((l) => l.split(/\s{2,}/));

  it('restarts the container at the 8th liveness failure (period 10 s), each /livez taking the 2 s etcd check', () => {
    const liveness = rows.find((r) => r[4].startsWith('Liveness'))!;
    // quorum lost at 08:00:00; the probes tick at 08:00:10, :20 ... and answer 2 s later
    expect(liveness).toEqual(['2026-01-01T08:00:12Z', '2026-01-01T08:01:22Z', '8', 'Unhealthy', 'Liveness probe failed: HTTP probe failed with statuscode: 500']);
    expect(rows.find((r) => r[3] === 'Killing')).toEqual(['2026-01-01T08:01:22Z', '2026-01-01T08:01:22Z', '1', 'Killing', 'Container kube-apiserver failed liveness probe, will be restarted']);
    expect(outputOf(t, 'kubectl get pod -n kube-system kube-apiserver-k8s-master')).toMatch(/^kube-apiserver-k8s-master\s+1\/1\s+Running\s+1 \(30s ago\)/m);
  });

  it('fails readiness back to back (a 4 s /readyz is longer than the 1 s period) and the new container its startup probe', () => {
    const readiness = rows.find((r) => r[4].startsWith('Readiness'))!;
    expect(readiness.slice(0, 2)).toEqual(['2026-01-01T08:00:05Z', '2026-01-01T08:01:21Z']);
    // 76 s of 4 s probes
    expect(readiness[2]).toBe('20');
    expect(rows.find((r) => r[4].startsWith('Startup'))).toEqual(['2026-01-01T08:01:35Z', '2026-01-01T08:01:35Z', '1', 'Unhealthy', 'Startup probe failed: HTTP probe failed with statuscode: 500']);
  });

  it('writes the status and events only once etcd answers, stamped when they happened', () => {
    expect(outputOf(t, "kubectl get pod -n kube-system kube-apiserver-k8s-master -o jsonpath='{.status.containerStatuses[0].lastState.terminated.reason} {.status.containerStatuses[0].lastState.terminated.finishedAt}{\"\\n\"}'")).toBe('Completed 2026-01-01T08:01:22Z\n');
  });

  it("names the static pod in its events (its UID is the mirror pod's config.mirror hash), and describe finds them by it", () => {
    const uid = outputOf(t, `kubectl get events -n kube-system --field-selector reason=Killing -o jsonpath='{.items[0].involvedObject.uid}{"\\n"}'`);
    expect(uid).toMatch(/^[0-9a-f]{32}\n$/);
    expect(outputOf(t, `kubectl get pod -n kube-system kube-apiserver-k8s-master -o jsonpath='{.metadata.annotations.kubernetes\\.io/config\\.mirror}{"\\n"}'`)).toBe(uid);
    expect(outputOf(t, 'kubectl describe pod -n kube-system kube-apiserver-k8s-master | grep Killing')).toMatch(/^ {2}Normal {3}Killing {4}30s {18}kubelet {2}Container kube-apiserver failed liveness probe, will be restarted\n$/);
  });
});

