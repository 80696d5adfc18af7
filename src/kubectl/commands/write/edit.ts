/**
 * `kubectl edit`: the live objects open in an editor; saving patches them (edit-session.ts). The
 * browser's editor tabs are the editor; headless (the CLI, checks) there is none, and it says so.
 */
import type { CommandDef } from '../../command';
import { editSession } from './edit-session';
import { FILENAME_FLAGS, flushErrors, OUTPUT_FLAG } from './common';
import { selectTargets } from './targets';

export const editCommands: CommandDef[] = [];

/** Without an editor: how to make the same change. */
export const EDIT_UNAVAILABLE = 'error: kubectl edit needs an editor: it works in the browser terminal (the object opens in the editor); here, use kubectl get -o yaml > file, change the file, then kubectl apply -f file';

editCommands.push({
  path: ['edit'],
  short: 'Edit a resource on the server',
  flags: [...FILENAME_FLAGS, OUTPUT_FLAG, { name: 'save-config', type: 'bool' }, { name: 'record', type: 'bool' }, { name: 'windows-line-endings', type: 'bool' }, { name: 'validate', type: 'string' }, { name: 'subresource', type: 'string' }],
  run(p, ctx, out) {
    // resolve the targets first, so a typo still gets kubectl's own NotFound error
    const sel = selectTargets(p, ctx, { args: p.args, requireObject: true });
    if (sel.errs.length) {
      flushErrors(out, sel.errs);
      return;
    }
    if (!ctx.editor) {
      out.fail(EDIT_UNAVAILABLE);
      return;
    }
    const targets = sel.targets.map((t) => ({ rt: t.rt, namespace: t.namespace, obj: t.obj! }));
    if (!targets.length) {
      out.fail('error: edit cancelled, no objects found');
      return;
    }
    const first = targets[0].obj;
    const file = targets.length === 1 ? `${first.kind.toLowerCase()}-${first.metadata.name}.yaml` : 'kubectl-edit.yaml';
    ctx.editor.open(editSession(ctx, file, targets));
  },
});
