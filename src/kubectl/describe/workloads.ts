/** describe for deployments, replicasets, replication controllers, statefulsets, daemonsets and jobs. */
import type { ApiServer } from '../../sim/apiserver/apiserver';
import type { KObject } from '../../sim/types';
import { formatLabels } from '../printers/table';
import { labelSelectorString, formatLabelSelector } from '../printers/columns/util';
import { describePodTemplate } from './pod';
import { controllerOf, describeEvents, LEVEL_0, LEVEL_1, PrefixWriter, printAnnotations, printLabels, rfc1123z } from './writer';

/** getPodStatusForController: phases of the pods this controller owns. */
function podStatusCounts(api: ApiServer, owner: KObject): string {
  let running = 0;
  let waiting = 0;
  let succeeded = 0;
  let failed = 0;
  const pods = api.store.hasIndex('pods', 'owner')
    ? api.store.byIndex('pods', 'owner', owner.metadata.uid ?? '')
    : api.list('pods', owner.metadata.namespace).filter((p) => (p.metadata.ownerReferences ?? []).some((r) => r.uid === owner.metadata.uid));
  for (const p of pods) {
    const ref = (p.metadata.ownerReferences ?? []).find((r) => r.controller);
    if (!ref || ref.uid !== owner.metadata.uid) continue;
    switch (p.status?.phase) {
      case 'Running':
        running++;
        break;
      case 'Pending':
        waiting++;
        break;
      case 'Succeeded':
        succeeded++;
        break;
      case 'Failed':
        failed++;
        break;
    }
  }
  return `${running} Running / ${waiting} Waiting / ${succeeded} Succeeded / ${failed} Failed`;
}

function conditionsTable(w: PrefixWriter, conditions: any[] | undefined): void {
  if (!(conditions ?? []).length) return;
  w.write(LEVEL_0, 'Conditions:\n  Type\tStatus\tReason\n');
  w.write(LEVEL_1, '----\t------\t------\n');
  for (const c of conditions!) w.write(LEVEL_1, `${c.type} \t${c.status}\t${c.reason ?? ''}\n`);
}

