/** Where a command's output goes after its redirections, applied left to right as file descriptors are. */
import type { Simple } from './parse';
import { dialect } from './dialect';
import { pass, put, type ShellHost, type ShellState, type Sink } from './host';

export type Redirects = Simple['redirects'];

/** A path made absolute against the working directory. */
export function abs(p: string, cwd: string): string {
  return p.startsWith('/') ? p : `${cwd === '/' ? '' : cwd}/${p}`;
}

/** `p` from `cwd` as one absolute path, `.` and `..` resolved by name (as `cd` does). */
export function resolvePath(p: string, cwd: string): string {
  const parts: string[] = [];
  for (const x of (p.startsWith('/') ? p : `${cwd}/${p}`).split('/')) {
    if (!x || x === '.') continue;
    if (x === '..') parts.pop();
    else parts.push(x);
  }
  return '/' + parts.join('/');
}

/** Where a file descriptor points: the shell's own stdout or stderr, nowhere, or an opened file. */
type Dest = 'out' | 'err' | 'null' | { path: string; text: string; append: boolean };

/**
 * Send what `part` collected where the redirections say, applied left to right as descriptors are:
 * `>f` points stdout at f, `2>&1` points stderr where stdout points now (so `>/dev/null 2>&1` silences
 * both). Files are opened (created, truncated) even when nothing is written. A status when one cannot be.
 */
export function output(redirects: Redirects, targets: Map<Redirects[number], string>, part: Sink, host: ShellHost, st: ShellState, sink: Sink): number | undefined {
  let fd1: Dest = 'out';
  let fd2: Dest = 'err';
  const files: Exclude<Dest, string>[] = [];
  const open = (r: Redirects[number], append: boolean): Dest => {
    const target = targets.get(r) ?? '';
    if (target === '/dev/null') return 'null';
    if (target === '/dev/stdout') return fd1;
    if (target === '/dev/stderr') return fd2;
    const f = { path: target, text: '', append };
    files.push(f);
    return f;
  };
  for (const r of redirects) {
    if (r.kind === 'errToOut') fd2 = fd1;
    else if (r.kind === 'outToErr') fd1 = fd2;
    else if (r.kind === 'out') fd1 = open(r, r.append);
    else if (r.kind === 'err') fd2 = open(r, r.append);
    else if (r.kind === 'both') fd1 = fd2 = open(r, r.append);
  }
  const send = (d: Dest, text: string) => {
    if (d === 'out' || d === 'err') put(sink, d, text);
    else if (d !== 'null') d.text += text;
  };
  if (fd1 === 'out' && fd2 === 'err') pass(sink, part);
  else if (fd1 === fd2) send(fd1, part.both ?? part.err + part.out);
  else {
    send(fd2, part.err);
    send(fd1, part.out);
  }
  for (const f of files) {
    const e = host.files.write(abs(f.path, st.cwd), f.text, f.append);
    if (e) {
      put(sink, 'err', dialect(st).cantCreate(f.path, e));
      return 2;
    }
  }
  return undefined;
}

