import { defaultTemplate } from './pod';
import { defaultPVC } from './core';
import type { Json } from '../../json';

/** `SetDefaults_Deployment` (apps/v1). */
export function defaultDeployment(d: Json): void {
  const spec = (d.spec ??= {});
  spec.replicas ??= 1;
  spec.strategy ??= {};
  spec.strategy.type ||= 'RollingUpdate';
  if (spec.strategy.type === 'RollingUpdate') {
    spec.strategy.rollingUpdate ??= {};
    spec.strategy.rollingUpdate.maxUnavailable ??= '25%';
    spec.strategy.rollingUpdate.maxSurge ??= '25%';
  }
  spec.revisionHistoryLimit ??= 10;
  spec.progressDeadlineSeconds ??= 600;
  defaultTemplate(spec.template);
}

export function defaultReplicaSet(rs: Json): void {
  const spec = (rs.spec ??= {});
  spec.replicas ??= 1;
  defaultTemplate(spec.template);
}

export function defaultStatefulSet(s: Json): void {
  const spec = (s.spec ??= {});
  spec.replicas ??= 1;
  spec.podManagementPolicy ||= 'OrderedReady';
  spec.updateStrategy ??= {};
  spec.updateStrategy.type ||= 'RollingUpdate';
  if (spec.updateStrategy.type === 'RollingUpdate') {
    spec.updateStrategy.rollingUpdate ??= {};
    spec.updateStrategy.rollingUpdate.partition ??= 0;
  }
  spec.revisionHistoryLimit ??= 10;
  spec.persistentVolumeClaimRetentionPolicy ??= {};
  spec.persistentVolumeClaimRetentionPolicy.whenDeleted ||= 'Retain';
  spec.persistentVolumeClaimRetentionPolicy.whenScaled ||= 'Retain';
  for (const t of spec.volumeClaimTemplates ?? []) {
    if (!t || typeof t !== 'object') continue;
    defaultPVC(t);
  }
  defaultTemplate(spec.template);
}

export function defaultDaemonSet(ds: Json): void {
  const spec = (ds.spec ??= {});
  spec.updateStrategy ??= {};
  spec.updateStrategy.type ||= 'RollingUpdate';
  if (spec.updateStrategy.type === 'RollingUpdate') {
    spec.updateStrategy.rollingUpdate ??= {};
    spec.updateStrategy.rollingUpdate.maxUnavailable ??= 1;
    spec.updateStrategy.rollingUpdate.maxSurge ??= 0;
  }
  spec.revisionHistoryLimit ??= 10;
  defaultTemplate(spec.template);
}

export function defaultReplicationController(rc: Json): void {
  const spec = (rc.spec ??= {});
  spec.replicas ??= 1;
  // an RC without a selector selects its template's labels
  if (!spec.selector && spec.template?.metadata?.labels) spec.selector = { ...spec.template.metadata.labels };
  defaultTemplate(spec.template);
}
