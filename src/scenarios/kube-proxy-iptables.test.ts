import { describe, expect, it } from 'vitest';
import { outputOf, transcriptOf } from './run';

const EXEC = 'kubectl -n kube-system exec kube-proxy-mmf95 -- ';

describe('kube-proxy iptables rules in the kube-proxy pod', () => {
  const t = transcriptOf('kube-proxy-iptables.sh', 1);

  it('lists KUBE-SERVICES with a jump per service port and the NodePort hand-off last', () => {
    const out = outputOf(t, `${EXEC}iptables -t nat -L KUBE-SERVICES -n`);
    expect(out).toContain('Chain KUBE-SERVICES (2 references)\ntarget     prot opt source               destination         \n');
    expect(out).toContain('KUBE-SVC-NPX46M4PTMTKRN6Y  tcp  --  0.0.0.0/0            10.96.0.1            /* default/kubernetes:https cluster IP */ tcp dpt:443\n');
    expect(out).toMatch(/ADDRTYPE match dst-type LOCAL\n$/);
  });

  it('saves SVC chains that choose an endpoint at random and SEP chains that DNAT to it', () => {
    const out = outputOf(t, `${EXEC}iptables-save -t nat`);
    expect(out).toContain('-A KUBE-SVC-LOLE4ISW44XBNF3G -m comment --comment "default/web -> 10.244.1.3:80" -m statistic --mode random --probability 0.50000000000 -j KUBE-SEP-MHDQ23KUGG7EGFMW\n');
    expect(out).toContain('-A KUBE-SEP-MHDQ23KUGG7EGFMW -p tcp -m comment --comment "default/web" -m tcp -j DNAT --to-destination 10.244.1.3:80\n');
    expect(out).toContain('-A KUBE-NODEPORTS -p tcp -m comment --comment "default/web-np:80-80" -m tcp --dport 30080 -j KUBE-EXT-GAFNLEI743KRF53D\n');
  });

  it('splits three endpoints 1/3, 1/2, rest', () => {
    const out = outputOf(t, `${EXEC}iptables -t nat -S KUBE-SVC-LOLE4ISW44XBNF3G`);
    expect(out.match(/--probability [\d.]+/g)).toEqual(['--probability 0.33333333349', '--probability 0.50000000000']);
    expect(outputOf(t, `${EXEC}iptables -t nat -L KUBE-NOPE -n`)).toBe('iptables: No chain/target/match by that name.\ncommand terminated with exit code 1\n');
  });

  it('says the conntrack table is not modelled instead of a busybox "applet not found"', () => {
    expect(outputOf(t, `${EXEC}conntrack -L`)).toBe('conntrack: the playground does not model the connection tracking table; iptables -t nat -L shows how kube-proxy rewrites Service connections\ncommand terminated with exit code 1\n');
  });
});

