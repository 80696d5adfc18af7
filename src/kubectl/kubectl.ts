import { CommandResult, KubectlContext, Output } from './context';
import { errorText } from './errors';
import { FlagError, parseFlags } from './flags';
import { clusterFor, requestUser } from './identity';
import { allCommands, type CommandDef } from './registry';
import './commands';

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
    // kubectl's own error handler prints cobra's unknown-command error with a lower-case prefix
    out.fail(`error: unknown command "${first}" for "kubectl"${suggest(first)}`);
    return out.result();
  }
  const { def, rest } = found;
  let parsed;
  try {
    parsed = parseFlags(rest, def.flags);
  } catch (e) {
    if (e instanceof FlagError) {
      // cobra reports flag errors with a capital E, unlike kubectl's own errors
      out.fail(`Error: ${e.message}\nSee 'kubectl ${def.path.join(' ')} --help' for usage.`);
      return out.result();
    }
    throw e;
  }
  try {
    const cluster = clusterFor(ctx.cluster, requestUser(parsed), def.path[0]);
    // the API server's warning headers, printed as they arrive
    ctx.cluster.api.warningSink = (m) => out.warn(`Warning: ${m}`);
    def.run(parsed, { ...ctx, cluster, namespace: (parsed.flags.namespace as string | undefined) ?? ctx.namespace }, out);
  } catch (e) {
    out.fail(errorText(e));
  } finally {
    ctx.cluster.api.warningSink = undefined;
  }
  ctx.cluster.runUntilIdle();
  return out.result();
}

/** Longest command path matching the leading non-flag words. */
function findCommand(argv: string[]): { def: CommandDef; rest: string[] } | undefined {
  let best: { def: CommandDef; rest: string[] } | undefined;
  for (const def of allCommands()) {
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
  return ['-n', '--namespace', '--context', '--kubeconfig', '--as', '--as-group', '--user', '--cluster', '-s', '--server'].includes(flag);
}

/** cobra's "Did you mean this?" uses Levenshtein distance <= 2 or a prefix match. */
function suggest(word: string): string {
  const tops = [...new Set(allCommands().map((c) => c.path[0]))].sort();
  const hits = tops.filter((t) => levenshtein(word, t) <= 2 || t.startsWith(word));
  return hits.length ? `\n\nDid you mean this?\n${hits.map((h) => `\t${h}`).join('\n')}` : '';
}

function levenshtein(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...new Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++)
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
  return d[a.length][b.length];
}
