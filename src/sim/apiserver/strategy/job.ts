import type { KObject } from '../../types';

/** batch/v1 label keys of a Job's pods (api batch/v1 types.go), new and legacy. */
const JOB_NAME_LABEL = 'batch.kubernetes.io/job-name';
const CONTROLLER_UID_LABEL = 'batch.kubernetes.io/controller-uid';
const LEGACY_JOB_NAME_LABEL = 'job-name';
const LEGACY_CONTROLLER_UID_LABEL = 'controller-uid';

/**
 * The Job strategy's generateSelector (k/k pkg/registry/batch/job/strategy.go): unless
 * `manualSelector` is true, the template gets the job-name and controller-uid labels (both
 * spellings, user values kept) and the selector matches the new controller-uid label.
 */
export function generateJobSelector(job: KObject): void {
  const spec = job.spec;
  if (!spec || spec.manualSelector === true) return;
  const tpl = (spec.template ??= {});
  const labels = ((tpl.metadata ??= {}).labels ??= {});
  for (const k of [LEGACY_JOB_NAME_LABEL, JOB_NAME_LABEL]) labels[k] ??= job.metadata.name;
  for (const k of [LEGACY_CONTROLLER_UID_LABEL, CONTROLLER_UID_LABEL]) labels[k] ??= job.metadata.uid;
  const sel = (spec.selector ??= {});
  (sel.matchLabels ??= {})[CONTROLLER_UID_LABEL] ??= job.metadata.uid;
}
