import { decodeBase64, encodeBase64 } from '../../base64';
import { lsDate, unixDate } from '../../images/util';
import { normalize, type FsError, type Inode } from '../fs';
import { groupName, userName, type CmdCtx, type CmdResult, type Command } from './host';
import { curl, dig, host, nslookup, wget } from './net';
import { dfCmd, mountCmd, psCmd } from './sysinfo';

/** strerror texts. */
export function fsErrorText(e: FsError): string {
  return {
    ENOENT: 'No such file or directory',
    ENOTDIR: 'Not a directory',
    EISDIR: 'Is a directory',
    EROFS: 'Read-only file system',
    EEXIST: 'File exists',
    EACCES: 'Permission denied',
    ENOTEMPTY: 'Directory not empty',
  }[e];
}

const ok = (out = ''): CmdResult => ({ out, code: 0 });
const gnu = (c: CmdCtx) => c.host.def.flavor === 'gnu';
const path = (c: CmdCtx, p: string) => normalize(p, c.cwd);

/** Split flags (`-la`, `-n 5`) from operands. */
function opts(argv: string[], withValue: string[] = []): { flags: Set<string>; values: Record<string, string>; args: string[] } {
  const flags = new Set<string>();
  const values: Record<string, string> = {};
  const args: string[] = [];
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') {
      args.push(...argv.slice(i + 1));
      break;
    }
    if (a.startsWith('--')) {
      const eq = a.indexOf('=');
      if (eq > 0) values[a.slice(2, eq)] = a.slice(eq + 1);
      else if (withValue.includes(a.slice(2))) values[a.slice(2)] = argv[++i] ?? '';
      else flags.add(a.slice(2));
    } else if (a.startsWith('-') && a.length > 1 && !/^-\d/.test(a)) {
      for (let j = 1; j < a.length; j++) {
        if (withValue.includes(a[j])) {
          values[a[j]] = a.slice(j + 1) || (argv[++i] ?? '');
          break;
        }
        flags.add(a[j]);
      }
    } else args.push(a);
  }
  return { flags, values, args };
}

function modeString(n: Inode): string {
  const t = n.type === 'dir' ? 'd' : n.type === 'link' ? 'l' : '-';
  let s = '';
  for (let i = 8; i >= 0; i--) s += n.mode & (1 << i) ? 'rwx'[(8 - i) % 3] : '-';
  // sticky bit (/tmp, secret and configMap volume roots)
  if (n.mode & 0o1000) s = s.slice(0, 8) + (n.mode & 1 ? 't' : 'T');
  // set-group-ID (fsGroup volumes)
  if (n.mode & 0o2000) s = s.slice(0, 5) + (n.mode & 0o10 ? 's' : 'S') + s.slice(6);
  return t + s;
}

function sizeOf(n: Inode): number {
  if (n.type === 'dir') return 4096;
  if (n.type === 'link') return n.target!.length;
  return new TextEncoder().encode(n.content ?? '').length;
}

function lsLong(c: CmdCtx, name: string, n: Inode, numeric = false): string {
  const u = (numeric ? undefined : userName(n.uid)) ?? String(n.uid);
  const g = (numeric ? undefined : groupName(n.gid)) ?? String(n.gid);
  const links = n.type === 'dir' ? 2 + [...n.children!.values()].filter((x) => x.type === 'dir').length : 1;
  const target = n.type === 'link' ? ` -> ${n.target}` : '';
  if (gnu(c)) return `${modeString(n)} ${links} ${u} ${g} ${String(sizeOf(n)).padStart(5)} ${lsDate(n.mtime)} ${name}${target}`;
  return `${modeString(n)}    ${String(links).padEnd(1)} ${u.padEnd(8)} ${g.padEnd(8)} ${String(sizeOf(n)).padStart(9)} ${lsDate(n.mtime)} ${name}${target}`;
}

