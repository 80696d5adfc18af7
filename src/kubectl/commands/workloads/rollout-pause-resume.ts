/** `kubectl rollout pause|resume (TYPE NAME | TYPE/NAME)` (kubectl rollout_pause.go, rollout_resume.go, objectpauser.go, objectresumer.go). */
import type { KubectlContext, Output } from '../../context';
import type { ParsedArgs } from '../../flags';
import type { CommandDef } from '../../command';
import { failWith, rolloutTargets, quotedResource, refOf, SELECTION_FLAGS, writeBack } from './common';

export const rolloutPauseResumeCommands: CommandDef[] = [];

function toggle(paused: boolean, p: ParsedArgs, ctx: KubectlContext, out: Output): void {
  const found = rolloutTargets(p, ctx, out);
  if (!found) return;
  const { targets, errors: allErrs } = found;
  for (const t of targets) {
    if (t.rt.kind !== 'Deployment') {
      allErrs.push(`error: ${quotedResource(t)} ${paused ? 'pausing' : 'resuming'} is not supported`);
      continue;
    }
    const d = t.obj!;
    if (!!d.spec?.paused === paused) {
      allErrs.push(`error: ${quotedResource(t)} ${paused ? 'is already paused' : 'is not paused'}`);
      continue;
    }
    const upd = structuredClone(d);
    if (paused) upd.spec.paused = true;
    else delete upd.spec.paused;
    try {
      writeBack(ctx, upd);
    } catch (e) {
      allErrs.push(`failed to patch: ${e instanceof Error ? e.message : String(e)}`);
      continue;
    }
    out.line(`${refOf(t)} ${paused ? 'paused' : 'resumed'}`);
  }
  failWith(out, allErrs);
}

rolloutPauseResumeCommands.push({ path: ['rollout', 'pause'], short: 'Mark the provided resource as paused', flags: SELECTION_FLAGS, run: (p, ctx, out) => toggle(true, p, ctx, out) });
rolloutPauseResumeCommands.push({ path: ['rollout', 'resume'], short: 'Resume a paused resource', flags: SELECTION_FLAGS, run: (p, ctx, out) => toggle(false, p, ctx, out) });
