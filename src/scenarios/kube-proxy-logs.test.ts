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
