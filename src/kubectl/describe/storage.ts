/** describe for persistent volumes and their claims. */
import type { ApiServer } from '../../sim/apiserver/apiserver';
import type { Json } from '../../sim/json';
import type { KObject } from '../../sim/types';
import { accessModes, pvClass } from '../printers/columns/storage';
import { formatLabels } from '../printers/table';
import { describeEvents, goSlice, LEVEL_0, LEVEL_1, LEVEL_2, LEVEL_3, LEVEL_4, PrefixWriter, printAnnotations, printLabels, rfc1123z } from './writer';

/** printCSIPersistentVolumeAttributesMultiline: sorted key=value lines under the title, or <none>. */
function csiAttributes(attrs: Record<string, string> | undefined): string {
  const keys = Object.keys(attrs ?? {}).sort();
  if (!keys.length) return '    VolumeAttributes:\t<none>\n';
  return keys.map((k, i) => `${i === 0 ? '    VolumeAttributes:' : '    '}\t    ${k}=${attrs![k]}\n`).join('');
}

/** The PV's source, with the same printers (and indentation) as pod volumes. */
function describeVolumeSource(pv: KObject, w: PrefixWriter): void {
  const s = pv.spec ?? {};
  if (s.hostPath) w.write(LEVEL_2, `Type:\tHostPath (bare host directory volume)\n    Path:\t${s.hostPath.path}\n    HostPathType:\t${s.hostPath.type ?? '<none>'}\n`);
  else if (s.nfs) w.write(LEVEL_2, `Type:\tNFS (an NFS mount that lasts the lifetime of a pod)\n    Server:\t${s.nfs.server}\n    Path:\t${s.nfs.path}\n    ReadOnly:\t${!!s.nfs.readOnly}\n`);
  else if (s.local) w.write(LEVEL_2, `Type:\tLocalVolume (a persistent volume backed by local storage on a node)\n    Path:\t${s.local.path}\n`);
  else if (s.csi)
    w.write(
      LEVEL_2,
      `Type:\tCSI (a Container Storage Interface (CSI) volume source)\n    Driver:\t${s.csi.driver}\n    FSType:\t${s.csi.fsType ?? ''}\n    VolumeHandle:\t${s.csi.volumeHandle}\n    ReadOnly:\t${!!s.csi.readOnly}\n${csiAttributes(s.csi.volumeAttributes)}`,
    );
  else w.write(LEVEL_1, '<unknown>\n');
}

/** printVolumeNodeAffinity: `Required Terms:` with one `Term N:` line per selector term. */
function printNodeAffinity(w: PrefixWriter, affinity: Json): void {
  w.write(LEVEL_0, 'Node Affinity:\t');
  if (!affinity?.required) {
    w.writeLine('<none>');
    return;
  }
  w.writeLine('');
  const terms: any[] = affinity.required.nodeSelectorTerms ?? [];
  w.write(LEVEL_1, 'Required Terms:\t');
  if (!terms.length) {
    w.writeLine('<none>');
    return;
  }
  w.writeLine('');
  terms.forEach((term, i) => {
    const reqs: any[] = term.matchExpressions ?? [];
    w.write(LEVEL_2, `Term ${i}:\t`);
    if (!reqs.length) {
      w.writeLine('<none>');
      return;
    }
    reqs.forEach((r, j) => {
      if (j !== 0) w.write(LEVEL_2, '\t');
      let e = `${r.key} ${String(r.operator).toLowerCase()}`;
      if ((r.values ?? []).length) e += ` [${r.values.join(', ')}]`;
      w.write(LEVEL_0, `${e}\n`);
    });
  });
}

export function describePV(pv: KObject, events: KObject[] | undefined, now: number): string {
  const w = new PrefixWriter(now);
  const s = pv.spec ?? {};
  w.write(LEVEL_0, `Name:\t${pv.metadata.name}\n`);
  printLabels(w, 'Labels', pv.metadata.labels);
  printAnnotations(w, 'Annotations', pv.metadata.annotations);
  w.write(LEVEL_0, `Finalizers:\t${goSlice(pv.metadata.finalizers)}\n`);
  w.write(LEVEL_0, `StorageClass:\t${pvClass(pv)}\n`);
  if (pv.metadata.deletionTimestamp) w.write(LEVEL_0, `Status:\tTerminating (lasts ${w.since(pv.metadata.deletionTimestamp)})\n`);
  else w.write(LEVEL_0, `Status:\t${pv.status?.phase ?? ''}\n`);
  w.write(LEVEL_0, `Claim:\t${s.claimRef ? `${s.claimRef.namespace ?? ''}/${s.claimRef.name ?? ''}` : ''}\n`);
  w.write(LEVEL_0, `Reclaim Policy:\t${s.persistentVolumeReclaimPolicy ?? ''}\n`);
  w.write(LEVEL_0, `Access Modes:\t${accessModes(s.accessModes)}\n`);
  if (s.volumeMode) w.write(LEVEL_0, `VolumeMode:\t${s.volumeMode}\n`);
  w.write(LEVEL_0, `Capacity:\t${s.capacity?.storage ?? '0'}\n`);
  printNodeAffinity(w, s.nodeAffinity);
  w.write(LEVEL_0, `Message:\t${pv.status?.message ?? ''}\n`);
  w.write(LEVEL_0, 'Source:\n');
  describeVolumeSource(pv, w);
  describeEvents(events, w);
  return w.toString();
}

