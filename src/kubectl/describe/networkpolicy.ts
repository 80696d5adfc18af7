/** describe for NetworkPolicy (kubectl describeNetworkPolicy). */
import type { KObject } from '../../sim/types';
import { formatLabelSelector } from '../printers/columns/util';
import { LEVEL_0, LEVEL_1, LEVEL_2, PrefixWriter, printAnnotations, printLabels } from './writer';

/** Go's time.Time.String() in UTC: `2026-01-01 08:00:00 +0000 UTC`. */
function goTimeString(ts: string | undefined): string {
  const t = ts ? Date.parse(ts) : NaN;
  if (Number.isNaN(t)) return '0001-01-01 00:00:00 +0000 UTC';
  return new Date(t).toISOString().replace('T', ' ').replace(/\.\d+Z$/, ' +0000 UTC');
}

function ports(rulePorts: any[] | undefined, indent: string, w: PrefixWriter): void {
  if (!(rulePorts ?? []).length) {
    w.write(LEVEL_0, `${indent}To Port: <any> (traffic allowed to all ports)\n`);
    return;
  }
  for (const p of rulePorts!) {
    const proto = p.protocol ?? 'TCP';
    // a rule port without a number is a nil *IntOrString, which %s prints as <nil>
    const port = p.port === undefined || p.port === null ? '<nil>' : String(p.port);
    if (p.endPort === undefined || p.endPort === null) w.write(LEVEL_0, `${indent}To Port: ${port}/${proto}\n`);
    else w.write(LEVEL_0, `${indent}To Port Range: ${port}-${p.endPort}/${proto}\n`);
  }
}

function peers(list: any[] | undefined, label: 'From' | 'To', indent: string, w: PrefixWriter): void {
  if (!(list ?? []).length) {
    w.write(LEVEL_0, `${indent}${label}: <any> (traffic not restricted by ${label === 'From' ? 'source' : 'destination'})\n`);
    return;
  }
  for (const peer of list!) {
    w.write(LEVEL_0, `${indent}${label}:\n`);
    if (peer.podSelector && peer.namespaceSelector) {
      w.write(LEVEL_1, `${indent}NamespaceSelector: ${formatLabelSelector(peer.namespaceSelector)}\n`);
      w.write(LEVEL_1, `${indent}PodSelector: ${formatLabelSelector(peer.podSelector)}\n`);
    } else if (peer.podSelector) w.write(LEVEL_1, `${indent}PodSelector: ${formatLabelSelector(peer.podSelector)}\n`);
    else if (peer.namespaceSelector) w.write(LEVEL_1, `${indent}NamespaceSelector: ${formatLabelSelector(peer.namespaceSelector)}\n`);
    else if (peer.ipBlock) {
      w.write(LEVEL_1, `${indent}IPBlock:\n`);
      w.write(LEVEL_2, `${indent}CIDR: ${peer.ipBlock.cidr}\n`);
      w.write(LEVEL_2, `${indent}Except: ${(peer.ipBlock.except ?? []).join(', ')}\n`);
    }
  }
}

function rules(list: any[] | undefined, dir: 'ingress' | 'egress', w: PrefixWriter): void {
  const indent = '    ';
  if (!(list ?? []).length) {
    w.write(LEVEL_0, `${indent}<none> (Selected pods are isolated for ${dir} connectivity)\n`);
    return;
  }
  list!.forEach((r, i) => {
    ports(r.ports, indent, w);
    peers(dir === 'ingress' ? r.from : r.to, dir === 'ingress' ? 'From' : 'To', indent, w);
    if (i !== list!.length - 1) w.write(LEVEL_0, `${indent}----------\n`);
  });
}

export function describeNetworkPolicy(np: KObject, now: number): string {
  const w = new PrefixWriter(now);
  const s = np.spec ?? {};
  w.write(LEVEL_0, `Name:\t${np.metadata.name}\n`);
  w.write(LEVEL_0, `Namespace:\t${np.metadata.namespace}\n`);
  w.write(LEVEL_0, `Created on:\t${goTimeString(np.metadata.creationTimestamp)}\n`);
  printLabels(w, 'Labels', np.metadata.labels);
  printAnnotations(w, 'Annotations', np.metadata.annotations);
  w.write(LEVEL_0, 'Spec:\n');
  w.write(LEVEL_1, 'PodSelector: ');
  const sel = s.podSelector ?? {};
  if (!Object.keys(sel.matchLabels ?? {}).length && !(sel.matchExpressions ?? []).length) {
    w.write(LEVEL_2, '<none> (Allowing the specific traffic to all pods in this namespace)\n');
  } else w.write(LEVEL_2, `${formatLabelSelector(sel)}\n`);
  const types: string[] = s.policyTypes ?? [];
  if (types.includes('Ingress')) {
    w.write(LEVEL_1, 'Allowing ingress traffic:\n');
    rules(s.ingress, 'ingress', w);
  } else w.write(LEVEL_1, 'Not affecting ingress traffic\n');
  if (types.includes('Egress')) {
    w.write(LEVEL_1, 'Allowing egress traffic:\n');
    rules(s.egress, 'egress', w);
  } else w.write(LEVEL_1, 'Not affecting egress traffic\n');
  w.write(LEVEL_1, `Policy Types: ${types.length ? types.join(', ') : '<none>'}\n`);
  return w.toString();
}
