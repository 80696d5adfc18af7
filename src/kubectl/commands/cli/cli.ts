/**
 * kubectl's commands about kubectl itself: `options` (the global flags), `plugin` (no plugins on
 * the playground's PATH) and `completion` (its argument checks; the scripts are not simulated).
 */
import type { CommandDef } from '../../command';
import { KubectlError } from '../../errors';
import { HELP, OPTIONS } from '../../help/misc';

const SHELLS = ['bash', 'zsh', 'fish', 'powershell'];

export const cliCommands: CommandDef[] = [
  {
    path: ['options'],
    short: 'Print the list of flags inherited by all commands',
    help: HELP.options,
    flags: [],
    run(_p, _ctx, out) {
      out.write(OPTIONS);
    },
  },
  {
    path: ['plugin'],
    short: 'Provides utilities for interacting with plugins',
    help: HELP.plugin,
    flags: [],
    run(p, _ctx, out) {
      const [sub] = p.args;
      if (sub === undefined) out.fail(HELP.plugin);
      else out.fail(`error: unknown command "${sub}"\nSee 'kubectl plugin -h' for help and examples`);
    },
  },
  {
    path: ['plugin', 'list'],
    short: 'List all visible plugin executables on a user\'s PATH',
    help: HELP['plugin list'],
    flags: [{ name: 'name-only', type: 'bool' }],
    run() {
      throw new KubectlError('unable to find any kubectl plugins in your PATH');
    },
  },
  {
    path: ['completion'],
    short: 'Output shell completion code for the specified shell (bash, zsh, fish, or powershell)',
    help: HELP.completion,
    flags: [],
    run(p, _ctx, out) {
      const usage = "\nSee 'kubectl completion -h' for help and examples";
      if (p.args.length === 0) throw new KubectlError(`Shell not specified.${usage}`);
      if (p.args.length > 1) throw new KubectlError(`Too many arguments. Expected only the shell type.${usage}`);
      if (!SHELLS.includes(p.args[0])) throw new KubectlError(`Unsupported shell type "${p.args[0]}".${usage}`);
      out.fail(`error: "kubectl completion ${p.args[0]}" is not simulated in this playground: the prompt completes with Tab on its own`);
    },
  },
];
