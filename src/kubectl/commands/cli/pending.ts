/**
 * kubectl commands the playground knows but does not run yet: `--help`, their flags (read from
 * the help text's Options, so a flag error is cobra's) and their first argument checks are
 * kubectl v1.34's; past those they say they are not simulated.
 */
import type { CommandDef } from '../../command';
import type { Output } from '../../context';
import { KubectlError } from '../../errors';
import type { FlagSpec, ParsedArgs } from '../../flags';
import { HELP } from '../../help/pending';

/** The flags a help text lists under Options: type from the default's form, as pflag prints it. */
function flagsFromHelp(help: string): FlagSpec[] {
  const specs: FlagSpec[] = [];
  const options = help.slice(help.indexOf('\nOptions:\n'), help.indexOf('\nUsage:\n'));
  for (const m of options.matchAll(/^ {4}(?:-(\w), )?--([\w-]+)=(.*):$/gm)) {
    const [, short, name, def] = m;
    let type: FlagSpec['type'] = 'string';
    if (def === 'true' || def === 'false') type = 'bool';
    else if (def.startsWith('[')) type = 'stringArray';
    else if (/^-?\d+$/.test(def)) type = 'int';
    else if (/^\d+(\.\d+)?(ns|us|ms|s|m|h)/.test(def)) type = 'duration';
    specs.push({ name, ...(short ? { short } : {}), type, ...(name === 'dry-run' ? { noOptDefault: 'unchanged' } : {}) });
  }
  return specs;
}

/** kubectl's first check of each command's arguments (what it says before it needs a server). */
const CHECKS: Record<string, (p: ParsedArgs) => string | undefined> = {
  attach: (p) => (p.args.length ? undefined : 'at least 1 argument is required for attach'),
  'port-forward': (p) => (p.args.length < 2 ? "TYPE/NAME and list of ports are required for port-forward\nSee 'kubectl port-forward -h' for help and examples" : undefined),
  proxy: () => undefined,
  cp: (p) => (p.args.length < 2 ? 'source and destination are required' : !p.args.some((a) => a.includes(':')) ? 'one of src or dest must be a remote file specification' : undefined),
  debug: (p) => (!p.flags.image && !p.flags['copy-to'] && p.flags.custom === undefined ? 'you must specify --image when not using --copy-to.' : undefined),
  diff: (p) => (!(p.flags.filename as string[] | undefined)?.length && !p.flags.kustomize ? 'must specify one of -f and -k' : undefined),
  kustomize: () => undefined,
};

/** `kubectl diff` fails with 2 (1 means "differences found"). */
const EXIT: Record<string, number> = { diff: 2 };

export const pendingCommands: CommandDef[] = Object.keys(CHECKS).map((name) => ({
  path: [name],
  short: HELP[name].split('\n')[0].replace(/\.$/, ''),
  help: HELP[name],
  flags: flagsFromHelp(HELP[name]),
  run(p: ParsedArgs, _ctx: unknown, out: Output) {
    const problem = CHECKS[name](p);
    if (problem) return out.fail(`error: ${problem}`, EXIT[name] ?? 1);
    throw new KubectlError(`"kubectl ${name}" is not simulated in this playground`);
  },
}));
