import { describe, expect, it } from 'vitest';
import { outputOf, transcriptOf } from './run';

const ON = (pod: string) => `kubectl -n kube-system exec ${pod} -- `;
const lines = (s: string) => s.split('\n');

// kube-proxy pkg/proxy/iptables/proxier.go: the filter rules of a port without (local) endpoints, the health check node port
describe('kube-proxy-filter: REJECT without endpoints, DROP without local endpoints', { timeout: 60_000 }, () => {
  const t = transcriptOf('kube-proxy-filter.sh', 1);
  const svc = outputOf(t, 'kubectl get svc');
  const nowhere = /nowhere\s+NodePort\s+(\S+)/.exec(svc)![1];
  const [, lbIP, nodePort] = /web\s+LoadBalancer\s+\S+\s+(\S+)\s+80:(\d+)/.exec(svc)!;
  const node1 = lines(outputOf(t, `${ON('kube-proxy-cfclw')}iptables-save -t filter`));
  const node2 = lines(outputOf(t, `${ON('kube-proxy-7twjn')}iptables-save -t filter`));

  it('rejects the cluster IP and the node port of a Service without endpoints on every node', () => {
    for (const save of [node1, node2]) {
      expect(save).toContain(`-A KUBE-SERVICES -d ${nowhere}/32 -p tcp -m comment --comment "default/nowhere:80-80 has no endpoints" -m tcp --dport 80 -j REJECT --reject-with icmp-port-unreachable`);
      expect(save).toContain('-A KUBE-EXTERNAL-SERVICES -p tcp -m comment --comment "default/nowhere:80-80 has no endpoints" -m addrtype --dst-type LOCAL -m tcp --dport 30090 -j REJECT --reject-with icmp-port-unreachable');
    }
  });

  it('drops policy-Local external traffic only on the node without an endpoint, and opens the health check port on both', () => {
    const dropped = [
      `-A KUBE-EXTERNAL-SERVICES -d ${lbIP}/32 -p tcp -m comment --comment "default/web has no local endpoints" -m tcp --dport 80 -j DROP`,
      `-A KUBE-EXTERNAL-SERVICES -p tcp -m comment --comment "default/web has no local endpoints" -m addrtype --dst-type LOCAL -m tcp --dport ${nodePort} -j DROP`,
    ];
    for (const l of dropped) {
      expect(node2).toContain(l);
      expect(node1).not.toContain(l);
    }
    for (const save of [node1, node2]) expect(save.filter((l) => l.startsWith('-A KUBE-NODEPORTS '))).toEqual([expect.stringMatching(/^-A KUBE-NODEPORTS -p tcp -m comment --comment "default\/web health check node port" -m tcp --dport \d+ -j ACCEPT$/)]);
  });

  it('lists the chains with their references, and names the loopback network without -n', () => {
    const list = outputOf(t, `${ON('kube-proxy-cfclw')}iptables -L -n`);
    expect(list).toMatch(/^Chain INPUT \(policy ACCEPT\)\n/);
    expect(list).toContain('Chain KUBE-PROXY-FIREWALL (3 references)\n');
    expect(list).toContain(`REJECT     tcp  --  0.0.0.0/0            ${nowhere.padEnd(19)}  /* default/nowhere:80-80 has no endpoints */ tcp dpt:80 reject-with icmp-port-unreachable\n`);
    expect(outputOf(t, `${ON('kube-proxy-cfclw')}iptables -L KUBE-FIREWALL`)).toContain('DROP       all  -- !localhost/8          localhost/8          /* block incoming localnet connections */ ! ctstate RELATED,ESTABLISHED,DNAT\n');
  });

  it('refuses the connection at once: curl cannot connect', () => {
    expect(outputOf(t, 'kubectl exec client -- curl -sS -m 5 http://nowhere')).toBe('curl: (7) Failed to connect to nowhere port 80 after 0 ms: Could not connect to server\ncommand terminated with exit code 7\n');
  });

  it('has the empty hint and canary chains in mangle', () => {
    expect(outputOf(t, `${ON('kube-proxy-cfclw')}iptables -t mangle -S`)).toContain('-N KUBE-IPTABLES-HINT\n-N KUBE-KUBELET-CANARY\n-N KUBE-PROXY-CANARY\n');
  });
});
