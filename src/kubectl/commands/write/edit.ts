/**
 * `kubectl edit`: needs an editor. The browser terminal intercepts it and opens the live object in
 * the YAML editor; anywhere else (the CLI, checks) it explains that honestly.
 */
import { registerCommand } from '../../registry';
import { FILENAME_FLAGS, flushErrors, OUTPUT_FLAG } from './common';
import { selectTargets } from './targets';

/** What the browser looks for to open the editor instead. */
export const EDIT_UNAVAILABLE = 'error: kubectl edit needs an editor: it works in the browser terminal (the object opens in the editor); here, use kubectl get -o yaml > file, change the file, then kubectl apply -f file';

registerCommand({
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
    out.fail(EDIT_UNAVAILABLE);
  },
});
