import { describe, expect, it } from 'vitest';
import { outputOf, transcriptOf } from './run';

// file:line pairs and keys as a real v1.34.5 kube-proxy logs them (the cluster runs v1.34.1) at start (klog file:line and structured keys)
describe('kube-proxy start-up log', () => {
  const t = transcriptOf('kubectl logs -n kube-system kube-proxy-mmf95\n', 1);

  it('prints v1.34.5 kube-proxy file:line pairs and keys, NodeIPs from the node', () => {
    const lines = outputOf(t, 'kubectl logs -n kube-system kube-proxy-mmf95').split('\n').map((l) => l.replace(/^I\d{4} [\d:.]+ +1 /, ''));
    expect(lines[0]).toMatch(/^server\.go:219\] "Successfully retrieved NodeIPs" NodeIPs=\["\d+\.\d+\.\d+\.\d+"\]$/);
    expect(lines).toContain('server.go:527] "Version info" version="v1.34.1"');
    expect(lines).toContain('server.go:529] "Golang settings" GOGC="" GOMAXPROCS="" GOTRACEBACK=""');
    expect(lines).toContain('config.go:200] "Starting service config controller"');
    expect(lines).toContain('config.go:309] "Starting node config controller"');
    expect(lines).toContain('config.go:106] "Starting endpoint slice config controller"');
    expect(lines).toContain('config.go:403] "Starting serviceCIDR config controller"');
  });
});

// v1.34.5 kube-scheduler and kube-controller-manager logs up to the bid for the lease
describe('controller manager and scheduler start-up log', () => {
  const t = transcriptOf('kubectl logs -n kube-system kube-scheduler-k8s-master\nkubectl logs -n kube-system kube-controller-manager-k8s-master\n', 1);
  const strip = (cmd: string) => outputOf(t, cmd).split('\n').map((l) => l.replace(/^I\d{4} [\d:.]+ +1 /, ''));

  it('the scheduler logs server.go:175/177 and serves on 10259', () => {
    expect(strip('kubectl logs -n kube-system kube-scheduler-k8s-master').slice(0, 5)).toEqual([
      'serving.go:386] Generated self-signed cert in-memory',
      'server.go:175] "Starting Kubernetes Scheduler" version="v1.34.1"',
      'server.go:177] "Golang settings" GOGC="" GOMAXPROCS="" GOTRACEBACK=""',
      'secure_serving.go:211] Serving securely on [::]:10259',
      'leaderelection.go:257] attempting to acquire leader lease kube-system/kube-scheduler...',
    ]);
  });

  it('the controller manager logs controllermanager.go:191/193 and serves on 10257', () => {
    expect(strip('kubectl logs -n kube-system kube-controller-manager-k8s-master').slice(1, 4)).toEqual([
      'controllermanager.go:191] "Starting" version="v1.34.1"',
      'controllermanager.go:193] "Golang settings" GOGC="" GOMAXPROCS="" GOTRACEBACK=""',
      'secure_serving.go:211] Serving securely on [::]:10257',
    ]);
  });
});
