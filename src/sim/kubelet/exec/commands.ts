/** The command table every image draws from, and the commands about the process and the system (env, id, whoami, hostname, date, uname, test, which). */
import { dateText } from '../../sh/utils/date';
import { testStatus } from '../../sh/utils/test-expr';
import { groupName, userName, type Command } from './host';
import { curl, dig, host, nc, nslookup, wget } from './net';
import { ifconfig, ip } from './net-ifaces';
import { dfCmd } from './df';
import { mountCmd, psCmd } from './sysinfo';
import { gnu, ok, path } from './args';
import { opts } from '../../sh/utils/options';
import { chmod, chown, cp, mkdir, tee, touch } from './file-commands';
import { dd } from './dd';
import { readlink } from './readlink';
import { ln } from './ln';
import { rmdir } from './rmdir';
import { find } from './find';
import { TEXT_COMMANDS } from './text-commands';
import { ETCD_COMMANDS } from './etcd-commands';
import { IPTABLES_COMMANDS } from './iptables-commands';

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

/**
 * The time a `date -s` operand names, in the forms busybox's parse_datestr reads (coreutils reads
 * them too): `hh:mm[:ss]` today, `YYYY-MM-DD[ hh:mm[:ss]]` (midnight when no time is given),
 * `MMDDhhmm[CCYY][.ss]` and `@seconds`; containers run in UTC.
 */
function parseSetDate(text: string, nowMs: number): number | undefined {
  const now = new Date(nowMs);
  const at = (y: number, mo: number, d: number, h: number, mi: number, sec: number) => {
    const t = new Date(Date.UTC(y, mo - 1, d, h, mi, sec));
    // out-of-range fields (month 13, 25:00) are invalid, not normalized
    return t.getUTCMonth() === mo - 1 && t.getUTCDate() === d && h < 24 && mi < 60 && sec < 61 ? t.getTime() : undefined;
  };
  let m = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(text);
  if (m) return at(now.getUTCFullYear(), now.getUTCMonth() + 1, now.getUTCDate(), +m[1], +m[2], +(m[3] ?? 0));
  m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?: (\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(text);
  if (m) return at(+m[1], +m[2], +m[3], +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0));
  // (the two-digit-year form is not read: its century rule was not checked)
  m = /^(\d{2})(\d{2})(\d{2})(\d{2})(\d{4})?(?:\.(\d{2}))?$/.exec(text);
  if (m) return at(m[5] === undefined ? now.getUTCFullYear() : +m[5], +m[1], +m[2], +m[3], +m[4], +(m[6] ?? 0));
  m = /^@(-?\d+)$/.exec(text);
  return m ? Number(m[1]) * 1000 : undefined;
}

const date: Command = (argv, c) => {
  const { values, args } = opts(argv, ['s', 'set', 'd']);
  const setTo = values.s ?? values.set;
  const fmt = args.find((a) => a.startsWith('+'));
  const now = c.host.now() + c.host.clockOffset.ms;
  const format = (ms: number) => dateText(ms, fmt?.slice(1));
  if (setTo === undefined) return ok(format(now) + '\n');
  const to = parseSetDate(setTo, now);
  if (to === undefined) return { out: '', err: `date: invalid date '${setTo}'\n`, code: 1 };
  if (!c.host.privileged && !c.host.caps.has('SYS_TIME')) {
    // both report the refused clock_settime and still print the date asked for; busybox exits 0, coreutils 1
    return gnu(c) ? { out: format(to) + '\n', err: 'date: cannot set date: Operation not permitted\n', code: 1 } : { out: format(to) + '\n', err: "date: can't set date: Operation not permitted\n", code: 0 };
  }
  c.host.clockOffset.ms += to - now;
  return ok(format(to) + '\n');
};

const uname: Command = (argv) => {
  const { flags } = opts(argv);
  if (flags.has('a')) return ok('Linux sim 6.8.0-79-generic #79-Ubuntu SMP PREEMPT_DYNAMIC x86_64 GNU/Linux\n');
  if (flags.has('r')) return ok('6.8.0-79-generic\n');
  return ok('Linux\n');
};

/** `test` and `[`: the shared evaluation, asking the container's file system what a path is. */
const testFs: Command = (argv, c) => {
  const args = argv[0] === '[' ? argv.slice(1, -1) : argv.slice(1);
  const code = testStatus(args, (p) => {
    const t = c.host.fs.stat(path(c, p))?.type;
    return t === 'link' ? 'other' : t;
  });
  return { out: '', code };
};

const which: Command = (argv, c) => {
  const n = argv[1];
  return n && c.host.def.binaries.includes(n) ? ok(`/usr/bin/${n}\n`) : { out: '', code: 1 };
};

const kill: Command = () => ok();

/** The busybox-like command set every image draws from (an image only offers those on its PATH). */
export const COMMANDS: Record<string, Command> = {
  ...TEXT_COMMANDS,
  ...ETCD_COMMANDS,
  ...IPTABLES_COMMANDS,
  readlink,
  ln,
  touch,
  dd,
  mkdir,
  rmdir,
  env: envCmd,
  printenv: envCmd,
  id,
  whoami,
  hostname,
  date,
  chown,
  chmod,
  uname,
  test: testFs,
  '[': testFs,
  tee,
  cp,
  which,
  kill,
  find,
  ps: psCmd,
  df: dfCmd,
  mount: mountCmd,
  curl,
  wget,
  nc,
  ifconfig,
  ip,
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
