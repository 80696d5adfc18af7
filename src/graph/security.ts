/**
 * The security story on the canvas: which pods a NetworkPolicy lets in or out (and whether it
 * denies everything), what a Role allows, who a binding names, and the pod settings that give
 * away isolation (host namespaces, privileged, root) beside its namespace's Pod Security level.
 * Types are structural: relations.ts and facts.ts use this module.
 */
import { peerMatches, policyTypes } from '../sim/network/policy';
import type { KObject } from '../sim/types';

/** What relations may look at besides the two objects: namespace labels (namespaceSelector). */
export interface RelationContext {
  namespaceLabels(ns: string): Record<string, string>;
  /** Where each ClusterRole is bound (`*` for a ClusterRoleBinding), from subjects.ts roleScopes. */
  roleScopes?: ReadonlyMap<string, Set<string>>;
}

const selectorText = (sel: KObject | undefined): string => {
  const parts = Object.entries(sel?.matchLabels ?? {}).map(([k, v]) => `${k}=${v}`);
  for (const e of sel?.matchExpressions ?? []) parts.push(`${e.key} ${e.operator}${e.values?.length ? ` (${e.values.join(',')})` : ''}`);
  return parts.join(',');
};

/** `:5432`, `:53/UDP`, `:30000-32767`, or nothing for every port. */
function portsText(rule: KObject): string {
  const ports: KObject[] = rule.ports ?? [];
  return ports
    .map((p) => {
      const proto = p.protocol && p.protocol !== 'TCP' ? `/${p.protocol}` : '';
      if (p.port === undefined) return proto ? `any${proto}` : 'any';
      return `:${p.port}${p.endPort !== undefined ? `-${p.endPort}` : ''}${proto}`;
    })
    .join(' ');
}

type Direction = 'ingress' | 'egress';
const PEERS: Record<Direction, string> = { ingress: 'from', egress: 'to' };
const TYPE: Record<Direction, string> = { ingress: 'Ingress', egress: 'Egress' };

/** The rules of one direction, or undefined when the policy does not isolate that direction. */
function rulesOf(np: KObject, dir: Direction): KObject[] | undefined {
  return policyTypes(np).includes(TYPE[dir]) ? (np.spec?.[dir] ?? []) : undefined;
}

/** How a policy treats a direction: `deny all`, `allow all`, or its rules in short. */
function directionText(np: KObject, dir: Direction): string | undefined {
  const rules = rulesOf(np, dir);
  if (!rules) return undefined;
  if (rules.length === 0) return 'deny all';
  if (rules.some((r) => !(r[PEERS[dir]] ?? []).length && !(r.ports ?? []).length)) return 'allow all';
  return rules
    .map((r) => {
      const peers = (r[PEERS[dir]] ?? []).map((p: KObject) => {
        if (p.ipBlock) return `${p.ipBlock.cidr}${(p.ipBlock.except ?? []).length ? ` except ${p.ipBlock.except.join(',')}` : ''}`;
        const ns = p.namespaceSelector ? `ns ${selectorText(p.namespaceSelector) || '(all)'}` : '';
        const pods = p.podSelector ? selectorText(p.podSelector) || '(all pods)' : '';
        return [ns, pods].filter(Boolean).join(' & ');
      });
      return [peers.join(' | ') || 'anyone', portsText(r)].filter(Boolean).join(' ');
    })
    .join('; ');
}

export function networkPolicyFacts(np: KObject): { label: string; value: string }[] {
  const out = [{ label: 'pods', value: selectorText(np.spec?.podSelector) || '(all)' }];
  for (const dir of ['ingress', 'egress'] as const) {
    const t = directionText(np, dir);
    if (t) out.push({ label: dir, value: t });
  }
  return out;
}

/** The label of the edge to each selected pod: which directions it isolates, `deny` when nothing gets through. */
export function selectsLabel(np: KObject): string {
  return (['ingress', 'egress'] as const)
    .filter((d) => rulesOf(np, d))
    .map((d) => `${d === 'ingress' ? 'in' : 'out'}${rulesOf(np, d)!.length === 0 ? ': deny all' : ''}`)
    .join(', ');
}