const ls: Command = (argv, c) => {
  const { flags, args } = opts(argv);
  // -n: long format with numeric owners; -d: directories themselves, not their contents
  const numeric = flags.has('n');
  const long = flags.has('l') || numeric;
  const self = flags.has('d');
  const all = flags.has('a');
  const almost = flags.has('A');
  // -L: show what symlinks point to (configMap and secret volume keys are links into ..data)
  const deref = flags.has('L');
  const targets = args.length ? args : ['.'];
  let out = '';
  let err = '';
  let code = 0;
  // like ls: missing operands are reported first, then files, then directories, each sorted by name
  const found: { t: string; p: string; n: NonNullable<ReturnType<typeof c.host.fs.stat>>; isDir: boolean }[] = [];
  for (const t of targets) {
    const p = path(c, t);
    const lst = c.host.fs.stat(p, false);
    const n = lst?.type === 'link' && (!long || deref || t.endsWith('/')) ? c.host.fs.stat(p) : lst;
    if (!n) {
      err += gnu(c) ? `ls: cannot access '${t}': No such file or directory\n` : `ls: ${t}: No such file or directory\n`;
      code = gnu(c) ? 2 : 1;
      continue;
    }
    const isDir = !self && (n.type === 'dir' || (n.type === 'link' && c.host.fs.stat(p)?.type === 'dir' && !long));
    found.push({ t, p, n, isDir });
  }
  const byName = (a: { t: string }, b: { t: string }) => (a.t < b.t ? -1 : a.t > b.t ? 1 : 0);
  const files = found.filter((f) => !f.isDir).sort(byName);
  const dirs = found.filter((f) => f.isDir).sort(byName);
  for (const { t, n } of files) out += long ? lsLong(c, t, n, numeric) + '\n' : t + '\n';
  // -R lists each directory's subdirectories after it, depth first (symlinks to directories are not followed)
  const recursive = flags.has('R') || flags.has('recursive');
  let listed = files.length;
  const listDir = (t: string, p: string) => {
    if (targets.length > 1 || recursive) out += `${listed > 0 ? '\n' : ''}${t}:\n`;
    listed++;
    let names = c.host.fs.list(p) ?? [];
    if (!all) names = names.filter((x) => !x.startsWith('.'));
    if (all && !almost) names = ['.', '..', ...names];
    if (almost) names = (c.host.fs.list(p) ?? []).filter((x) => x !== '.' && x !== '..');
    if (long) {
      if (gnu(c)) out += `total ${names.length * 4}\n`;
      for (const name of names) {
        const child = name === '.' || name === '..' ? c.host.fs.stat(normalize(name, p)) : c.host.fs.stat(`${p}/${name}`, deref);
        if (child) out += lsLong(c, name, child, numeric) + '\n';
      }
    } else out += names.map((x) => x + '\n').join('');
    if (!recursive) return;
    for (const name of names) {
      if (name === '.' || name === '..' || c.host.fs.stat(`${p}/${name}`, false)?.type !== 'dir') continue;
      listDir(t.endsWith('/') ? t + name : `${t}/${name}`, `${p}/${name}`);
    }
  };
  for (const { t, p } of dirs) listDir(t, p);
  return { out, err, code };
};

const cat: Command = (argv, c) => {
  const { args } = opts(argv);
  if (!args.length) return ok(c.stdin);
  let out = '';
  let err = '';
  let code = 0;
  for (const a of args) {
    if (a === '-') {
      out += c.stdin;
      continue;
    }
    const n = c.host.fs.stat(path(c, a));
    if (n?.type === 'file') out += n.content ?? '';
    else {
      const why = n?.type === 'dir' ? 'Is a directory' : 'No such file or directory';
      err += gnu(c) ? `cat: ${a}: ${why}\n` : n?.type === 'dir' ? `cat: read error: Is a directory\n` : `cat: can't open '${a}': ${why}\n`;
      code = 1;
    }
  }
  return { out, err, code };
};

const echo: Command = (argv) => {
  let args = argv.slice(1);
  let newline = true;
  let escapes = false;
  while (args[0] && /^-[neE]+$/.test(args[0])) {
    if (args[0].includes('n')) newline = false;
    if (args[0].includes('e')) escapes = true;
    args = args.slice(1);
  }
  let s = args.join(' ');
  if (escapes) s = s.replace(/\\n/g, '\n').replace(/\\t/g, '\t');
  return ok(s + (newline ? '\n' : ''));
};

const printf: Command = (argv) => {
  const fmt = argv[1] ?? '';
  let k = 2;
  const s = fmt.replace(/\\n/g, '\n').replace(/\\t/g, '\t').replace(/%[sd]/g, () => argv[k++] ?? '');
  return ok(s);
};

