/** describe for nodes and namespaces. */
import type { ApiServer } from '../../sim/apiserver/apiserver';
import { milliCpu, parseQuantity } from '../../sim/quantity';
import type { KObject } from '../../sim/types';
import { nodeRoles } from '../printers/columns/node';
import { describeLimitRanges } from './limitrange';
import { writeScopes } from './quota';
import { describeEvents, LEVEL_0, LEVEL_1, PrefixWriter, printAnnotations, printLabels, printTaints, rfc1123z, sortedKeys } from './writer';

/** Quantity.String() for sums: millicores for CPU, the largest exact suffix for bytes. */
function cpuString(m: number): string {
  return m % 1000 === 0 ? String(m / 1000) : `${m}m`;
}

function bytesString(b: number, binary: boolean): string {
  if (b === 0) return '0';
  const units: [string, number][] = binary
    ? [['Ei', 2 ** 60], ['Pi', 2 ** 50], ['Ti', 2 ** 40], ['Gi', 2 ** 30], ['Mi', 2 ** 20], ['Ki', 2 ** 10]]
    : [['E', 1e18], ['P', 1e15], ['T', 1e12], ['G', 1e9], ['M', 1e6], ['k', 1e3]];
  for (const [s, n] of units) if (b % n === 0) return `${b / n}${s}`;
  return String(b);
}

function sumResource(pods: KObject[], kind: 'requests' | 'limits', res: string): { value: number; binary: boolean } {
  let value = 0;
  let binary = false;
  for (const p of pods) {
    for (const c of p.spec?.containers ?? []) {
      let q = c.resources?.[kind]?.[res];
      // requests default to limits
      if (q === undefined && kind === 'requests') q = c.resources?.limits?.[res];
      if (q === undefined) continue;
      if (/[KMGTPE]i$/.test(String(q))) binary = true;
      value += res === 'cpu' ? milliCpu(q) : parseQuantity(q);
    }
  }
  return { value, binary };
}

function fmt(res: string, v: { value: number; binary: boolean }): string {
  return res === 'cpu' ? cpuString(v.value) : bytesString(Math.round(v.value), v.binary);
}

function pct(part: number, whole: number): number {
  return whole ? Math.trunc((part / whole) * 100) : 0;
}

