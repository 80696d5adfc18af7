import { CommandResult, KubectlContext, Output } from './context';
import { unknownCommandMessage } from './cobra';
import { errorText } from './errors';
import { FlagError, missingRequiredFlags, parseFlags } from './flags';
import { clusterFor, requestUser } from './identity';
import type { CommandDef } from './command';
import { COMMANDS } from './commands';
import { Kubeconfig } from './kubeconfig';
import { klogLine } from '../sim/klog';
import { dryRunDeprecation } from './commands/write/common';
import { ADMIN } from '../sim/apiserver/auth/user';

/** Run one kubectl invocation (argv without the leading `kubectl`). */
export function runKubectl(argv: string[], ctx: KubectlContext): CommandResult {
  const out = new Output();
  const found = findCommand(argv);
  if (!found) {
    const first = argv.find((a) => !a.startsWith('-'));
    if (first === undefined) {
      out.line('kubectl controls the Kubernetes cluster manager.');
      return out.result();
    }
    out.fail(`error: ${unknownCommandMessage(first)}`);
    return out.result();
  }
  const { def, rest } = found;
  if (def.help && wantsHelp(rest)) {
    out.write(def.help);
    return out.result();
  }
  let parsed;
  try {
    parsed = parseFlags(rest, def.flags);
  } catch (e) {
    if (e instanceof FlagError) {
      out.fail(`error: ${e.message}\nSee 'kubectl ${def.path.join(' ')} --help' for usage.`);
      return out.result();
    }
    throw e;
  }
  const missing = missingRequiredFlags(parsed, def.flags);
  if (missing) {
    out.fail(`error: ${missing}`);
    return out.result();
  }
  try {
    const kubeconfig = (ctx.kubeconfig ?? new Kubeconfig()).load(ctx.cluster);
    // the global --context, --cluster, --user and -n, where the command has no flag of that name (create rolebinding --user, config set-context --namespace)
    const global = (name: string) => (def.flags.some((f) => f.name === name) ? undefined : (parsed.flags[name] as string | undefined));
    // only commands that never build a client config skip the impersonation checks
    const clientOnly = def.path[0] === 'config' || (def.path[0] === 'version' && parsed.flags.client === true);
    const authInfo = kubeconfig.userFor({ context: global('context'), user: global('user') });
    const user = clientOnly ? ADMIN : requestUser(parsed, authInfo, kubeconfig.users.get(authInfo), ctx.cluster);
    const cluster = clusterFor(ctx.cluster, user, def.path[0]);
    // commands read --dry-run in Complete, so its klog warning comes before their output
    const deprecated = def.flags.some((f) => f.name === 'dry-run') ? dryRunDeprecation(parsed) : undefined;
    if (deprecated) out.warn(klogLine('W', ctx.cluster.now(), deprecated.at, deprecated.msg));
    // the API server's warning headers, printed as they arrive
    ctx.cluster.api.warningSink = (m) => out.warn(`Warning: ${m}`);
    const contextNamespace = def.path[0] === 'config' ? '' : kubeconfig.namespaceFor({ context: global('context'), cluster: global('cluster'), user: global('user') });
    // the context's namespace, unless -n says otherwise
    const namespace = global('namespace') || contextNamespace || ctx.namespace;
    def.run(parsed, { ...ctx, cluster, namespace, kubeconfig }, out);
  } catch (e) {
    out.fail(errorText(e));
  } finally {
    ctx.cluster.api.warningSink = undefined;
  }
  ctx.cluster.runUntilIdle();
  return out.result();
}

/** cobra's help flag: `--help` or `-h` before `--`. */
function wantsHelp(argv: string[]): boolean {
  for (const a of argv) {
    if (a === '--') return false;
    if (a === '--help' || a === '--help=true' || a === '-h') return true;
  }
  return false;
}

/** Longest command path matching the leading non-flag words. */
export function findCommand(argv: string[]): { def: CommandDef; rest: string[] } | undefined {
  let best: { def: CommandDef; rest: string[] } | undefined;
  for (const def of COMMANDS) {
    const words: number[] = [];
    let i = 0;
    for (let w = 0; w < def.path.length; w++) {
      // global flags may precede the command words (`kubectl -n kube-system get pods`)
      while (i < argv.length && argv[i].startsWith('-')) i += argv[i].includes('=') || !takesValue(argv[i]) ? 1 : 2;
      if (argv[i] !== def.path[w]) break;
      words.push(i);
      i++;
    }
    if (words.length !== def.path.length) continue;
    if (!best || def.path.length > best.def.path.length) {
      best = { def, rest: argv.filter((_, k) => !words.includes(k)) };
    }
  }
  return best;
}

function takesValue(flag: string): boolean {
  return ['-n', '--namespace', '--context', '--kubeconfig', '--as', '--as-group', '--user', '--cluster', '-s', '--server', '--token'].includes(flag);
}