function fsCmd(name: string, c: CmdCtx, t: string, e: FsError | undefined): string {
  if (!e) return '';
  if (gnu(c)) {
    const verb = { touch: 'cannot touch', mkdir: 'cannot create directory', rm: 'cannot remove', chown: 'changing ownership of' }[name] ?? name;
    return `${name}: ${verb} '${t}': ${fsErrorText(e)}\n`;
  }
  return `${name}: ${name === 'mkdir' ? "can't create directory '" + t + "'" : t}: ${fsErrorText(e)}\n`;
}

function writable(c: CmdCtx, p: string): FsError | undefined {
  const u = c.host.user;
  if (u.uid === 0) return undefined;
  const dir = c.host.fs.stat(normalize('..', p) === p ? '/' : normalize(p + '/..'));
  if (!dir) return 'ENOENT';
  const bits = dir.uid === u.uid ? 0o200 : dir.gid === u.gid || u.groups.includes(dir.gid) ? 0o020 : 0o002;
  return dir.mode & bits ? undefined : 'EACCES';
}

const touch: Command = (argv, c) => {
  let err = '';
  for (const t of opts(argv).args) {
    const p = path(c, t);
    const n = c.host.fs.stat(p);
    if (n) {
      if (c.host.fs.readOnlyAt(p)) err += fsCmd('touch', c, t, 'EROFS');
      else n.mtime = c.host.now();
      continue;
    }
    err += fsCmd('touch', c, t, writable(c, p) ?? c.host.fs.writeFile(p, ''));
  }
  return { out: '', err, code: err ? 1 : 0 };
};

const mkdir: Command = (argv, c) => {
  const { flags, args } = opts(argv, ['m']);
  let err = '';
  for (const t of args) {
    const p = path(c, t);
    err += fsCmd('mkdir', c, t, writable(c, p) ?? c.host.fs.mkdir(p, flags.has('p')));
  }
  return { out: '', err, code: err ? 1 : 0 };
};

const rm: Command = (argv, c) => {
  const { flags, args } = opts(argv);
  let err = '';
  for (const t of args) {
    const e = c.host.fs.remove(path(c, t), flags.has('r') || flags.has('R'));
    if (e === 'ENOENT' && flags.has('f')) continue;
    err += e === 'EISDIR' ? (gnu(c) ? `rm: cannot remove '${t}': Is a directory\n` : `rm: '${t}' is a directory\n`) : fsCmd('rm', c, t, e);
  }
  return { out: '', err, code: err ? 1 : 0 };
};

const envCmd: Command = (argv, c) => {
  if (argv[0] === 'printenv' && argv[1]) {
    // one line per variable that is set; exit 1 when any is not
    const names = argv.slice(1);
    const out = names.filter((n) => c.env[n] !== undefined).map((n) => c.env[n] + '\n').join('');
    return { out, err: '', code: names.every((n) => c.env[n] !== undefined) ? 0 : 1 };
  }
  return ok(Object.entries(c.env).map(([k, v]) => `${k}=${v}\n`).join(''));
};

const id: Command = (argv, c) => {
  const u = c.host.user;
  const name = (x: number, f: (n: number) => string | undefined) => (f(x) ? `${x}(${f(x)})` : String(x));
  if (argv[1] === '-u') return ok(`${u.uid}\n`);
  if (argv[1] === '-g') return ok(`${u.gid}\n`);
  if (argv[1] === '-un') return ok(`${userName(u.uid) ?? u.uid}\n`);
  // busybox prints the group list as the kernel keeps it (sorted); coreutils puts the gid first
  const groups = gnu(c) ? [u.gid, ...u.groups.filter((g) => g !== u.gid)] : u.groups;
  let s = `uid=${name(u.uid, userName)} gid=${name(u.gid, groupName)}`;
  if (groups.length) s += ` groups=${groups.map((g) => name(g, groupName)).join(',')}`;
  return ok(s + '\n');
};

const whoami: Command = (_argv, c) => {
  const n = userName(c.host.user.uid);
  if (n) return ok(n + '\n');
  return gnu(c) ? { out: '', err: `whoami: cannot find name for user ID ${c.host.user.uid}\n`, code: 1 } : { out: '', err: `whoami: unknown uid ${c.host.user.uid}\n`, code: 1 };
};

const hostname: Command = (argv, c) => ok((argv[1] === '-i' ? c.host.podIP : c.host.hostname) + '\n');

