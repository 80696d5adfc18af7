import { translateTimestampSince } from '../duration';
import type { KObject } from '../../../sim/types';
import type { TableDef } from '../table';
import { humanDuration, parseTime } from '../duration';
import { formatLabels } from '../table';
import { AGE, CONTAINERS, IMAGES, NAME, formatLabelSelector, int, labelSelectorString } from './util';

const tmplContainers = (o: KObject) => o.spec?.template?.spec?.containers;

/** AGE, then the pod template's CONTAINERS and IMAGES (wide), as every controller's printer ends. */
const AGE_AND_TEMPLATE = [AGE, CONTAINERS(tmplContainers), IMAGES(tmplContainers)];

/** The replica counts of a ReplicaSet and a ReplicationController. */
const DESIRED_CURRENT_READY: TableDef['columns'] = [
  { name: 'Desired', cell: (o) => int(o.spec?.replicas) },
  { name: 'Current', cell: (o) => int(o.status?.replicas) },
  { name: 'Ready', cell: (o) => int(o.status?.readyReplicas) },
];

export const DEPLOYMENT_TABLE: TableDef = {
  columns: [
    NAME,
    { name: 'Ready', cell: (o) => `${int(o.status?.readyReplicas)}/${int(o.spec?.replicas)}` },
    { name: 'Up-to-date', cell: (o) => int(o.status?.updatedReplicas) },
    { name: 'Available', cell: (o) => int(o.status?.availableReplicas) },
    ...AGE_AND_TEMPLATE,
    { name: 'Selector', wide: true, cell: (o) => labelSelectorString(o.spec?.selector) },
  ],
};

export const REPLICASET_TABLE: TableDef = {
  columns: [
    NAME,
    ...DESIRED_CURRENT_READY,
    ...AGE_AND_TEMPLATE,
    { name: 'Selector', wide: true, cell: (o) => formatLabelSelector(o.spec?.selector) },
  ],
};

export const REPLICATIONCONTROLLER_TABLE: TableDef = {
  columns: [
    NAME,
    ...DESIRED_CURRENT_READY,
    ...AGE_AND_TEMPLATE,
    { name: 'Selector', wide: true, cell: (o) => formatLabels(o.spec?.selector) },
  ],
};

export const STATEFULSET_TABLE: TableDef = {
  columns: [
    NAME,
    { name: 'Ready', cell: (o) => `${int(o.status?.readyReplicas)}/${int(o.spec?.replicas)}` },
    ...AGE_AND_TEMPLATE,
  ],
};

export const DAEMONSET_TABLE: TableDef = {
  columns: [
    NAME,
    { name: 'Desired', cell: (o) => int(o.status?.desiredNumberScheduled) },
    { name: 'Current', cell: (o) => int(o.status?.currentNumberScheduled) },
    { name: 'Ready', cell: (o) => int(o.status?.numberReady) },
    { name: 'Up-to-date', cell: (o) => int(o.status?.updatedNumberScheduled) },
    { name: 'Available', cell: (o) => int(o.status?.numberAvailable) },
    { name: 'Node Selector', cell: (o) => formatLabels(o.spec?.template?.spec?.nodeSelector) },
    ...AGE_AND_TEMPLATE,
    { name: 'Selector', wide: true, cell: (o) => formatLabelSelector(o.spec?.selector) },
  ],
};

function jobCondition(o: KObject, type: string): boolean {
  const c = (o.status?.conditions ?? []).find((x: any) => x.type === type);
  return !!c && c.status === 'True';
}

function jobStatus(o: KObject): string {
  if (jobCondition(o, 'Complete')) return 'Complete';
  if (jobCondition(o, 'Failed')) return 'Failed';
  if (o.metadata.deletionTimestamp) return 'Terminating';
  if (jobCondition(o, 'Suspended')) return 'Suspended';
  if (jobCondition(o, 'FailureTarget')) return 'FailureTarget';
  return 'Running';
}

function jobCompletions(o: KObject): string {
  const succeeded = int(o.status?.succeeded);
  if (typeof o.spec?.completions === 'number') return `${succeeded}/${o.spec.completions}`;
  const parallelism = o.spec?.parallelism ?? 0;
  return parallelism > 1 ? `${succeeded}/1 of ${parallelism}` : `${succeeded}/1`;
}

