/**
 * `kubectl certificate approve|deny CSR...`: the simulated API server serves no
 * certificatesigningrequests, so after its argument checks kubectl meets the REST mapper's error,
 * as the real kubectl does against it.
 */
import type { CommandDef } from '../../command';
import { KubectlError } from '../../errors';
import { HELP } from '../../help/misc';
import { FILENAME_FLAGS, OUTPUT_FLAG } from './common';

const CSR = 'certificatesigningrequests';

export const certificateCommands: CommandDef[] = [
  {
    path: ['certificate'],
    short: 'Modify certificate resources',
    help: HELP.certificate,
    flags: [],
    run(p, _ctx, out) {
      const [sub] = p.args;
      if (sub === undefined) out.write(HELP.certificate);
      else out.fail(`error: unknown command "${sub}"\nSee 'kubectl certificate -h' for help and examples`);
    },
  },
  ...(['approve', 'deny'] as const).map(
    (verb): CommandDef => ({
      path: ['certificate', verb],
      short: verb === 'approve' ? 'Approve a certificate signing request' : 'Deny a certificate signing request',
      help: HELP[`certificate ${verb}`],
      flags: [
        ...FILENAME_FLAGS,
        { name: 'force', type: 'bool' },
        OUTPUT_FLAG,
        { name: 'allow-missing-template-keys', type: 'bool', default: true },
        { name: 'show-managed-fields', type: 'bool' },
        { name: 'template', type: 'string' },
      ],
      run(p, ctx) {
        const files = (p.flags.filename as string[] | undefined) ?? [];
        if (!p.args.length && !files.length && !p.flags.kustomize) throw new KubectlError('one or more CSRs must be specified as <name> or -f <filename>');
        // the server keeps no CSRs: each named one is NotFound, as on a cluster without it
        for (const name of p.args) ctx.cluster.api.get(CSR, undefined, name);
        throw new KubectlError(`"kubectl certificate ${verb}" is not simulated in this playground`);
      },
    }),
  ),
];