const date: Command = (argv, c) => {
  const { values, args } = opts(argv, ['s', 'set', 'd']);
  const setTo = values.s ?? values.set;
  const fmt = args.find((a) => a.startsWith('+'));
  const now = c.host.now() + c.host.clockOffset.ms;
  const format = (ms: number) => {
    if (!fmt) return unixDate(ms);
    const d = new Date(ms);
    const p2 = (n: number) => String(n).padStart(2, '0');
    return fmt
      .slice(1)
      .replace(/%T/g, `${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}:${p2(d.getUTCSeconds())}`)
      .replace(/%H/g, p2(d.getUTCHours()))
      .replace(/%M/g, p2(d.getUTCMinutes()))
      .replace(/%S/g, p2(d.getUTCSeconds()))
      .replace(/%Y/g, String(d.getUTCFullYear()))
      .replace(/%m/g, p2(d.getUTCMonth() + 1))
      .replace(/%d/g, p2(d.getUTCDate()))
      .replace(/%s/g, String(Math.floor(ms / 1000)));
  };
  if (setTo !== undefined) {
    if (!c.host.privileged && !c.host.caps.has('SYS_TIME')) {
      return gnu(c) ? { out: '', err: 'date: cannot set date: Operation not permitted\n', code: 1 } : { out: '', err: "date: can't set date: Operation not permitted\n", code: 1 };
    }
    const m = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(setTo);
    if (m) {
      const d = new Date(now);
      d.setUTCHours(Number(m[1]), Number(m[2]), Number(m[3] ?? 0));
      c.host.clockOffset.ms += d.getTime() - now;
      return ok(format(d.getTime()) + '\n');
    }
    return { out: '', err: `date: invalid date '${setTo}'\n`, code: 1 };
  }
  return ok(format(now) + '\n');
};

const chown: Command = (argv, c) => {
  const { args } = opts(argv);
  const [spec, ...files] = args;
  if (!spec || !files.length) return { out: '', err: 'chown: missing operand\n', code: 1 };
  const [us, gs] = spec.split(':');
  const uid = /^\d+$/.test(us) ? Number(us) : us === 'root' ? 0 : us === 'guest' ? 405 : NaN;
  if (isNaN(uid)) return { out: '', err: `chown: unknown user ${us}\n`, code: 1 };
  if (!c.host.privileged && !c.host.caps.has('CHOWN')) {
    return { out: '', err: files.map((f) => (gnu(c) ? `chown: changing ownership of '${f}': Operation not permitted\n` : `chown: ${f}: Operation not permitted\n`)).join(''), code: 1 };
  }
  let err = '';
  for (const f of files) err += fsCmd('chown', c, f, c.host.fs.chown(path(c, f), uid, gs ? Number(gs) : undefined));
  return { out: '', err, code: err ? 1 : 0 };
};

const chmod: Command = (argv, c) => {
  const { args } = opts(argv);
  const [mode, ...files] = args;
  for (const f of files) {
    const n = c.host.fs.stat(path(c, f));
    if (!n) return { out: '', err: `chmod: ${f}: No such file or directory\n`, code: 1 };
    if (/^[0-7]+$/.test(mode)) n.mode = parseInt(mode, 8);
    else if (mode === '+x') n.mode |= 0o111;
  }
  return ok();
};

function lines(text: string): string[] {
  const l = text.split('\n');
  if (l[l.length - 1] === '') l.pop();
  return l;
}

function inputOf(c: CmdCtx, args: string[], name: string): { text: string; err?: string } {
  if (!args.length) return { text: c.stdin };
  let text = '';
  for (const a of args) {
    const t = c.host.fs.read(path(c, a));
    if (t === undefined) return { text, err: gnu(c) ? `${name}: cannot open '${a}' for reading: No such file or directory\n` : `${name}: can't open '${a}': No such file or directory\n` };
    text += t;
  }
  return { text };
}

const headTail = (tail: boolean): Command => (argv, c) => {
  const norm = argv.map((a) => (/^-\d+$/.test(a) ? `-n${a.slice(1)}` : a));
  const { values, args } = opts(norm, ['n', 'c']);
  const n = Number(values.n ?? 10);
  const { text, err } = inputOf(c, args, tail ? 'tail' : 'head');
  if (err) return { out: '', err, code: 1 };
  const l = lines(text);
  const pick = tail ? l.slice(Math.max(0, l.length - n)) : l.slice(0, n);
  return ok(pick.map((x) => x + '\n').join(''));
};