export function describePVC(api: ApiServer, pvc: KObject, events: KObject[] | undefined, now: number): string {
  const w = new PrefixWriter(now);
  const s = pvc.spec ?? {};
  w.write(LEVEL_0, `Name:\t${pvc.metadata.name}\n`);
  w.write(LEVEL_0, `Namespace:\t${pvc.metadata.namespace}\n`);
  w.write(LEVEL_0, `StorageClass:\t${pvClass(pvc)}\n`);
  if (pvc.metadata.deletionTimestamp) w.write(LEVEL_0, `Status:\tTerminating (lasts ${w.since(pvc.metadata.deletionTimestamp)})\n`);
  else w.write(LEVEL_0, `Status:\t${pvc.status?.phase ?? ''}\n`);
  w.write(LEVEL_0, `Volume:\t${s.volumeName ?? ''}\n`);
  printLabels(w, 'Labels', pvc.metadata.labels);
  printAnnotations(w, 'Annotations', pvc.metadata.annotations);
  w.write(LEVEL_0, `Finalizers:\t${goSlice(pvc.metadata.finalizers)}\n`);
  w.write(LEVEL_0, `Capacity:\t${s.volumeName ? String(pvc.status?.capacity?.storage ?? '0') : ''}\n`);
  w.write(LEVEL_0, `Access Modes:\t${s.volumeName ? accessModes(pvc.status?.accessModes) : ''}\n`);
  if (s.volumeMode) w.write(LEVEL_0, `VolumeMode:\t${s.volumeMode}\n`);
  if (s.dataSource) {
    w.write(LEVEL_0, 'DataSource:\n');
    if (s.dataSource.apiGroup != null) w.write(LEVEL_1, `APIGroup:\t${s.dataSource.apiGroup}\n`);
    w.write(LEVEL_1, `Kind:\t${s.dataSource.kind ?? ''}\n`);
    w.write(LEVEL_1, `Name:\t${s.dataSource.name ?? ''}\n`);
  }
  const users = api
    .list('pods', pvc.metadata.namespace)
    .filter((p) => (p.spec?.volumes ?? []).some((v: any) => v.persistentVolumeClaim?.claimName === pvc.metadata.name))
    .map((p) => p.metadata.name!)
    .sort();
  w.write(LEVEL_0, 'Used By:\t');
  if (users.length === 0) w.writeLine('<none>');
  users.forEach((u, i) => {
    if (i !== 0) w.write(LEVEL_0, '\t');
    w.write(LEVEL_0, `${u}\n`);
  });
  const conditions: any[] = pvc.status?.conditions ?? [];
  if (conditions.length) {
    // every cell ends in a space before its tab, as describePersistentVolumeClaim's format does
    w.write(LEVEL_0, 'Conditions:\n');
    w.write(LEVEL_1, 'Type\tStatus\tLastProbeTime\tLastTransitionTime\tReason\tMessage\n');
    w.write(LEVEL_1, '----\t------\t-----------------\t------------------\t------\t-------\n');
    for (const c of conditions) {
      w.write(LEVEL_1, `${c.type ?? ''} \t${c.status ?? ''} \t${rfc1123z(c.lastProbeTime)} \t${rfc1123z(c.lastTransitionTime)} \t${c.reason ?? ''} \t${c.message ?? ''}\n`);
    }
  }
  describeEvents(events, w);
  return w.toString();
}

export function describeCSINode(csi: KObject, events: KObject[] | undefined, now: number): string {
  const w = new PrefixWriter(now);
  w.write(LEVEL_0, `Name:\t${csi.metadata.name}\n`);
  printLabels(w, 'Labels', csi.metadata.labels);
  printAnnotations(w, 'Annotations', csi.metadata.annotations);
  w.write(LEVEL_0, `CreationTimestamp:\t${rfc1123z(csi.metadata.creationTimestamp)}\n`);
  w.write(LEVEL_0, 'Spec:\n');
  const drivers: any[] | undefined = csi.spec?.drivers;
  if (drivers) {
    w.write(LEVEL_1, 'Drivers:\n');
    for (const d of drivers) {
      w.write(LEVEL_2, `${d.name}:\n`);
      w.write(LEVEL_3, `Node ID:\t${d.nodeID ?? ''}\n`);
      if (typeof d.allocatable?.count === 'number') {
        w.write(LEVEL_3, 'Allocatables:\n');
        w.write(LEVEL_4, `Count:\t${d.allocatable.count}\n`);
      }
      if (d.topologyKeys) w.write(LEVEL_3, `Topology Keys:\t${goSlice(d.topologyKeys)}\n`);
    }
  }
  describeEvents(events, w);
  return w.toString();
}

export function describeVolumeAttributesClass(vac: KObject, events: KObject[] | undefined, now: number): string {
  const w = new PrefixWriter(now);
  w.write(LEVEL_0, `Name:\t${vac.metadata.name}\n`);
  w.write(LEVEL_0, `Annotations:\t${formatLabels(vac.metadata.annotations)}\n`);
  w.write(LEVEL_0, `DriverName:\t${vac.driverName ?? ''}\n`);
  w.write(LEVEL_0, `Parameters:\t${formatLabels(vac.parameters)}\n`);
  describeEvents(events, w);
  return w.toString();
}
