/** The workspace (the editor's tabs in the browser) as the prompt's home directory, and the shared utilities reading it. */
import type { Workspace } from '../kubectl/context';
import { resolvePath } from '../sim/sh/redirect';
import { UTILS } from '../sim/sh/utils';
import type { FileNode, FsError, Util } from '../sim/sh/utils/context';
import type { Builtin } from './io';

/** The prompt's home and working directory: workspace paths are relative to it. */
export const HOME = '/root';

/** The workspace path a shell path names: relative under the home directory ('' the home itself), absolute elsewhere (`/tmp/x`). */
export function workspacePath(path: string): string {
  const p = resolvePath(path, HOME);
  if (p === HOME) return '';
  return p.startsWith(HOME + '/') ? p.slice(HOME.length + 1) : p;
}

/** The names directly inside a workspace folder ('' the home), with whether each is a folder; undefined when it is none. */
function entries(fs: Workspace, dir: string): Map<string, { type: 'file' | 'dir' }> | undefined {
  const prefix = dir && !dir.endsWith('/') ? dir + '/' : dir;
  const names = new Map<string, { type: 'file' | 'dir' }>();
  for (const p of fs.list()) {
    if (!p.startsWith(prefix)) continue;
    const [name, ...rest] = p.slice(prefix.length).split('/');
    if (rest.length || names.get(name)?.type !== 'dir') names.set(name, { type: rest.length ? 'dir' : 'file' });
  }
  return names.size || dir === '' ? names : undefined;
}

/**
 * What a shell path names in the workspace: a file (its text), a folder (a prefix of files' paths,
 * and the home), or nothing. The learner owns what is in their home; the workspace keeps no times,
 * so every entry shows `now`.
 */
export function workspaceNode(fs: Workspace, path: string, now: number): FileNode | undefined {
  const p = workspacePath(path);
  const text = p ? fs.read(p) : undefined;
  if (text !== undefined) return { type: 'file', mode: 0o644, uid: 0, gid: 0, mtime: now, content: text };
  const children = entries(fs, p);
  return children && { type: 'dir', mode: 0o755, uid: 0, gid: 0, mtime: now, children };
}

/** Write a file of the workspace by its shell path. */
export function writeWorkspace(fs: Workspace, path: string, text: string): FsError | undefined {
  const p = workspacePath(path);
  if (workspaceNode(fs, path, 0)?.type === 'dir') return 'EISDIR';
  fs.write(p, text);
  return undefined;
}

/** Remove a file, or with `recursive` a folder and all below it. */
function removeWorkspace(fs: Workspace, path: string, recursive: boolean): FsError | undefined {
  const n = workspaceNode(fs, path, 0);
  const p = workspacePath(path);
  if (!n) return 'ENOENT';
  if (n.type === 'file') return void fs.remove(p);
  if (!recursive) return 'EISDIR';
  const prefix = p && !p.endsWith('/') ? p + '/' : p;
  for (const f of fs.list()) if (f.startsWith(prefix)) fs.remove(f);
  return undefined;
}

/** A shared utility at the prompt: GNU coreutils and bash's builtins, reading the workspace. */
function atPrompt(util: Util): Builtin {
  return (args, env) => {
    const node = (p: string) => workspaceNode(env.fs, p, env.cluster.now());
    return util(args, {
      stdin: env.stdin,
      read: (p) => {
        const n = node(p);
        return n?.type === 'file' ? (n.content ?? '') : { error: n ? 'EISDIR' : 'ENOENT' };
      },
      flavor: 'gnu',
      shell: 'bash: ',
      stat: node,
      list: (p) => {
        const names = entries(env.fs, workspacePath(p));
        return names && [...names.keys()].sort();
      },
      remove: (p, recursive) => removeWorkspace(env.fs, p, recursive),
      write: (p, text) => writeWorkspace(env.fs, p, text),
      // the learner is root on their machine, as in the containers they open
      userName: (uid) => (uid === 0 ? 'root' : undefined),
      groupName: (gid) => (gid === 0 ? 'root' : undefined),
    });
  };
}

/** The shared utilities as prompt builtins. */
export const TEXT_BUILTINS: Record<string, Builtin> = Object.fromEntries(Object.entries(UTILS).map(([name, util]) => [name, atPrompt(util)]));
