/**
 * iptables and iptables-save in the kube-proxy image: the node's nat and filter tables as kube-proxy (iptables mode)
 * programs them for the Services and EndpointSlices in the API (src/sim/network/kube-proxy-iptables.ts, kube-proxy-filter.ts).
 */
import { chainOrder, chainRules, iptablesSave, listChains, listRules } from '../../network/iptables-format';
import type { Table } from '../../network/iptables-rules';
import { kubeProxyTables } from '../../network/kube-proxy-iptables';
import type { CmdCtx, CmdResult, Command } from './host';

/** kube-proxy's pod-network CIDR, from the KubeProxyConfiguration kubeadm mounts at /var/lib/kube-proxy. */
function clusterCIDR(c: CmdCtx): string | undefined {
  const conf = c.host.fs.read('/var/lib/kube-proxy/config.conf') ?? '';
  return /^clusterCIDR:\s*"?([0-9./]+)"?\s*$/m.exec(conf)?.[1];
}

const MODELLED = ['nat', 'filter', 'mangle'] as const;
const isModelled = (t: string | undefined): t is (typeof MODELLED)[number] => (MODELLED as readonly (string | undefined)[]).includes(t);

// kube-proxy runs on the host network of its node: the tables are that node's (externalTrafficPolicy Local differs per node)
const table = (c: CmdCtx, name: (typeof MODELLED)[number]): Table => kubeProxyTables(c.host.ctx, clusterCIDR(c), c.host.pod.spec?.nodeName)[name];

const fail = (err: string, code = 1): CmdResult => ({ out: '', err, code });

/** Only the tables kube-proxy and the kubelet write to are modelled; any other is named as such rather than printed empty. */
const otherTable = (prog: string, t: string) => fail(`${prog}: the playground models the nat, filter and mangle tables only (-t nat, -t filter, -t mangle), not ${t}\n`);

interface Parsed {
  table: string;
  action?: 'L' | 'S';
  chain?: string;
  numeric: boolean;
  bad?: string;
}

/** iptables' options the playground answers: -t/--table, -L/--list, -S/--list-rules, -n/--numeric (short ones may be joined, as -nL). */
function parse(args: string[]): Parsed {
  const p: Parsed = { table: 'filter', numeric: false };
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const takeChain = () => {
      if (args[i + 1] !== undefined && !args[i + 1].startsWith('-')) p.chain = args[++i];
    };
    if (a === '-t' || a === '--table') p.table = args[++i] ?? '';
    else if (a.startsWith('--table=')) p.table = a.slice(8);
    else if (a === '--list' || a === '--list-rules') {
      p.action = a === '--list' ? 'L' : 'S';
      takeChain();
    } else if (a === '--numeric') p.numeric = true;
    else if (/^-[LSnt]+$/.test(a)) {
      for (const f of a.slice(1)) {
        if (f === 'n') p.numeric = true;
        else if (f === 't') p.table = args[++i] ?? '';
        else p.action = f === 'L' ? 'L' : 'S';
      }
      if (/[LS]$/.test(a)) takeChain();
    } else p.bad = a;
  }
  return p;
}

const iptables: Command = (argv, c) => {
  const p = parse(argv.slice(1));
  if (p.bad !== undefined || !p.action) return fail(`iptables: the playground's iptables lists rules: iptables [-t nat] -L [chain] -n, iptables [-t nat] -S [chain]\n`, 2);
  if (!isModelled(p.table)) return otherTable('iptables', p.table);
  const t = table(c, p.table);
  if (p.chain !== undefined && !chainRules(t, p.chain)) return fail('iptables: No chain/target/match by that name.\n');
  const chains = p.chain !== undefined ? [p.chain] : chainOrder(t);
  return { out: p.action === 'L' ? listChains(t, chains, p.numeric) : listRules(t, chains), code: 0 };
};

const iptablesSaveCmd: Command = (argv, c) => {
  const args = argv.slice(1);
  const ti = args.findIndex((a) => a === '-t' || a === '--table');
  const named = ti >= 0 ? args[ti + 1] : args.find((a) => a.startsWith('--table='))?.slice(8);
  if (!isModelled(named)) return otherTable('iptables-save', named ?? 'every table');
  return { out: iptablesSave(named, table(c, named), c.host.now() + c.host.clockOffset.ms), code: 0 };
};

/** The node's connection tracking table is not modelled: said so, rather than busybox's "applet not found" from a distroless image. */
const conntrack: Command = () => fail('conntrack: the playground does not model the connection tracking table; iptables -t nat -L shows how kube-proxy rewrites Service connections\n');

export const IPTABLES_COMMANDS: Record<string, Command> = { iptables, 'iptables-save': iptablesSaveCmd, conntrack };