function jobDuration(o: KObject, now: number): string {
  const start = parseTime(o.status?.startTime);
  if (start === undefined) return '';
  const end = parseTime(o.status?.completionTime);
  return humanDuration((end ?? now) - start);
}

export const JOB_TABLE: TableDef = {
  columns: [
    NAME,
    { name: 'Status', cell: (o) => jobStatus(o) },
    { name: 'Completions', cell: (o) => jobCompletions(o) },
    { name: 'Duration', cell: (o, ctx) => jobDuration(o, ctx.now) },
    ...AGE_AND_TEMPLATE,
    { name: 'Selector', wide: true, cell: (o) => formatLabelSelector(o.spec?.selector) },
  ],
};

const cronContainers = (o: KObject) => o.spec?.jobTemplate?.spec?.template?.spec?.containers;

export const CRONJOB_TABLE: TableDef = {
  columns: [
    NAME,
    { name: 'Schedule', cell: (o) => o.spec?.schedule ?? '' },
    { name: 'Timezone', cell: (o) => o.spec?.timeZone ?? '<none>' },
    { name: 'Suspend', cell: (o) => (o.spec?.suspend === undefined || o.spec?.suspend === null ? '<unset>' : o.spec.suspend ? 'True' : 'False') },
    { name: 'Active', cell: (o) => String((o.status?.active ?? []).length) },
    {
      name: 'Last Schedule',
      cell: (o, ctx) => (o.status?.lastScheduleTime ? translateTimestampSince(o.status.lastScheduleTime, ctx.now) : '<none>'),
    },
    AGE,
    CONTAINERS(cronContainers),
    IMAGES(cronContainers),
    { name: 'Selector', wide: true, cell: (o) => formatLabelSelector(o.spec?.jobTemplate?.spec?.selector) },
  ],
};

/** formatHPAMetrics: each metric as `name: current/target`, at most two, then `+ N more...`. */
function hpaTargets(o: KObject): string {
  const specs: KObject[] = o.spec?.metrics ?? [];
  if (!specs.length) return '<none>';
  const statuses: KObject[] = o.status?.currentMetrics ?? [];
  const list = specs.map((spec, i) => {
    const st = statuses[i];
    const src = spec.type === 'Resource' ? spec.resource : spec.type === 'ContainerResource' ? spec.containerResource : undefined;
    const cur = spec.type === 'Resource' ? st?.resource : spec.type === 'ContainerResource' ? st?.containerResource : undefined;
    if (src) {
      if (src.target?.averageValue !== undefined) return `${src.name}: ${cur?.current?.averageValue ?? '<unknown>'}/${src.target.averageValue}`;
      const current = cur?.current?.averageUtilization !== undefined ? `${cur.current.averageUtilization}%` : '<unknown>';
      return `${src.name}: ${current}/${src.target?.averageUtilization !== undefined ? `${src.target.averageUtilization}%` : '<auto>'}`;
    }
    const other = spec.type === 'Pods' ? [spec.pods, st?.pods] : spec.type === 'Object' ? [spec.object, st?.object] : spec.type === 'External' ? [spec.external, st?.external] : undefined;
    if (!other) return '<unknown type>';
    const [s, c] = other;
    if (s?.target?.averageValue !== undefined) return `${c?.current?.averageValue ?? '<unknown>'}/${s.target.averageValue} (avg)`;
    return `${c?.current?.value ?? '<unknown>'}/${s?.target?.value ?? ''}`;
  });
  return list.length > 2 ? `${list.slice(0, 2).join(', ')} + ${list.length - 2} more...` : list.join(', ');
}

export const HPA_TABLE: TableDef = {
  columns: [
    NAME,
    { name: 'Reference', cell: (o) => `${o.spec?.scaleTargetRef?.kind ?? ''}/${o.spec?.scaleTargetRef?.name ?? ''}` },
    { name: 'Targets', cell: hpaTargets },
    { name: 'MinPods', cell: (o) => (o.spec?.minReplicas !== undefined ? String(o.spec.minReplicas) : '<unset>') },
    { name: 'MaxPods', cell: (o) => String(o.spec?.maxReplicas ?? 0) },
    { name: 'Replicas', cell: (o) => String(o.status?.currentReplicas ?? 0) },
    AGE,
  ],
};
