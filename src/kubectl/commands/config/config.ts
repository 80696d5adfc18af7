/** `kubectl config` without (or with an unknown) subcommand: its help on stderr, exit code 1. */
import type { CommandDef } from '../../command';
import { configHelp } from './common';

export const configGroupCommands: CommandDef[] = [
  {
    path: ['config'],
    short: 'Modify kubeconfig files',
    help: configHelp(),
    flags: [],
    run(p, _ctx, out) {
      const [sub] = p.args;
      if (sub === undefined) out.fail(configHelp());
      else out.fail(`error: unknown command "${sub}"\nSee 'kubectl config -h' for help and examples`);
    },
  },
];
