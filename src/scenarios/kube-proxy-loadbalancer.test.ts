import { describe, expect, it } from 'vitest';
import { outputOf, transcriptOf } from './run';

// kube-proxy pkg/proxy/iptables/proxier.go: "Capture load-balancer ingress" and the external traffic chain
describe('kube-proxy-loadbalancer: the load balancer IP jumps to KUBE-EXT-', { timeout: 60_000 }, () => {
  const t = transcriptOf('kube-proxy-loadbalancer.sh', 1);
  const save = outputOf(t, 'kubectl -n kube-system exec kube-proxy-cfclw -- iptables-save -t nat').split('\n');
  const lbIP = /LoadBalancer\s+\S+\s+(\S+)/.exec(outputOf(t, 'kubectl get svc web'))![1];

  it('captures the ingress IP and port in KUBE-SERVICES, beside the cluster IP', () => {
    expect(save).toContain(`-A KUBE-SERVICES -d ${lbIP}/32 -p tcp -m comment --comment "default/web loadbalancer IP" -m tcp --dport 80 -j KUBE-EXT-LOLE4ISW44XBNF3G`);
    expect(save.filter((l) => l.startsWith('-A KUBE-EXT-LOLE4ISW44XBNF3G '))).toEqual([
      '-A KUBE-EXT-LOLE4ISW44XBNF3G -m comment --comment "masquerade traffic for default/web external destinations" -j KUBE-MARK-MASQ',
      '-A KUBE-EXT-LOLE4ISW44XBNF3G -j KUBE-SVC-LOLE4ISW44XBNF3G',
    ]);
  });
});