/** Ports a pod may be reached on (or reach) under the rules whose peers include it. */
function allowedFor(np: KObject, dir: Direction, pod: KObject, ctx?: RelationContext): string | false {
  const rules = rulesOf(np, dir);
  if (!rules?.length) return false;
  const ns = pod.metadata.namespace ?? 'default';
  const peer = { ip: pod.status?.podIP ?? '', pod: { namespace: ns, labels: pod.metadata.labels ?? {} }, namespaceLabels: ctx?.namespaceLabels(ns) ?? { 'kubernetes.io/metadata.name': ns } };
  const hits = rules.filter((r) => {
    const peers: KObject[] = r[PEERS[dir]] ?? [];
    // a rule without peers admits everyone: drawn as a fact, not as an edge to every pod
    return peers.length > 0 && peers.some((p) => !p.ipBlock && peerMatches(p, np.metadata.namespace ?? 'default', peer));
  });
  if (!hits.length) return false;
  const ports = hits.map(portsText).filter(Boolean).join(' ');
  return `${dir === 'ingress' ? 'allows in' : 'allows out'}${ports ? ` ${ports}` : ''}`;
}

export const SECURITY_RELATIONS = [
  {
    id: 'networkpolicy-allows-from',
    concern: 'security' as const,
    from: ['NetworkPolicy'],
    to: ['Pod'],
    crossNamespace: true,
    match: (np: KObject, pod: KObject, ctx?: RelationContext) => {
      const label = allowedFor(np, 'ingress', pod, ctx);
      return label ? { label } : false;
    },
  },
  {
    id: 'networkpolicy-allows-to',
    concern: 'security' as const,
    from: ['NetworkPolicy'],
    to: ['Pod'],
    crossNamespace: true,
    match: (np: KObject, pod: KObject, ctx?: RelationContext) => {
      const label = allowedFor(np, 'egress', pod, ctx);
      return label ? { label } : false;
    },
  },
];

/** `get,list,watch pods,services`; rules joined by `; `. */
export function rulesText(role: KObject): string {
  return (role.rules ?? [])
    .map((r: KObject) => `${(r.verbs ?? []).join(',')} ${[...(r.resources ?? []), ...(r.nonResourceURLs ?? [])].join(',')}${(r.resourceNames ?? []).length ? ` (${r.resourceNames.join(',')})` : ''}`)
    .join('; ');
}

/** `User alice, Group devs, SA default/builder`. */
export function subjectsText(rb: KObject): string {
  return (rb.subjects ?? [])
    .map((s: KObject) => (s.kind === 'ServiceAccount' ? `SA ${s.namespace ?? rb.metadata.namespace}/${s.name}` : `${s.kind} ${s.name}`))
    .join(', ');
}

/** What a pod's spec gives away: host namespaces, privileged or escalating containers, root, or runAsNonRoot. */
export function podSecurityMarks(pod: KObject): string[] {
  const s = pod.spec ?? {};
  const psc = s.securityContext ?? {};
  const containers: KObject[] = [...(s.initContainers ?? []), ...(s.containers ?? [])];
  const marks: string[] = [];
  if (s.hostNetwork) marks.push('hostNetwork');
  if (s.hostPID) marks.push('hostPID');
  if (s.hostIPC) marks.push('hostIPC');
  if (containers.some((c) => c.securityContext?.privileged)) marks.push('privileged');
  if (containers.some((c) => (c.securityContext?.capabilities?.add ?? []).length)) marks.push('caps+');
  const uid = (c: KObject) => c.securityContext?.runAsUser ?? psc.runAsUser;
  if (containers.some((c) => uid(c) === 0)) marks.push('root');
  else if (containers.length && containers.every((c) => (c.securityContext?.runAsNonRoot ?? psc.runAsNonRoot) === true)) marks.push('runAsNonRoot');
  return marks;
}

/** Marks that weaken isolation (everything but runAsNonRoot): the card stands out. */
export function isExposed(marks: string[]): boolean {
  return marks.some((m) => m !== 'runAsNonRoot');
}

/** `enforce=restricted warn=restricted`: the Pod Security labels of a namespace. */
export function podSecurityText(nsLabels: Record<string, string>): string {
  return ['enforce', 'warn', 'audit']
    .map((mode) => {
      const level = nsLabels[`pod-security.kubernetes.io/${mode}`];
      return level ? `${mode}=${level}` : '';
    })
    .filter(Boolean)
    .join(' ');
}
