/** The shared text utilities and `ls` over the workspace (the editor's tabs in the browser). */
import { normalizePath, type Workspace } from '../kubectl/context';
import { StreamWriter } from '../sim/sh/streams';
import { UTILS } from '../sim/sh/utils';
import type { Util, UtilCtx } from '../sim/sh/utils/context';
import type { Builtin } from './io';

/** Whether `path` names a folder of the workspace (a prefix of some file's path). */
function isFolder(fs: Workspace, path: string): boolean {
  const prefix = normalizePath(path).replace(/\/$/, '') + '/';
  return fs.list().some((p) => p.startsWith(prefix));
}

/** A shared utility at the prompt: GNU coreutils and bash's builtins, reading the workspace. */
function atPrompt(util: Util): Builtin {
  return (args, env) => {
    const ctx: UtilCtx = {
      stdin: env.stdin,
      read: (p) => env.fs.read(p) ?? { error: isFolder(env.fs, p) ? 'EISDIR' : 'ENOENT' },
      flavor: 'gnu',
      shell: 'bash: ',
    };
    return util(args, ctx);
  };
}

/** The shared utilities as prompt builtins. */
export const TEXT_BUILTINS: Record<string, Builtin> = Object.fromEntries(Object.entries(UTILS).map(([name, util]) => [name, atPrompt(util)]));

/** `ls [path...]`: the workspace's files, directories collapsed. */
export const ls: Builtin = (args, env) => {
  const w = new StreamWriter();
  const paths = args.filter((a) => !a.startsWith('-'));
  const all = env.fs.list();
  const show = (dir: string): string[] => {
    const prefix = dir ? dir.replace(/\/$/, '') + '/' : '';
    const names = new Set<string>();
    for (const p of all) if (p.startsWith(prefix)) names.add(p.slice(prefix.length).split('/')[0]);
    return [...names].sort();
  };
  const targets = paths.length ? paths : [''];
  for (const t of targets) {
    const norm = normalizePath(t);
    if (t && env.fs.read(t) !== undefined) {
      w.out(t + '\n');
      continue;
    }
    const names = show(norm === '.' ? '' : norm);
    if (t && t !== '.' && !names.length) {
      w.err(`ls: cannot access '${t}': No such file or directory`, 2);
      continue;
    }
    if (targets.length > 1) w.out(`${t}:\n`);
    if (names.length) w.out(names.join('\n') + '\n');
  }
  return w.done();
};
