import { describe, expect, it } from 'vitest';
import { listRules } from './iptables-format';
import { kubeProxyFilter, type PortFilter, portFilterRules } from './kube-proxy-filter';

const port = (p: Partial<PortFilter> & Pick<PortFilter, 'spn' | 'clusterIP'>): PortFilter => ({ proto: 'tcp', port: 80, externalIPs: [], loadBalancerIPs: [], hasEndpoints: true, hasExternalEndpoints: true, ...p });
const rules = (ports: PortFilter[], chain: string) => listRules(kubeProxyFilter(ports.map(portFilterRules)), [chain]).split('\n').filter((l) => l.startsWith('-A'));

// the services of upstream's TestOverallIPTablesRules (pkg/proxy/iptables/proxier_test.go), with the
// filter rules it expects as iptables-save prints them back (-d with /32, REJECT's default reject-with)
describe("kube-proxy's filter table for upstream's overall rules fixture", () => {
  const ports = [
    port({ spn: 'ns1/svc1:p80', clusterIP: '172.30.0.41' }),
    // LoadBalancer, policy Local, its only endpoint on another node
    port({ spn: 'ns2/svc2:p80', clusterIP: '172.30.0.42', nodePort: 3001, healthCheckNodePort: 30000, externalIPs: ['192.168.99.22'], loadBalancerIPs: ['1.2.3.4'], hasExternalEndpoints: false }),
    port({ spn: 'ns3/svc3:p80', clusterIP: '172.30.0.43', nodePort: 3003 }),
    port({ spn: 'ns4/svc4:p80', clusterIP: '172.30.0.44', externalIPs: ['192.168.99.33'] }),
    // LoadBalancer, policy Cluster, loadBalancerSourceRanges
    port({ spn: 'ns5/svc5:p80', clusterIP: '172.30.0.45', nodePort: 3002, loadBalancerIPs: ['5.6.7.8'], firewallChain: 'KUBE-FW-NUKIZ6OKUXPJNT4C' }),
    port({ spn: 'ns6/svc6:p80', clusterIP: '172.30.0.46', hasEndpoints: false, hasExternalEndpoints: false }),
  ];

  it('rejects the cluster IP of the port without endpoints', () => {
    expect(rules(ports, 'KUBE-SERVICES')).toEqual(['-A KUBE-SERVICES -d 172.30.0.46/32 -p tcp -m comment --comment "ns6/svc6:p80 has no endpoints" -m tcp --dport 80 -j REJECT --reject-with icmp-port-unreachable']);
  });

  it('drops external IP, load-balancer IP and node port of the Local port with no endpoint on this node', () => {
    expect(rules(ports, 'KUBE-EXTERNAL-SERVICES')).toEqual([
      '-A KUBE-EXTERNAL-SERVICES -d 192.168.99.22/32 -p tcp -m comment --comment "ns2/svc2:p80 has no local endpoints" -m tcp --dport 80 -j DROP',
      '-A KUBE-EXTERNAL-SERVICES -d 1.2.3.4/32 -p tcp -m comment --comment "ns2/svc2:p80 has no local endpoints" -m tcp --dport 80 -j DROP',
      '-A KUBE-EXTERNAL-SERVICES -p tcp -m comment --comment "ns2/svc2:p80 has no local endpoints" -m addrtype --dst-type LOCAL -m tcp --dport 3001 -j DROP',
    ]);
  });

  it('accepts the health check node port and drops load-balancer traffic the KUBE-FW- chain let through', () => {
    expect(rules(ports, 'KUBE-NODEPORTS')).toEqual(['-A KUBE-NODEPORTS -p tcp -m comment --comment "ns2/svc2:p80 health check node port" -m tcp --dport 30000 -j ACCEPT']);
    expect(rules(ports, 'KUBE-PROXY-FIREWALL')).toEqual(['-A KUBE-PROXY-FIREWALL -d 5.6.7.8/32 -p tcp -m comment --comment "ns5/svc5:p80 traffic not accepted by KUBE-FW-NUKIZ6OKUXPJNT4C" -m tcp --dport 80 -j DROP']);
  });

  it('writes KUBE-FORWARD and the localnet guard in KUBE-FIREWALL', () => {
    expect(rules(ports, 'KUBE-FORWARD')).toEqual([
      '-A KUBE-FORWARD -m conntrack --ctstate INVALID -j DROP',
      '-A KUBE-FORWARD -m comment --comment "kubernetes forwarding rules" -m mark --mark 0x4000/0x4000 -j ACCEPT',
      '-A KUBE-FORWARD -m comment --comment "kubernetes forwarding conntrack rule" -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT',
    ]);
    expect(rules(ports, 'KUBE-FIREWALL')).toEqual(['-A KUBE-FIREWALL ! -s 127.0.0.0/8 -d 127.0.0.0/8 -m comment --comment "block incoming localnet connections" -m conntrack ! --ctstate RELATED,ESTABLISHED,DNAT -j DROP']);
  });
});

// upstream's TestNoEndpointsReject: every address of a port without endpoints is rejected
describe('a LoadBalancer port without endpoints', () => {
  const p = port({ spn: 'ns1/svc1:p80', clusterIP: '172.30.0.41', nodePort: 3001, externalIPs: ['192.168.99.11'], loadBalancerIPs: ['1.2.3.4'], hasEndpoints: false, hasExternalEndpoints: false });

  it('rejects its cluster IP, external IP, load-balancer IP and node port', () => {
    const r = portFilterRules(p);
    expect([...r.services, ...r.externalServices].map((x) => [x.dst ?? 'LOCAL', x.target?.kind])).toEqual([
      ['172.30.0.41', 'reject'],
      ['192.168.99.11', 'reject'],
      ['1.2.3.4', 'reject'],
      ['LOCAL', 'reject'],
    ]);
  });
});

describe('the jumps into the filter chains', () => {
  it('lists each built-in chain last-inserted first, the kubelet’s KUBE-FIREWALL jump at the end', () => {
    const t = kubeProxyFilter([]);
    expect(listRules(t, ['INPUT', 'FORWARD', 'OUTPUT']).split('\n').filter((l) => l.startsWith('-A'))).toEqual([
      '-A INPUT -m conntrack --ctstate NEW -m comment --comment "kubernetes load balancer firewall" -j KUBE-PROXY-FIREWALL',
      '-A INPUT -m comment --comment "kubernetes health check service ports" -j KUBE-NODEPORTS',
      '-A INPUT -m conntrack --ctstate NEW -m comment --comment "kubernetes externally-visible service portals" -j KUBE-EXTERNAL-SERVICES',
      '-A INPUT -j KUBE-FIREWALL',
      '-A FORWARD -m conntrack --ctstate NEW -m comment --comment "kubernetes load balancer firewall" -j KUBE-PROXY-FIREWALL',
      '-A FORWARD -m comment --comment "kubernetes forwarding rules" -j KUBE-FORWARD',
      '-A FORWARD -m conntrack --ctstate NEW -m comment --comment "kubernetes service portals" -j KUBE-SERVICES',
      '-A FORWARD -m conntrack --ctstate NEW -m comment --comment "kubernetes externally-visible service portals" -j KUBE-EXTERNAL-SERVICES',
      '-A OUTPUT -m conntrack --ctstate NEW -m comment --comment "kubernetes load balancer firewall" -j KUBE-PROXY-FIREWALL',
      '-A OUTPUT -m conntrack --ctstate NEW -m comment --comment "kubernetes service portals" -j KUBE-SERVICES',
      '-A OUTPUT -j KUBE-FIREWALL',
    ]);
  });
});
