/**
 * kubectl commands the playground knows but does not run yet: `--help`, their flags (read from
 * the help text's Options, so a flag error is cobra's) and their first argument checks are
 * kubectl v1.34's; past those they say they are not simulated.
 */
import type { CommandDef } from '../../command';
import type { Output } from '../../context';
import { KubectlError } from '../../errors';
import type { ParsedArgs } from '../../flags';
import { HELP } from '../../help/pending';
import { flagsFromHelp } from './help-flags';

/** kubectl's first check of each command's arguments (what it says before it needs a server). */
const CHECKS: Record<string, (p: ParsedArgs) => string | undefined> = {
  attach: (p) => (p.args.length ? undefined : 'at least 1 argument is required for attach'),
  'port-forward': (p) => (p.args.length < 2 ? "TYPE/NAME and list of ports are required for port-forward\nSee 'kubectl port-forward -h' for help and examples" : undefined),
  proxy: () => undefined,
  cp: (p) => (p.args.length < 2 ? 'source and destination are required' : !p.args.some((a) => a.includes(':')) ? 'one of src or dest must be a remote file specification' : undefined),
  debug: (p) => (!p.flags.image && !p.flags['copy-to'] && p.flags.custom === undefined ? 'you must specify --image when not using --copy-to.' : undefined),
  kustomize: () => undefined,
};

export const pendingCommands: CommandDef[] = Object.keys(CHECKS).map((name) => ({
  path: [name],
  short: HELP[name].split('\n')[0].replace(/\.$/, ''),
  help: HELP[name],
  flags: flagsFromHelp(HELP[name]),
  run(p: ParsedArgs, _ctx: unknown, out: Output) {
    const problem = CHECKS[name](p);
    if (problem) return out.fail(`error: ${problem}`);
    throw new KubectlError(`"kubectl ${name}" is not simulated in this playground`);
  },
}));
