/**
 * The workload strategies' WarningsOnCreate / WarningsOnUpdate for their pod template
 * (pkg/api/pod/warnings.go GetWarningsForPodTemplate): here the container AppArmor annotation.
 */
import type { AdmissionPlugin } from '../apiserver';
import type { Json } from '../../json';
import { APPARMOR_ANNOTATION_PREFIX } from './apparmor';

/** Where each workload keeps its pod template (the field path its warnings name). */
const TEMPLATE_PATHS: Record<string, string[]> = {
  'deployments.apps': ['spec', 'template'],
  'replicasets.apps': ['spec', 'template'],
  'statefulsets.apps': ['spec', 'template'],
  'daemonsets.apps': ['spec', 'template'],
  replicationcontrollers: ['spec', 'template'],
  'jobs.batch': ['spec', 'template'],
  'cronjobs.batch': ['spec', 'jobTemplate', 'spec', 'template'],
  podtemplates: ['template'],
};

function at(obj: Json, path: string[]): Json | undefined {
  let v: Json | undefined = obj;
  for (const k of path) v = v && typeof v === 'object' && Object.hasOwn(v, k) ? v[k] : undefined;
  return v && typeof v === 'object' ? v : undefined;
}

/**
 * A template's containers (init, regular, ephemeral, as VisitContainersWithPath walks them) with the
 * deprecated AppArmor annotation and no appArmorProfile field of their own or of the pod: one warning each.
 * (For pods applyAppArmorVersionSkew warns instead.)
 */
export function templateAppArmorWarnings(template: Json, path: string): string[] {
  const annotations = template.metadata?.annotations;
  if (!annotations || typeof annotations !== 'object') return [];
  const spec = template.spec ?? {};
  if (spec.securityContext?.appArmorProfile) return [];
  const out: string[] = [];
  for (const list of ['initContainers', 'containers', 'ephemeralContainers']) {
    for (const c of Array.isArray(spec[list]) ? spec[list] : []) {
      if (!c || typeof c !== 'object' || c.securityContext?.appArmorProfile) continue;
      const key = APPARMOR_ANNOTATION_PREFIX + String(c.name ?? '');
      if (Object.hasOwn(annotations, key)) out.push(`${path}.metadata.annotations[${key}]: deprecated since v1.30; use the "appArmorProfile" field instead`);
    }
  }
  return out;
}

/** After field validation: on create, and on an update that changes the spec (the generation moves). */
export const templateWarningsPlugin: AdmissionPlugin = {
  name: 'PodTemplateWarnings',
  phase: 'validate',
  resources: Object.keys(TEMPLATE_PATHS),
  run(obj, ctx) {
    if (ctx.subresource || (ctx.op !== 'CREATE' && ctx.op !== 'UPDATE')) return;
    const key = ctx.rt.group ? `${ctx.rt.plural}.${ctx.rt.group}` : ctx.rt.plural;
    const path = TEMPLATE_PATHS[key];
    const template = path && at(obj, path);
    if (!template) return;
    // a PodTemplate's generation follows its template, the others' their spec
    const body = key === 'podtemplates' ? 'template' : 'spec';
    if (ctx.op === 'UPDATE' && JSON.stringify(obj[body]) === JSON.stringify(ctx.old?.[body])) return;
    for (const w of templateAppArmorWarnings(template, path.join('.'))) ctx.warn(w);
  },
};
