/**
 * How kubectl's cobra root answers an unknown command: `error: unknown command "X" for "kubectl"`
 * with cobra's "Did you mean this?" (case-insensitive Levenshtein distance <= 2, a prefix, or a
 * command's SuggestFor words), over every available kubectl v1.34 command in the order kubectl
 * adds them, implemented here or not.
 */
import { editDistance } from '../sim/edit-distance';

/** kubectl v1.34's top-level commands in the order cmd.go adds them (help groups, then the rest). */
const KUBECTL_COMMANDS = [
  'create', 'expose', 'run', 'set', 'explain', 'get', 'edit', 'delete', 'rollout', 'scale', 'autoscale',
  'certificate', 'cluster-info', 'top', 'cordon', 'uncordon', 'drain', 'taint', 'describe', 'logs', 'attach',
  'exec', 'port-forward', 'proxy', 'cp', 'auth', 'debug', 'events', 'diff', 'apply', 'patch', 'replace',
  'wait', 'kustomize', 'label', 'annotate', 'completion', 'config', 'plugin', 'version', 'api-versions',
  'api-resources', 'options',
];

/** Commands' SuggestFor lists (get_cmd.go, delete.go, wait.go). */
const SUGGEST_FOR: Record<string, string[]> = {
  get: ['list', 'ps'],
  delete: ['rm'],
  wait: ['list', 'ps'],
};

/** cobra's SuggestionsFor at the root, in command order. */
function suggestionsFor(typed: string): string[] {
  const t = typed.toLowerCase();
  const out: string[] = [];
  for (const name of KUBECTL_COMMANDS) {
    if (editDistance(t, name) <= 2 || name.startsWith(t)) out.push(name);
    for (const s of SUGGEST_FOR[name] ?? []) if (s === t) out.push(name);
  }
  return out;
}

/** The message (without the `error: ` prefix) for an unknown top-level command; a kubectl command the playground lacks says so. */
export function unknownCommandMessage(typed: string): string {
  if (KUBECTL_COMMANDS.includes(typed)) return `"kubectl ${typed}" is not simulated in this playground`;
  const hits = suggestionsFor(typed);
  const suggestion = hits.length ? `\n\nDid you mean this?\n${hits.map((h) => `\t${h}\n`).join('')}` : '';
  return `unknown command "${typed}" for "kubectl"${suggestion}`;
}
