/** `kubectl apply view-last-applied`: the configuration the last apply recorded, as YAML or JSON. */
import { KubectlError } from '../../errors';
import { toYaml } from '../../printers';
import type { CommandDef } from '../../command';
import { FILENAME_FLAGS, flushErrors, LAST_APPLIED } from './common';
import { selectTargets } from './targets';

export const applyViewLastAppliedCommands: CommandDef[] = [];

/** Go's json.Indent with two spaces (keys keep the stored order). */
function indentJson(text: string): string {
  const trailing = text.match(/\s*$/)?.[0] ?? '';
  return JSON.stringify(JSON.parse(text), null, 2).replace(/[<>&]/g, (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0')) + trailing;
}

applyViewLastAppliedCommands.push({
  path: ['apply', 'view-last-applied'],
  short: 'View the latest last-applied-configuration annotations of a resource/object',
  flags: [...FILENAME_FLAGS, { name: 'output', short: 'o', type: 'string', default: 'yaml' }, { name: 'selector', short: 'l', type: 'string' }, { name: 'all', type: 'bool' }],
  run(p, ctx, out) {
    const fmt = String(p.flags.output);
    if (fmt !== 'yaml' && fmt !== 'json') {
      throw new KubectlError(`Unexpected -o output mode: ${fmt}, the flag 'output' must be one of yaml|json\nSee 'kubectl apply view-last-applied -h' for help and examples`);
    }
    const sel = selectTargets(p, ctx, { args: p.args, selector: p.flags.selector as string | undefined, all: !!p.flags.all, requireObject: true });
    if (sel.errs.length) {
      flushErrors(out, sel.errs);
      return;
    }
    for (const t of sel.targets) {
      // without the annotation kubectl prints nothing (its error is swallowed for objects read from the server)
      const text = t.obj?.metadata.annotations?.[LAST_APPLIED];
      if (!text) continue;
      out.write(fmt === 'json' ? indentJson(text) : toYaml(JSON.parse(text)));
    }
  },
});