const grep: Command = (argv, c) => {
  const { flags, args } = opts(argv, ['e']);
  const [pat, ...files] = args;
  if (pat === undefined) return { out: '', err: 'Usage: grep [-HhnlLoqvsriwFE] PATTERN [FILE]...\n', code: 2 };
  const { text, err } = inputOf(c, files, 'grep');
  let re: RegExp;
  try {
    re = new RegExp(flags.has('F') ? pat.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') : pat, flags.has('i') ? 'i' : '');
  } catch {
    re = new RegExp(pat.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  }
  const hits = lines(text).filter((l) => re.test(l) !== flags.has('v'));
  if (flags.has('c')) return { out: `${hits.length}\n`, code: hits.length ? 0 : 1 };
  if (flags.has('q')) return { out: '', code: hits.length ? 0 : 1 };
  return { out: hits.map((h) => h + '\n').join(''), err, code: hits.length ? 0 : 1 };
};

const wc: Command = (argv, c) => {
  const { flags, args } = opts(argv);
  const { text, err } = inputOf(c, args, 'wc');
  if (err) return { out: '', err, code: 1 };
  const l = (text.match(/\n/g) ?? []).length;
  const w = text.split(/\s+/).filter(Boolean).length;
  const ch = text.length;
  const name = args[0] ? ` ${args[0]}` : '';
  if (flags.has('l')) return ok(`${l}${name}\n`);
  if (flags.has('w')) return ok(`${w}${name}\n`);
  if (flags.has('c')) return ok(`${ch}${name}\n`);
  return ok(`${String(l).padStart(7)} ${String(w).padStart(7)} ${String(ch).padStart(7)}${name}\n`);
};

const base64: Command = (argv, c) => {
  const { flags, args } = opts(argv);
  const { text } = inputOf(c, args, 'base64');
  if (flags.has('d')) {
    try {
      return ok(decodeBase64(text));
    } catch {
      return { out: '', err: 'base64: invalid input\n', code: 1 };
    }
  }
  return ok(encodeBase64(text) + '\n');
};

const uname: Command = (argv) => {
  const { flags } = opts(argv);
  if (flags.has('a')) return ok('Linux sim 6.8.0-79-generic #79-Ubuntu SMP PREEMPT_DYNAMIC x86_64 GNU/Linux\n');
  if (flags.has('r')) return ok('6.8.0-79-generic\n');
  return ok('Linux\n');
};

const test: Command = (argv) => {
  const args = argv[0] === '[' ? argv.slice(1, -1) : argv.slice(1);
  if (args.length === 3 && (args[1] === '=' || args[1] === '==')) return { out: '', code: args[0] === args[2] ? 0 : 1 };
  if (args.length === 3 && args[1] === '!=') return { out: '', code: args[0] !== args[2] ? 0 : 1 };
  if (args.length === 3 && /^-(eq|ne|lt|gt|le|ge)$/.test(args[1])) {
    const [a, b] = [Number(args[0]), Number(args[2])];
    const r = { '-eq': a === b, '-ne': a !== b, '-lt': a < b, '-gt': a > b, '-le': a <= b, '-ge': a >= b }[args[1]];
    return { out: '', code: r ? 0 : 1 };
  }
  if (args.length === 2 && args[0] === '-z') return { out: '', code: args[1] === '' ? 0 : 1 };
  if (args.length === 2 && args[0] === '-n') return { out: '', code: args[1] !== '' ? 0 : 1 };
  return { out: '', code: args.length === 1 && args[0] !== '' ? 0 : 1 };
};

/** Commands that need a file system check (`-f`, `-d`, `-e`) get the host. */
const testFs: Command = (argv, c) => {
  const args = argv[0] === '[' ? argv.slice(1, -1) : argv.slice(1);
  if (args.length === 2 && /^-[fde]$/.test(args[0])) {
    const n = c.host.fs.stat(path(c, args[1]));
    const r = args[0] === '-e' ? !!n : args[0] === '-f' ? n?.type === 'file' : n?.type === 'dir';
    return { out: '', code: r ? 0 : 1 };
  }
  return test(argv, c);
};

/** The most lines `seq` prints: more would be minutes of real output and megabytes of memory. */
const MAX_SEQ_LINES = 100_000;

const seq: Command = (argv) => {
  const n = argv.slice(1).map(Number);
  const [from, to] = n.length === 1 ? [1, n[0]] : [n[0], n[1]];
  let out = '';
  let i = from;
  for (; i <= to && i - from < MAX_SEQ_LINES; i++) out += `${i}\n`;
  if (i <= to) return { out, err: `seq: stopped after ${MAX_SEQ_LINES} lines (the playground's output limit)\n`, code: 1 };
  return ok(out);
};

const sortCmd: Command = (argv, c) => {
  const { flags, args } = opts(argv);
  const l = lines(inputOf(c, args, 'sort').text).sort();
  if (flags.has('r')) l.reverse();
  return ok(l.map((x) => x + '\n').join(''));
};

const tee: Command = (argv, c) => {
  const { flags, args } = opts(argv);
  for (const f of args) c.host.fs.writeFile(path(c, f), c.stdin, flags.has('a'));
  return ok(c.stdin);
};

const cp: Command = (argv, c) => {
  const { args } = opts(argv);
  const [src, dst] = args;
  const t = c.host.fs.read(path(c, src ?? ''));
  if (t === undefined) return { out: '', err: `cp: can't stat '${src}': No such file or directory\n`, code: 1 };
  const d = c.host.fs.stat(path(c, dst))?.type === 'dir' ? `${path(c, dst)}/${src.split('/').pop()}` : path(c, dst);
  const e = c.host.fs.writeFile(d, t);
  return e ? { out: '', err: `cp: can't create '${dst}': ${fsErrorText(e)}\n`, code: 1 } : ok();
};

const which: Command = (argv, c) => {
  const n = argv[1];
  return n && c.host.def.binaries.includes(n) ? ok(`/usr/bin/${n}\n`) : { out: '', code: 1 };
};

const kill: Command = () => ok();

const cut: Command = (argv, c) => {
  const { values, args } = opts(argv, ['d', 'f', 'c']);
  const d = values.d ?? '\t';
  const f = Number(values.f ?? 1) - 1;
  return ok(lines(inputOf(c, args, 'cut').text).map((l) => (l.split(d)[f] ?? '') + '\n').join(''));
};

const tr: Command = (argv, c) => {
  const [a, b] = argv.slice(1).filter((x) => !x.startsWith('-'));
  if (argv.includes('-d')) return ok(c.stdin.split('').filter((ch) => !(argv[2] ?? '').includes(ch)).join(''));
  return ok(c.stdin.split('').map((ch) => (a?.includes(ch) ? (b?.[a.indexOf(ch)] ?? ch) : ch)).join(''));
};

/** The busybox-like command set every image draws from (an image only offers those on its PATH). */
export const COMMANDS: Record<string, Command> = {
  ls,
  cat,
  echo,
  printf,
  touch,
  mkdir,
  rm,
  rmdir: rm,
  env: envCmd,
  printenv: envCmd,
  id,
  whoami,
  hostname,
  date,
  chown,
  chmod,
  head: headTail(false),
  tail: headTail(true),
  grep,
  wc,
  base64,
  uname,
  test: testFs,
  '[': testFs,
  seq,
  sort: sortCmd,
  tee,
  cp,
  which,
  kill,
  cut,
  tr,
  ps: psCmd,
  df: dfCmd,
  mount: mountCmd,
  curl,
  wget,
  nslookup,
  dig,
  host,
  fortune: () => ok('Fortune favours the patient scheduler.\n'),
  node: (argv) => (argv[1] === '-v' || argv[1] === '--version' ? ok('v7.10.1\n') : ok()),
  nginx: (argv) => (argv[1] === '-v' ? { out: '', err: 'nginx version: nginx/1.29.1\n', code: 0 } : argv[1] === '-t' ? { out: '', err: 'nginx: the configuration file /etc/nginx/nginx.conf syntax is ok\nnginx: configuration file /etc/nginx/nginx.conf test is successful\n', code: 0 } : ok()),
  ping: (argv) => ({ out: `PING ${argv[argv.length - 1]}: 56 data bytes\n`, code: 1 }),
  true: () => ok(),
  false: () => ({ out: '', code: 1 }),
  pwd: (_a, c) => ok(c.cwd + '\n'),
  stress: () => ok(),
};
