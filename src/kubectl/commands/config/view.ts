/** `kubectl config view`: the kubeconfig, secrets redacted unless `--raw`, only the current context with `--minify`. */
import type { KObject } from '../../../sim/types';
import type { CommandDef } from '../../command';
import { KubectlError } from '../../errors';
import { configObject } from '../../kubeconfig';
import { printObjects } from '../../printers';
import { configHelp, kubeconfigOf } from './common';

const VIEW_FORMATS = ['go-template', 'go-template-file', 'json', 'jsonpath', 'jsonpath-as-json', 'jsonpath-file', 'name', 'template', 'templatefile', 'yaml'];

export const configViewCommands: CommandDef[] = [
  {
    path: ['config', 'view'],
    short: 'Display merged kubeconfig settings or a specified kubeconfig file',
    help: configHelp('view'),
    flags: [
      { name: 'output', short: 'o', type: 'string', default: 'yaml' },
      { name: 'raw', type: 'bool' },
      { name: 'minify', type: 'bool' },
      { name: 'flatten', type: 'bool' },
      { name: 'merge', type: 'bool', default: true },
      { name: 'template', type: 'string' },
      { name: 'allow-missing-template-keys', type: 'bool', default: true },
      { name: 'show-managed-fields', type: 'bool' },
    ],
    run(p, ctx, out) {
      if (p.args.length) throw new KubectlError(`unexpected arguments: [${p.args.join(' ')}]\nSee 'kubectl config view -h' for help and examples`);
      const cfg = configObject(kubeconfigOf(ctx), {
        // --flatten embeds the files' contents: the playground's stanzas already hold them
        raw: !!p.flags.raw || !!p.flags.flatten,
        minify: !!p.flags.minify,
        context: p.flags.context as string | undefined,
      });
      const template = p.flags.template as string | undefined;
      let fmt = String(p.flags.output ?? 'yaml');
      if (template && !p.set.has('output')) fmt = 'go-template';
      if (fmt === 'go-template' || fmt === 'template') fmt = `go-template=${template ?? ''}`;
      // a Config has no metadata: -o name has no name to print
      if (fmt === 'name') return out.line('config/<unknown>');
      const known = VIEW_FORMATS.includes(fmt.split('=')[0]);
      if (!known) throw new KubectlError(`unable to match a printer suitable for the output format "${fmt}", allowed formats are: ${VIEW_FORMATS.join(',')}`);
      out.write(printObjects([cfg as unknown as KObject], fmt, { list: false, keepKeyOrder: true, allowedFormats: VIEW_FORMATS }));
    },
  },
];
