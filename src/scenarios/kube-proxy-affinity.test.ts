import { describe, expect, it } from 'vitest';
import { outputOf, transcriptOf } from './run';

const SAVE = 'kubectl -n kube-system exec kube-proxy-mmf95 -- iptables-save -t nat';
const LIST = 'kubectl -n kube-system exec kube-proxy-mmf95 -- iptables -t nat -L -n';

// kube-proxy pkg/proxy/iptables/proxier.go writeServiceToEndpointRules and the endpoint chains; libxt_recent's save and print formats
describe('kube-proxy-affinity: sessionAffinity ClientIP as recent-module rules', { timeout: 60_000 }, () => {
  const t = transcriptOf('kube-proxy-affinity.sh', 1);
  const save = outputOf(t, SAVE).split('\n');
  const svc = save.filter((l) => l.startsWith('-A KUBE-SVC-LOLE4ISW44XBNF3G '));
  const seps = [...new Set(svc.flatMap((l) => /-j (KUBE-SEP-\w+)$/.exec(l)?.[1] ?? []))];

  it('checks every endpoint\'s list of recent clients (10800 s, reaped) before the random pick', () => {
    expect(svc).toHaveLength(5);
    expect(svc[1]).toMatch(/^-A KUBE-SVC-LOLE4ISW44XBNF3G -m comment --comment "default\/web -> 10\.244\.\d+\.\d+:80" -m recent --rcheck --seconds 10800 --reap --name (KUBE-SEP-\w+) --mask 255\.255\.255\.255 --rsource -j \1$/);
    expect(svc[2]).toMatch(/ -m recent --rcheck --seconds 10800 --reap --name (KUBE-SEP-\w+) --mask 255\.255\.255\.255 --rsource -j \1$/);
    expect(svc[3]).toMatch(/ -m statistic --mode random --probability 0\.50000000000 -j KUBE-SEP-\w+$/);
    expect(seps).toHaveLength(2);
  });

  it('adds the client to the endpoint\'s list as the endpoint chain DNATs', () => {
    for (const sep of seps) {
      const dnat = save.find((l) => l.startsWith(`-A ${sep} -p tcp`));
      expect(dnat).toMatch(new RegExp(`^-A ${sep} -p tcp -m comment --comment "default/web" -m recent --set --name ${sep} --mask 255\\.255\\.255\\.255 --rsource -m tcp -j DNAT --to-destination 10\\.244\\.\\d+\\.\\d+:80$`));
    }
  });

  it('lists the recent matches as iptables -L prints them, each endpoint chain jumped to twice', () => {
    const list = outputOf(t, LIST);
    for (const sep of seps) {
      expect(list).toContain(`Chain ${sep} (2 references)`);
      expect(list).toMatch(new RegExp(`\\n${sep} +all +-- +0\\.0\\.0\\.0/0 +0\\.0\\.0\\.0/0 +/\\* default/web -> [\\d.:]+ \\*/ recent: CHECK seconds: 10800 reap name: ${sep} side: source mask: 255\\.255\\.255\\.255\\n`));
      expect(list).toMatch(new RegExp(`\\nDNAT +tcp +-- +0\\.0\\.0\\.0/0 +0\\.0\\.0\\.0/0 +/\\* default/web \\*/ recent: SET name: ${sep} side: source mask: 255\\.255\\.255\\.255 tcp to:[\\d.:]+\\n`));
    }
  });
});