function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (v && typeof v === 'object') {
    return `{${Object.keys(v)
      .filter((k) => (v as any)[k] !== undefined)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((v as any)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(v);
}

/** EqualIgnoreHash: pod templates equal once the pod-template-hash label is dropped. */
function templatesEqual(a: any, b: any): boolean {
  const strip = (t: any) => {
    const c = structuredClone(t ?? {});
    if (c.metadata?.labels) {
      delete c.metadata.labels['pod-template-hash'];
      if (Object.keys(c.metadata.labels).length === 0) delete c.metadata.labels;
    }
    return canonical(c);
  };
  return strip(a) === strip(b);
}

function rsList(rss: KObject[]): string {
  const s = rss.map((rs) => `${rs.metadata.name} (${rs.status?.replicas ?? 0}/${rs.spec?.replicas ?? 0} replicas created)`).join(', ');
  return s || '<none>';
}

export function describeDeployment(api: ApiServer, d: KObject, events: KObject[] | undefined, now: number): string {
  const w = new PrefixWriter(now);
  const st = d.status ?? {};
  w.write(LEVEL_0, `Name:\t${d.metadata.name}\n`);
  w.write(LEVEL_0, `Namespace:\t${d.metadata.namespace}\n`);
  w.write(LEVEL_0, `CreationTimestamp:\t${rfc1123z(d.metadata.creationTimestamp)}\n`);
  printLabels(w, 'Labels', d.metadata.labels);
  printAnnotations(w, 'Annotations', d.metadata.annotations);
  w.write(LEVEL_0, `Selector:\t${labelSelectorString(d.spec?.selector)}\n`);
  w.write(
    LEVEL_0,
    `Replicas:\t${d.spec?.replicas ?? 1} desired | ${st.updatedReplicas ?? 0} updated | ${st.replicas ?? 0} total | ${st.availableReplicas ?? 0} available | ${st.unavailableReplicas ?? 0} unavailable\n`,
  );
  w.write(LEVEL_0, `StrategyType:\t${d.spec?.strategy?.type ?? ''}\n`);
  w.write(LEVEL_0, `MinReadySeconds:\t${d.spec?.minReadySeconds ?? 0}\n`);
  const ru = d.spec?.strategy?.rollingUpdate;
  if (ru) w.write(LEVEL_0, `RollingUpdateStrategy:\t${ru.maxUnavailable ?? 0} max unavailable, ${ru.maxSurge ?? 0} max surge\n`);
  describePodTemplate(d.spec?.template, w);
  conditionsTable(w, st.conditions);
  const owned = api
    .list('replicasets.apps', d.metadata.namespace)
    .filter((rs) => (rs.metadata.ownerReferences ?? []).some((r) => r.controller && r.uid === d.metadata.uid));
  const newRS = owned.filter((rs) => templatesEqual(rs.spec?.template, d.spec?.template)).slice(0, 1);
  // kubectl's FindOldReplicaSets: only old sets that still want pods are listed
  const oldRSs = owned.filter((rs) => !newRS.includes(rs) && (rs.spec?.replicas ?? 1) !== 0);
  if (oldRSs.length || newRS.length) {
    w.write(LEVEL_0, `OldReplicaSets:\t${rsList(oldRSs)}\n`);
    w.write(LEVEL_0, `NewReplicaSet:\t${rsList(newRS)}\n`);
  }
  describeEvents(events, w);
  return w.toString();
}

export function describeReplicaSet(api: ApiServer, rs: KObject, events: KObject[] | undefined, now: number): string {
  const w = new PrefixWriter(now);
  w.write(LEVEL_0, `Name:\t${rs.metadata.name}\n`);
  w.write(LEVEL_0, `Namespace:\t${rs.metadata.namespace}\n`);
  w.write(LEVEL_0, `Selector:\t${formatLabelSelector(rs.spec?.selector)}\n`);
  printLabels(w, 'Labels', rs.metadata.labels);
  printAnnotations(w, 'Annotations', rs.metadata.annotations);
  const ctl = controllerOf(rs);
  if (ctl) w.write(LEVEL_0, `Controlled By:\t${ctl}\n`);
  w.write(LEVEL_0, `Replicas:\t${rs.status?.replicas ?? 0} current / ${rs.spec?.replicas ?? 1} desired\n`);
  w.write(LEVEL_0, 'Pods Status:\t');
  w.write(LEVEL_0, `${podStatusCounts(api, rs)}\n`);
  describePodTemplate(rs.spec?.template, w);
  conditionsTable(w, rs.status?.conditions);
  describeEvents(events, w);
  return w.toString();
}

export function describeReplicationController(api: ApiServer, rc: KObject, events: KObject[] | undefined, now: number): string {
  const w = new PrefixWriter(now);
  w.write(LEVEL_0, `Name:\t${rc.metadata.name}\n`);
  w.write(LEVEL_0, `Namespace:\t${rc.metadata.namespace}\n`);
  w.write(LEVEL_0, `Selector:\t${formatLabels(rc.spec?.selector)}\n`);
  printLabels(w, 'Labels', rc.metadata.labels);
  printAnnotations(w, 'Annotations', rc.metadata.annotations);
  w.write(LEVEL_0, `Replicas:\t${rc.status?.replicas ?? 0} current / ${rc.spec?.replicas ?? 1} desired\n`);
  w.write(LEVEL_0, `Pods Status:\t${podStatusCounts(api, rc)}\n`);
  describePodTemplate(rc.spec?.template, w);
  conditionsTable(w, rc.status?.conditions);
  describeEvents(events, w);
  return w.toString();
}

export function describeStatefulSet(api: ApiServer, ss: KObject, events: KObject[] | undefined, now: number): string {
  const w = new PrefixWriter(now);
  w.write(LEVEL_0, `Name:\t${ss.metadata.name}\n`);
  w.write(LEVEL_0, `Namespace:\t${ss.metadata.namespace}\n`);
  w.write(LEVEL_0, `CreationTimestamp:\t${rfc1123z(ss.metadata.creationTimestamp)}\n`);
  w.write(LEVEL_0, `Selector:\t${labelSelectorString(ss.spec?.selector)}\n`);
  printLabels(w, 'Labels', ss.metadata.labels);
  printAnnotations(w, 'Annotations', ss.metadata.annotations);
  w.write(LEVEL_0, `Replicas:\t${ss.spec?.replicas ?? 1} desired | ${ss.status?.replicas ?? 0} total\n`);
  w.write(LEVEL_0, `Update Strategy:\t${ss.spec?.updateStrategy?.type ?? ''}\n`);
  const ru = ss.spec?.updateStrategy?.rollingUpdate;
  if (ru && ru.partition !== undefined && ru.partition !== null) {
    w.write(LEVEL_1, `Partition:\t${ru.partition}\n`);
    if (ru.maxUnavailable !== undefined) w.write(LEVEL_1, `MaxUnavailable:\t${ru.maxUnavailable}\n`);
  }
  w.write(LEVEL_0, `Pods Status:\t${podStatusCounts(api, ss)}\n`);
  describePodTemplate(ss.spec?.template, w);
  const templates: any[] = ss.spec?.volumeClaimTemplates ?? [];
  if (templates.length === 0) w.write(LEVEL_0, 'Volume Claims:\t<none>\n');
  else {
    w.write(LEVEL_0, 'Volume Claims:\n');
    for (const pvc of templates) {
      w.write(LEVEL_1, `Name:\t${pvc.metadata?.name ?? ''}\n`);
      w.write(LEVEL_1, `StorageClass:\t${pvc.metadata?.annotations?.['volume.beta.kubernetes.io/storage-class'] ?? pvc.spec?.storageClassName ?? ''}\n`);
      printLabels(w, 'Labels', pvc.metadata?.labels, '  ');
      printLabels(w, 'Annotations', pvc.metadata?.annotations, '  ');
      const cap = pvc.spec?.resources?.requests?.storage;
      w.write(LEVEL_1, `Capacity:\t${cap ?? '<default>'}\n`);
      w.write(LEVEL_1, `Access Modes:\t[${(pvc.spec?.accessModes ?? []).join(' ')}]\n`);
    }
  }
  describeEvents(events, w);
  return w.toString();
}

export function describeDaemonSet(api: ApiServer, ds: KObject, events: KObject[] | undefined, now: number): string {
  const w = new PrefixWriter(now);
  const st = ds.status ?? {};
  w.write(LEVEL_0, `Name:\t${ds.metadata.name}\n`);
  w.write(LEVEL_0, `Namespace:\t${ds.metadata.namespace}\n`);
  w.write(LEVEL_0, `Selector:\t${labelSelectorString(ds.spec?.selector)}\n`);
  w.write(LEVEL_0, `Node-Selector:\t${formatLabels(ds.spec?.template?.spec?.nodeSelector)}\n`);
  printLabels(w, 'Labels', ds.metadata.labels);
  printAnnotations(w, 'Annotations', ds.metadata.annotations);
  w.write(LEVEL_0, `Desired Number of Nodes Scheduled: ${st.desiredNumberScheduled ?? 0}\n`);
  w.write(LEVEL_0, `Current Number of Nodes Scheduled: ${st.currentNumberScheduled ?? 0}\n`);
  w.write(LEVEL_0, `Number of Nodes Scheduled with Up-to-date Pods: ${st.updatedNumberScheduled ?? 0}\n`);
  w.write(LEVEL_0, `Number of Nodes Scheduled with Available Pods: ${st.numberAvailable ?? 0}\n`);
  w.write(LEVEL_0, `Number of Nodes Misscheduled: ${st.numberMisscheduled ?? 0}\n`);
  w.write(LEVEL_0, `Pods Status:\t${podStatusCounts(api, ds)}\n`);
  describePodTemplate(ds.spec?.template, w);
  describeEvents(events, w);
  return w.toString();
}