export function describeNode(api: ApiServer, node: KObject, events: KObject[] | undefined, now: number): string {
  const w = new PrefixWriter(now);
  const st = node.status ?? {};
  w.write(LEVEL_0, `Name:\t${node.metadata.name}\n`);
  const roles = nodeRoles(node);
  w.write(LEVEL_0, `Roles:\t${roles.length ? roles.join(',') : '<none>'}\n`);
  printLabels(w, 'Labels', node.metadata.labels);
  printAnnotations(w, 'Annotations', node.metadata.annotations);
  w.write(LEVEL_0, `CreationTimestamp:\t${rfc1123z(node.metadata.creationTimestamp)}\n`);
  printTaints(w, 'Taints', node.spec?.taints);
  w.write(LEVEL_0, `Unschedulable:\t${!!node.spec?.unschedulable}\n`);
  const lease = api.tryGet('leases.coordination.k8s.io', 'kube-node-lease', node.metadata.name!);
  if (lease) {
    w.write(LEVEL_0, 'Lease:\n');
    w.write(LEVEL_1, `HolderIdentity:\t${lease.spec?.holderIdentity ?? '<unset>'}\n`);
    w.write(LEVEL_1, `AcquireTime:\t${lease.spec?.acquireTime ? rfc1123z(lease.spec.acquireTime) : '<unset>'}\n`);
    w.write(LEVEL_1, `RenewTime:\t${lease.spec?.renewTime ? rfc1123z(lease.spec.renewTime) : '<unset>'}\n`);
  } else {
    w.write(LEVEL_0, `Lease:\tFailed to get lease: leases.coordination.k8s.io "${node.metadata.name}" not found\n`);
  }
  if ((st.conditions ?? []).length) {
    w.write(LEVEL_0, 'Conditions:\n  Type\tStatus\tLastHeartbeatTime\tLastTransitionTime\tReason\tMessage\n');
    w.write(LEVEL_1, '----\t------\t-----------------\t------------------\t------\t-------\n');
    for (const c of st.conditions) {
      w.write(LEVEL_1, `${c.type} \t${c.status} \t${rfc1123z(c.lastHeartbeatTime)} \t${rfc1123z(c.lastTransitionTime)} \t${c.reason ?? ''} \t${c.message ?? ''}\n`);
    }
  }
  w.write(LEVEL_0, 'Addresses:\n');
  for (const a of st.addresses ?? []) w.write(LEVEL_1, `${a.type}:\t${a.address}\n`);
  const printList = (list: Record<string, string>) => {
    for (const k of sortedKeys(list)) w.write(LEVEL_0, `  ${k}:\t${canonicalBinary(String(list[k]))}\n`);
  };
  if (Object.keys(st.capacity ?? {}).length) {
    w.write(LEVEL_0, 'Capacity:\n');
    printList(st.capacity);
  }
  if (Object.keys(st.allocatable ?? {}).length) {
    w.write(LEVEL_0, 'Allocatable:\n');
    printList(st.allocatable);
  }
  const ni = st.nodeInfo ?? {};
  w.write(LEVEL_0, 'System Info:\n');
  w.write(LEVEL_0, `  Machine ID:\t${ni.machineID ?? ''}\n`);
  w.write(LEVEL_0, `  System UUID:\t${ni.systemUUID ?? ''}\n`);
  w.write(LEVEL_0, `  Boot ID:\t${ni.bootID ?? ''}\n`);
  w.write(LEVEL_0, `  Kernel Version:\t${ni.kernelVersion ?? ''}\n`);
  w.write(LEVEL_0, `  OS Image:\t${ni.osImage ?? ''}\n`);
  w.write(LEVEL_0, `  Operating System:\t${ni.operatingSystem ?? ''}\n`);
  w.write(LEVEL_0, `  Architecture:\t${ni.architecture ?? ''}\n`);
  w.write(LEVEL_0, `  Container Runtime Version:\t${ni.containerRuntimeVersion ?? ''}\n`);
  w.write(LEVEL_0, `  Kubelet Version:\t${ni.kubeletVersion ?? ''}\n`);
  w.write(LEVEL_0, `  Kube-Proxy Version:\t${ni.kubeProxyVersion ?? ''}\n`);
  if (node.spec?.podCIDR) w.write(LEVEL_0, `PodCIDR:\t${node.spec.podCIDR}\n`);
  if ((node.spec?.podCIDRs ?? []).length) w.write(LEVEL_0, `PodCIDRs:\t${node.spec.podCIDRs.join(',')}\n`);
  if (node.spec?.providerID) w.write(LEVEL_0, `ProviderID:\t${node.spec.providerID}\n`);
  // every API server indexes pods by spec.nodeName
  const pods = api.store
    .byIndex('pods', 'nodeName', node.metadata.name!)
    .filter((p) => p.status?.phase !== 'Succeeded' && p.status?.phase !== 'Failed')
    .sort((a, b) => {
      const ka = `${a.metadata.namespace}/${a.metadata.name}`;
      const kb = `${b.metadata.namespace}/${b.metadata.name}`;
      return ka < kb ? -1 : ka > kb ? 1 : 0;
    });
  const alloc = Object.keys(st.allocatable ?? {}).length ? st.allocatable : (st.capacity ?? {});
  const allocCpu = alloc.cpu ? milliCpu(alloc.cpu) : 0;
  const allocMem = alloc.memory ? parseQuantity(alloc.memory) : 0;
  const allocEph = alloc['ephemeral-storage'] ? parseQuantity(alloc['ephemeral-storage']) : 0;
  w.write(LEVEL_0, `Non-terminated Pods:\t(${pods.length} in total)\n`);
  w.write(LEVEL_1, 'Namespace\tName\t\tCPU Requests\tCPU Limits\tMemory Requests\tMemory Limits\tAge\n');
  w.write(LEVEL_1, '---------\t----\t\t------------\t----------\t---------------\t-------------\t---\n');
  for (const p of pods) {
    const cr = sumResource([p], 'requests', 'cpu');
    const cl = sumResource([p], 'limits', 'cpu');
    const mr = sumResource([p], 'requests', 'memory');
    const ml = sumResource([p], 'limits', 'memory');
    w.write(
      LEVEL_1,
      `${p.metadata.namespace}\t${p.metadata.name}\t\t${fmt('cpu', cr)} (${pct(cr.value, allocCpu)}%)\t${fmt('cpu', cl)} (${pct(cl.value, allocCpu)}%)\t${fmt('memory', mr)} (${pct(mr.value, allocMem)}%)\t${fmt('memory', ml)} (${pct(ml.value, allocMem)}%)\t${w.since(p.metadata.creationTimestamp)}\n`,
    );
  }
  w.write(LEVEL_0, 'Allocated resources:\n  (Total limits may be over 100 percent, i.e., overcommitted.)\n');
  w.write(LEVEL_1, 'Resource\tRequests\tLimits\n');
  w.write(LEVEL_1, '--------\t--------\t------\n');
  const row = (res: string, whole: number) => {
    const r = sumResource(pods, 'requests', res);
    const l = sumResource(pods, 'limits', res);
    w.write(LEVEL_1, `${res}\t${fmt(res, r)} (${pct(r.value, whole)}%)\t${fmt(res, l)} (${pct(l.value, whole)}%)\n`);
  };
  row('cpu', allocCpu);
  row('memory', allocMem);
  row('ephemeral-storage', allocEph);
  for (const k of sortedKeys(alloc).filter((k) => k.startsWith('hugepages-'))) w.write(LEVEL_1, `${k}\t0 (0%)\t0 (0%)\n`);
  describeEvents(events, w);
  return w.toString();
}

