import { describe, expect, it } from 'vitest';
import { outputOf, transcriptOf } from './run';

const ON = 'kubectl -n kube-system exec kube-proxy-cfclw -- ';
const FW = 'KUBE-FW-LOLE4ISW44XBNF3G';
const EXT = 'KUBE-EXT-LOLE4ISW44XBNF3G';

// kube-proxy pkg/proxy/iptables/proxier.go: "Set up firewall chain, if needed" and the KUBE-PROXY-FIREWALL drop
describe('kube-proxy-source-ranges: the KUBE-FW- chain of a LoadBalancer with loadBalancerSourceRanges', { timeout: 60_000 }, () => {
  const t = transcriptOf('kube-proxy-source-ranges.sh', 1);
  const lbIP = /LoadBalancer\s+\S+\s+(\S+)/.exec(outputOf(t, 'kubectl get svc web'))![1];
  const nat = outputOf(t, `${ON}iptables-save -t nat`).split('\n');

  it('sends the load balancer IP to KUBE-FW-, which passes each range (and the VIP, the node being in range) to KUBE-EXT-', () => {
    expect(nat).toContain(`-A KUBE-SERVICES -d ${lbIP}/32 -p tcp -m comment --comment "default/web loadbalancer IP" -m tcp --dport 80 -j ${FW}`);
    expect(nat.filter((l) => l.startsWith(`-A ${FW} `))).toEqual([
      `-A ${FW} -s 192.168.0.0/24 -m comment --comment "default/web loadbalancer IP" -j ${EXT}`,
      `-A ${FW} -s 203.0.113.0/25 -m comment --comment "default/web loadbalancer IP" -j ${EXT}`,
      `-A ${FW} -s ${lbIP}/32 -m comment --comment "default/web loadbalancer IP" -j ${EXT}`,
      `-A ${FW} -m comment --comment "other traffic to default/web will be dropped by KUBE-PROXY-FIREWALL"`,
    ]);
    // the node port is not subject to the ranges
    expect(nat).toContain(`-A KUBE-NODEPORTS -p tcp -m comment --comment "default/web" -m tcp --dport 31427 -j ${EXT}`);
  });

  it('drops in the filter table what the chain did not DNAT; the rule without a target lists with an empty one', () => {
    expect(outputOf(t, `${ON}iptables -S KUBE-PROXY-FIREWALL`)).toBe(`-N KUBE-PROXY-FIREWALL\n-A KUBE-PROXY-FIREWALL -d ${lbIP}/32 -p tcp -m comment --comment "default/web traffic not accepted by ${FW}" -m tcp --dport 80 -j DROP\n`);
    expect(outputOf(t, `${ON}iptables -t nat -L -n`)).toContain('           all  --  0.0.0.0/0            0.0.0.0/0            /* other traffic to default/web will be dropped by KUBE-PROXY-FIREWALL */\n');
  });

  it('answers a node address in range and lets a pod address time out', () => {
    expect(outputOf(t, 'curl -sS -m 3 http://$LB | grep title')).toBe('<title>Welcome to nginx!</title>\n');
    expect(outputOf(t, 'kubectl exec client -- curl -sS -m 3 http://$LB')).toBe('curl: (28) Connection timed out after 3001 milliseconds\ncommand terminated with exit code 28\n');
  });
});
