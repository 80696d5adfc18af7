/**
 * Rules as iptables holds them, for the tables kube-proxy and the kubelet write (src/sim/network/kube-proxy-iptables.ts,
 * kube-proxy-filter.ts); src/sim/network/iptables-format.ts prints them in iptables' formats.
 */
/** One match of a rule, in the order kube-proxy writes it. */
export type Match =
  | { kind: 'comment'; text: string }
  | { kind: 'proto'; proto: string; dport?: number }
  | { kind: 'statistic'; probability: string }
  | { kind: 'addrtype'; dstType?: string; srcType?: string }
  | { kind: 'mark'; negate: boolean; mark: string }
  /** The recent module's per-endpoint list of client addresses: checked (with its max age) or set. */
  | { kind: 'recent'; name: string; check?: { seconds: number } }
  /** Connection tracking states, as `-m conntrack [!] --ctstate NEW`. */
  | { kind: 'conntrack'; negate?: boolean; states: string };

/** A jump to a chain (or to ACCEPT, DROP, RETURN), or a target with its options. */
export type Target =
  | { kind: 'jump'; chain: string }
  /** REJECT with iptables' default answer for it, an ICMP port unreachable (the client's connect() gets ECONNREFUSED). */
  | { kind: 'reject' }
  | { kind: 'dnat'; to: string }
  | { kind: 'mark'; op: 'or' | 'xor'; value: string }
  | { kind: 'masquerade' };

export interface Rule {
  src?: { cidr: string; negate: boolean };
  dst?: string;
  proto?: string;
  matches: Match[];
  /** None: the rule only matches (and counts); iptables-save prints no -j. */
  target?: Target;
}

export interface Table {
  /** The built-in chains (nat: PREROUTING, INPUT, OUTPUT, POSTROUTING; filter: INPUT, FORWARD, OUTPUT) with their rules. */
  builtins: [string, Rule[]][];
  /** User chains by name. */
  chains: Map<string, Rule[]>;
}
