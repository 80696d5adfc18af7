/** `kubectl rollout restart (TYPE NAME | TYPE/NAME)` (kubectl rollout_restart.go, objectrestarter.go). */
import type { KubectlContext, Output } from '../../context';
import type { ParsedArgs } from '../../flags';
import type { CommandDef } from '../../command';
import { failWith, rolloutTargets, quotedResource, refOf, SELECTION_FLAGS, writeBack } from './common';

export const rolloutRestartCommands: CommandDef[] = [];

const RESTARTED_AT_ANNOTATION = 'kubectl.kubernetes.io/restartedAt';

function run(p: ParsedArgs, ctx: KubectlContext, out: Output): void {
  const found = rolloutTargets(p, ctx, out);
  if (!found) return;
  const { targets, errors: allErrs } = found;
  for (const t of targets) {
    const obj = t.obj!;
    if (!['Deployment', 'DaemonSet', 'StatefulSet'].includes(t.rt.kind)) {
      allErrs.push(`error: ${quotedResource(t)} restarting is not supported`);
      continue;
    }
    if (t.rt.kind === 'Deployment' && obj.spec?.paused) {
      allErrs.push(`error: ${quotedResource(t)} can't restart paused deployment (run rollout resume first)`);
      continue;
    }
    const now = ctx.cluster.clock.isoNow();
    if (obj.spec?.template?.metadata?.annotations?.[RESTARTED_AT_ANNOTATION] === now) {
      allErrs.push(`failed to create patch for ${t.name}: if restart has already been triggered within the past second, please wait before attempting to trigger another`);
      continue;
    }
    const upd = structuredClone(obj);
    upd.spec.template ??= {};
    upd.spec.template.metadata ??= {};
    upd.spec.template.metadata.annotations = { ...(upd.spec.template.metadata.annotations ?? {}), [RESTARTED_AT_ANNOTATION]: now };
    try {
      writeBack(ctx, upd);
    } catch (e) {
      allErrs.push(`failed to patch: ${e instanceof Error ? e.message : String(e)}`);
      continue;
    }
    out.line(`${refOf(t)} restarted`);
  }
  failWith(out, allErrs);
}

rolloutRestartCommands.push({ path: ['rollout', 'restart'], short: 'Restart a resource', flags: SELECTION_FLAGS, run });
