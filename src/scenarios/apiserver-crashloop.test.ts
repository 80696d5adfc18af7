import { describe, expect, it } from 'vitest';
import { outputOf, transcriptOf } from './run';

const POD = 'kubectl get pod -n kube-system kube-apiserver-k8s-master';

// genericapiserver runPostStartHook + rbac's bootstrap-roles hook; the kubelet's crash-loop back-off (10 s doubling)
describe('apiserver-crashloop: a kube-apiserver restarted without an etcd quorum crash-loops until the quorum is back', { timeout: 60_000 }, () => {
  const t = transcriptOf('apiserver-crashloop.sh', 1);

  it('exits 255 with the bootstrap-roles hook\'s fatal line 30 s after each start and waits in CrashLoopBackOff', () => {
    // quorum lost at 08:00:20, liveness kill at 08:01:42; starts at :43, 08:02:23 (10 s back-off), 08:03:13 (20 s), 08:04:23 (40 s), each ending 30 s later
    expect(outputOf(t, POD)).toMatch(/^kube-apiserver-k8s-master\s+0\/1\s+CrashLoopBackOff\s+4 \(27s ago\)/m);
    expect(outputOf(t, `${POD} -o jsonpath='{.status.containerStatuses[0].state.waiting.reason} {.status.containerStatuses[0].lastState.terminated.reason} {.status.containerStatuses[0].lastState.terminated.exitCode}{"\\n"}'`)).toBe('CrashLoopBackOff Error 255\n');
    expect(outputOf(t, 'kubectl logs -n kube-system kube-apiserver-k8s-master --previous')).toBe(
      'F0101 08:04:53.149000       1 hooks.go:204] PostStartHook "rbac/bootstrap-roles" failed: unable to initialize roles: timed out waiting for the condition\n',
    );
  });

  it("names the static pod in the BackOff message by its config hash, as the kubelet's pod read from the file", () => {
    const hash = outputOf(t, `${POD} -o jsonpath='{.metadata.annotations.kubernetes\\.io/config\\.mirror}{"\\n"}'`).trim();
    expect(outputOf(t, 'kubectl get events -n kube-system --field-selector involvedObject.name=kube-apiserver-k8s-master,reason=BackOff -o custom-columns=COUNT:.count,MESSAGE:.message')).toBe(
      `COUNT   MESSAGE\n4       Back-off restarting failed container kube-apiserver in pod kube-apiserver-k8s-master_kube-system(${hash})\n`,
    );
  });

  it('stays up once a start finds the quorum', () => {
    const last = t.split(/^\$ /m).filter((b) => b.split('\n')[0] === POD).at(-1);
    expect(last).toMatch(/^kube-apiserver-k8s-master\s+1\/1\s+Running\s+5 \(2m27s ago\)/m);
  });

  it("fails an HTTP probe at its timeoutSeconds with the prober client's deadline text when the server is slower", () => {
    // /readyz waits 2 s for each etcd check; the probe gives up after 1 s, every 5 s for 300 s
    expect(outputOf(t, 'kubectl get events --field-selector involvedObject.name=readyz,reason=Unhealthy -o custom-columns=COUNT:.count,MESSAGE:.message')).toMatch(
      /^COUNT {3}MESSAGE\n60 {6}Readiness probe failed: Get "https:\/\/10\.244\.\d+\.\d+:6443\/readyz": context deadline exceeded \(Client\.Timeout exceeded while awaiting headers\)\n$/,
    );
  });
});
