import { describe, expect, it } from 'vitest';
import { outputOf, transcriptOf } from './run';

const saveOn = (pod: string) => `kubectl -n kube-system exec ${pod} -- iptables-save -t nat`;
const chain = (save: string, name: string) => save.split('\n').filter((l) => l.startsWith(`-A ${name} `));

// kube-proxy pkg/proxy/iptables/proxier.go: externalTrafficChain / localPolicyChain for externalTrafficPolicy Local
describe('kube-proxy-local-policy: externalTrafficPolicy Local as KUBE-EXT- and KUBE-SVL- chains, per node', { timeout: 60_000 }, () => {
  const t = transcriptOf('kube-proxy-local-policy.sh', 1);
  const withEndpoint = outputOf(t, saveOn('kube-proxy-cfclw'));
  const without = outputOf(t, saveOn('kube-proxy-7twjn'));
  const ext = 'KUBE-EXT-LOLE4ISW44XBNF3G';

  it('sends the node port to KUBE-EXT-, which short-circuits pod and node traffic to KUBE-SVC- and keeps the rest for local endpoints', () => {
    expect(chain(withEndpoint, 'KUBE-NODEPORTS')).toEqual([expect.stringMatching(new RegExp(`^-A KUBE-NODEPORTS -p tcp -m comment --comment "default/web" -m tcp --dport \\d+ -j ${ext}$`))]);
    expect(chain(withEndpoint, ext)).toEqual([
      `-A ${ext} -s 10.244.0.0/16 -m comment --comment "pod traffic for default/web external destinations" -j KUBE-SVC-LOLE4ISW44XBNF3G`,
      `-A ${ext} -m comment --comment "masquerade LOCAL traffic for default/web external destinations" -m addrtype --src-type LOCAL -j KUBE-MARK-MASQ`,
      `-A ${ext} -m comment --comment "route LOCAL traffic for default/web external destinations" -m addrtype --src-type LOCAL -j KUBE-SVC-LOLE4ISW44XBNF3G`,
      `-A ${ext} -j KUBE-SVL-LOLE4ISW44XBNF3G`,
    ]);
    expect(chain(withEndpoint, 'KUBE-SVL-LOLE4ISW44XBNF3G')).toEqual([expect.stringMatching(/^-A KUBE-SVL-LOLE4ISW44XBNF3G -m comment --comment "default\/web -> 10\.244\.1\.\d+:80" -j KUBE-SEP-\w+$/)]);
    // no masquerade for external traffic: the client's address reaches the pod
    expect(withEndpoint).not.toContain('masquerade traffic for default/web external destinations');
  });

  it('has no KUBE-SVL- chain and no fall-through on a node without a local endpoint', () => {
    expect(without).not.toContain('KUBE-SVL-LOLE4ISW44XBNF3G');
    expect(chain(without, ext)).toHaveLength(3);
    // the cluster IP still reaches the endpoint on the other node
    expect(chain(without, 'KUBE-SVC-LOLE4ISW44XBNF3G').at(-1)).toMatch(/-j KUBE-SEP-\w+$/);
  });

  it('sends an external IP to the same KUBE-EXT- chain', () => {
    expect(chain(withEndpoint, 'KUBE-SERVICES')).toContain(`-A KUBE-SERVICES -d 192.168.0.200/32 -p tcp -m comment --comment "default/web external IP" -m tcp --dport 80 -j ${ext}`);
  });

  it('prints the src-type matches as iptables -L does', () => {
    expect(outputOf(t, 'kubectl -n kube-system exec kube-proxy-cfclw -- iptables -t nat -L -n')).toMatch(
      /\nKUBE-MARK-MASQ  all  --  0\.0\.0\.0\/0 {12}0\.0\.0\.0\/0 {12}\/\* masquerade LOCAL traffic for default\/web external destinations \*\/ ADDRTYPE match src-type LOCAL\n/,
    );
  });
});