export function describeNamespace(api: ApiServer, ns: KObject, now: number): string {
  const w = new PrefixWriter(now);
  w.write(LEVEL_0, `Name:\t${ns.metadata.name}\n`);
  printLabels(w, 'Labels', ns.metadata.labels);
  printAnnotations(w, 'Annotations', ns.metadata.annotations);
  w.write(LEVEL_0, `Status:\t${ns.status?.phase ?? ''}\n`);
  if ((ns.status?.conditions ?? []).length) {
    w.write(LEVEL_0, 'Conditions:\n');
    w.write(LEVEL_1, 'Type\tStatus\tLastTransitionTime\tReason\tMessage\n');
    w.write(LEVEL_1, '----\t------\t------------------\t------\t-------\n');
    for (const c of ns.status.conditions) w.write(LEVEL_1, `${c.type}\t${c.status}\t${rfc1123z(c.lastTransitionTime)}\t${c.reason ?? ''}\t${c.message ?? ''}\n`);
  }
  w.write(LEVEL_0, '\n');
  const quotas = api.list('resourcequotas', ns.metadata.name);
  if (quotas.length === 0) w.write(LEVEL_0, 'No resource quota.\n');
  else {
    w.write(LEVEL_0, 'Resource Quotas\n');
    for (const q of quotas) {
      w.write(LEVEL_1, `Name:\t${q.metadata.name}\n`);
      writeScopes(w, LEVEL_1, q, '* ');
      w.write(LEVEL_1, 'Resource\tUsed\tHard\n');
      w.write(LEVEL_1, '--------\t---\t---\n');
      const hard = q.status?.hard ?? {};
      for (const r of sortedKeys(hard)) w.write(LEVEL_1, `${r}\t${q.status?.used?.[r] ?? '0'}\t${hard[r]}\n`);
    }
  }
  w.write(LEVEL_0, '\n');
  describeLimitRanges(w, api.list('limitranges', ns.metadata.name));
  return w.toString();
}

const BINARY = ['Ki', 'Mi', 'Gi', 'Ti', 'Pi', 'Ei'];

/** resource.Quantity's canonical form of a whole binary quantity, as kubectl prints it: `8491008Ki` → `8292Mi`. */
function canonicalBinary(q: string): string {
  const m = /^(\d+)(Ki|Mi|Gi|Ti|Pi)$/.exec(q);
  if (!m) return q;
  let n = BigInt(m[1]);
  let i = BINARY.indexOf(m[2]);
  while (n > 0n && n % 1024n === 0n && i < BINARY.length - 1) {
    n /= 1024n;
    i++;
  }
  return `${n}${BINARY[i]}`;
}
