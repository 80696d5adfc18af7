import { resolveResourceArg } from '../../sim/apiserver/resources';
import type { CompletionData } from '../../worker/protocol';
import type { KObject } from '../../sim/types';

/** Top-level commands the shell understands besides kubectl. */
const SHELL_COMMANDS = ['kubectl', 'clear', 'curl', 'echo', 'cat', 'sleep', 'base64', 'wget', 'help', 'history'];

export interface CompletionResult {
  /** The new line and cursor after completing (unchanged when nothing fits). */
  line: string;
  cursor: number;
  /** All candidates, when more than one fits (to list them). */
  candidates: string[];
}

function commonPrefix(words: string[]): string {
  if (!words.length) return '';
  let p = words[0];
  for (const w of words) while (!w.startsWith(p)) p = p.slice(0, -1);
  return p;
}

/** kubectl subcommands that take TYPE [NAME]. */
const TAKES_TYPE = new Set(['get', 'describe', 'delete', 'edit', 'label', 'annotate', 'patch', 'explain', 'scale', 'expose', 'wait', 'cordon', 'uncordon', 'drain']);
/** Subcommands whose argument is a pod name. */
const TAKES_POD = new Set(['logs', 'exec', 'attach', 'port-forward']);

/**
 * Complete the word before the cursor: commands, kubectl subcommands, resource types,
 * and object names from the current view (`kubectl get pods ku<Tab>`).
 */
export function complete(line: string, cursor: number, data: CompletionData | null, objects: readonly KObject[]): CompletionResult {
  const before = line.slice(0, cursor);
  const words = before.split(/\s+/);
  const current = words[words.length - 1];
  const prev = words.slice(0, -1).filter((w) => w !== '');
  const candidates = candidatesFor(prev, current, data, objects).filter((c) => c.startsWith(current));
  const unique = [...new Set(candidates)].sort();
  if (unique.length === 0) return { line, cursor, candidates: [] };
  const prefix = unique.length === 1 ? unique[0] + ' ' : commonPrefix(unique);
  const insert = prefix.slice(current.length);
  return { line: before + insert + line.slice(cursor), cursor: cursor + insert.length, candidates: unique.length > 1 ? unique : [] };
}

function candidatesFor(prev: string[], current: string, data: CompletionData | null, objects: readonly KObject[]): string[] {
  if (prev.length === 0) return SHELL_COMMANDS;
  if (prev[0] !== 'kubectl') return [];
  if (current.startsWith('-')) return ['--namespace', '--all-namespaces', '--output', '--selector', '--show-labels', '--watch', '--filename', '--help'];
  const args = prev.slice(1).filter((w) => !w.startsWith('-'));
  const flagBefore = prev[prev.length - 1];
  if (flagBefore === '-n' || flagBefore === '--namespace') return namesOf(objects, 'Namespace');
  if (flagBefore === '-o' || flagBefore === '--output') return ['wide', 'yaml', 'json', 'name', 'jsonpath='];
  const commands = data?.commands ?? [];
  // still typing the command path (rollout status, create deployment ...)
  const pathMatches = commands.filter((p) => args.every((a, i) => p[i] === a) && p.length > args.length);
  const sub = args[0];
  const isComplete = commands.some((p) => p.length === args.length && p.every((w, i) => args[i] === w));
  if (!isComplete && pathMatches.length) return pathMatches.map((p) => p[args.length]);
  if (args.length === 0) return [...new Set(commands.map((p) => p[0]))];
  if (sub && TAKES_POD.has(sub) && args.length === 1) return namesOf(objects, 'Pod');
  const typeArg = sub === 'rollout' || sub === 'set' ? args[2] : args[1];
  const typeSlot = sub === 'rollout' || sub === 'set' ? 2 : 1;
  if (sub && (TAKES_TYPE.has(sub) || sub === 'rollout' || sub === 'set')) {
    if (args.length === typeSlot) {
      const res = data?.resources ?? [];
      // TYPE/NAME form
      if (current.includes('/')) {
        const [t] = current.split('/');
        const rt = resolveResourceArg(t);
        return rt ? namesOf(objects, rt.kind).map((n) => `${t}/${n}`) : [];
      }
      return res;
    }
    if (args.length > typeSlot && typeArg) {
      const rt = resolveResourceArg(typeArg.split(',')[0]);
      return rt ? namesOf(objects, rt.kind) : [];
    }
  }
  return [];
}

function namesOf(objects: readonly KObject[], kind: string): string[] {
  return objects.filter((o) => o.kind === kind).map((o) => o.metadata.name ?? '');
}
