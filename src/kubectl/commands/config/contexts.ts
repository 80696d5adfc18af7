/**
 * The kubeconfig's contexts: `kubectl config current-context`, `get-contexts`, `use-context`,
 * `set-context` (`--current --namespace=X` changes where the following commands work),
 * `delete-context`, `rename-context`.
 */
import type { CommandDef } from '../../command';
import { KubectlError } from '../../errors';
import { KUBECONFIG_PATH } from '../../kubeconfig';
import { tabwrite } from '../../printers/tabwriter';
import { configHelp, goList, helpError, kubeconfigOf } from './common';

export const configContextCommands: CommandDef[] = [];

configContextCommands.push({
  path: ['config', 'current-context'],
  short: 'Display the current-context',
  help: configHelp('current-context'),
  flags: [],
  run(_p, ctx, out) {
    const cfg = kubeconfigOf(ctx);
    if (!cfg.currentContext) throw new KubectlError('current-context is not set');
    out.line(cfg.currentContext);
  },
});

configContextCommands.push({
  path: ['config', 'get-contexts'],
  short: 'Describe one or many contexts',
  help: configHelp('get-contexts'),
  flags: [
    { name: 'output', short: 'o', type: 'string', default: '' },
    { name: 'no-headers', type: 'bool' },
  ],
  run(p, ctx, out) {
    const fmt = String(p.flags.output ?? '');
    if (fmt !== '' && fmt !== 'name') throw new KubectlError(`--output ${fmt} is not available in kubectl config get-contexts; resetting to default output format`);
    const cfg = kubeconfigOf(ctx);
    const nameOnly = fmt === 'name';
    const missing = p.args.filter((n) => !cfg.contexts.has(n));
    const names = (p.args.length ? p.args.filter((n) => cfg.contexts.has(n)) : [...cfg.contexts.keys()]).sort();
    const rows: string[][] = [];
    if (!nameOnly && !p.flags['no-headers']) rows.push(['CURRENT', 'NAME', 'CLUSTER', 'AUTHINFO', 'NAMESPACE']);
    for (const name of names) {
      const c = cfg.contexts.get(name)!;
      rows.push(nameOnly ? [name] : [cfg.currentContext === name ? '*' : '', name, c.cluster, c.user, c.namespace ?? '']);
    }
    out.write(tabwrite(rows));
    // one error is kubectl's `error: ...`; several are listed one a line
    if (missing.length === 1) out.fail(`error: context ${missing[0]} not found`);
    else if (missing.length) out.fail(missing.map((n) => `context ${n} not found`).join('\n'));
  },
});

configContextCommands.push({
  path: ['config', 'use-context'],
  short: 'Set the current-context in a kubeconfig file',
  help: configHelp('use-context'),
  flags: [],
  run(p, ctx, out) {
    if (p.args.length !== 1) return helpError(out, 'use-context', `Unexpected args: ${goList(p.args)}`);
    const [name] = p.args;
    if (!name) throw new KubectlError('empty context names are not allowed');
    const cfg = kubeconfigOf(ctx);
    if (!cfg.contexts.has(name)) throw new KubectlError(`no context exists with the name: "${name}"`);
    cfg.currentContext = name;
    out.line(`Switched to context "${name}".`);
  },
});
// cobra's alias
configContextCommands.push({ ...configContextCommands[configContextCommands.length - 1], path: ['config', 'use'] });

configContextCommands.push({
  path: ['config', 'set-context'],
  short: 'Set a context entry in kubeconfig',
  help: configHelp('set-context'),
  flags: [
    { name: 'current', type: 'bool' },
    { name: 'cluster', type: 'string' },
    { name: 'user', type: 'string' },
    { name: 'namespace', type: 'string' },
  ],
  run(p, ctx, out) {
    if (p.args.length > 1) return helpError(out, 'set-context', `Unexpected args: ${goList(p.args)}`);
    const current = !!p.flags.current;
    const given = p.args[0] ?? '';
    if (!given && !current) throw new KubectlError('you must specify a non-empty context name or --current');
    if (given && current) throw new KubectlError('you cannot specify both a context name and --current');
    const cfg = kubeconfigOf(ctx);
    if (current && !cfg.currentContext) throw new KubectlError('no current context is set');
    const name = current ? cfg.currentContext : given;
    const existing = cfg.contexts.get(name);
    const next = { ...(existing ?? { cluster: '', user: '' }) };
    if (p.set.has('cluster')) next.cluster = String(p.flags.cluster);
    if (p.set.has('user')) next.user = String(p.flags.user);
    if (p.set.has('namespace')) next.namespace = String(p.flags.namespace);
    cfg.contexts.set(name, next);
    out.line(`Context "${name}" ${existing ? 'modified' : 'created'}.`);
  },
});

configContextCommands.push({
  path: ['config', 'delete-context'],
  short: 'Delete the specified context from the kubeconfig',
  help: configHelp('delete-context'),
  flags: [],
  run(p, ctx, out) {
    // without exactly one name kubectl prints the help and succeeds
    if (p.args.length !== 1) return out.write(configHelp('delete-context'));
    const cfg = kubeconfigOf(ctx);
    const [name] = p.args;
    if (!cfg.contexts.has(name)) throw new KubectlError(`cannot delete context ${name}, not in ${KUBECONFIG_PATH}`);
    if (cfg.currentContext === name) out.warn('warning: this removed your active context, use "kubectl config use-context" to select a different one');
    cfg.contexts.delete(name);
    out.line(`deleted context ${name} from ${KUBECONFIG_PATH}`);
  },
});

configContextCommands.push({
  path: ['config', 'rename-context'],
  short: 'Rename a context from the kubeconfig file',
  help: configHelp('rename-context'),
  flags: [],
  run(p, ctx, out) {
    if (p.args.length !== 2) return helpError(out, 'rename-context', `Unexpected args: ${goList(p.args)}`);
    const [from, to] = p.args;
    const cfg = kubeconfigOf(ctx);
    const c = cfg.contexts.get(from);
    if (!c) throw new KubectlError(`cannot rename the context "${from}", it's not in ${KUBECONFIG_PATH}`);
    if (cfg.contexts.has(to)) throw new KubectlError(`cannot rename the context "${from}", the context "${to}" already exists in ${KUBECONFIG_PATH}`);
    cfg.contexts.delete(from);
    cfg.contexts.set(to, c);
    if (cfg.currentContext === from) cfg.currentContext = to;
    out.line(`Context "${from}" renamed to "${to}".`);
  },
});
