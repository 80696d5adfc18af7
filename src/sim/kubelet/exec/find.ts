/** find: the starting points walked depth-first, with -mindepth / -maxdepth, -type, -name, and -print or -delete. */
import type { Command } from './host';
import { gnu, path } from './args';
import { fsErrorText } from '../../sh/utils/context';

/** A shell glob (`*.log`, `a?c`, `[ab]*`) as a regular expression over a whole name. */
function globRe(glob: string): RegExp {
  let re = '';
  for (const ch of glob) re += ch === '*' ? '.*' : ch === '?' ? '.' : ch === '[' || ch === ']' ? ch : ch.replace(/[.*+?^${}()|\\]/g, '\\$&');
  return new RegExp(`^${re}$`);
}

interface Test {
  min: number;
  max: number;
  type?: string;
  name?: RegExp;
  del: boolean;
}

export const find: Command = (argv, c) => {
  const starts: string[] = [];
  const t: Test = { min: 0, max: Infinity, del: false };
  const args = argv.slice(1);
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const value = () => args[++i];
    if (!a.startsWith('-') || a === '-') starts.push(a);
    else if (a === '-mindepth') t.min = Number(value());
    else if (a === '-maxdepth') t.max = Number(value());
    else if (a === '-type') t.type = value();
    else if (a === '-name') t.name = globRe(value() ?? '');
    else if (a === '-delete') t.del = true;
    else if (a !== '-print') {
      const msg = gnu(c) ? `find: unknown predicate \`${a}'\n` : `find: unrecognized: ${a}\n`;
      return { out: '', err: msg, code: 1 };
    }
  }
  if (!starts.length) starts.push('.');
  let out = '';
  let err = '';
  const matches = (name: string, isDir: boolean, depth: number) =>
    depth >= t.min && (!t.type || t.type === (isDir ? 'd' : 'f')) && (!t.name || t.name.test(name));
  const walk = (shown: string, abs: string, depth: number): void => {
    const node = c.host.fs.stat(abs, false);
    if (!node) {
      err += gnu(c) ? `find: '${shown}': ${fsErrorText('ENOENT')}\n` : `find: ${shown}: ${fsErrorText('ENOENT')}\n`;
      return;
    }
    const isDir = node.type === 'dir';
    const hit = matches(shown.split('/').pop() ?? shown, isDir, depth);
    if (hit && !t.del) out += shown + '\n';
    if (isDir && depth < t.max) for (const child of c.host.fs.list(abs) ?? []) walk(`${shown.replace(/\/$/, '')}/${child}`, `${abs}/${child}`, depth + 1);
    // -delete implies -depth: children go first, so a directory is empty when its turn comes
    if (hit && t.del) {
      const e = c.host.fs.remove(abs, true);
      if (e) err += `find: cannot delete '${shown}': ${fsErrorText(e)}\n`;
    }
  };
  for (const s of starts) walk(s, path(c, s), 0);
  return { out, err, code: err ? 1 : 0 };
};
