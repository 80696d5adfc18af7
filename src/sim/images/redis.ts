import { DEBIAN_TOOLS, type ImageDef, type ImageTool, type ProgramCtx, type ProgramFs } from './types';
import { redisDate } from './util';

const DUMP = '/data/dump.rdb';

function load(fs: ProgramFs): Record<string, string> {
  try {
    return JSON.parse(fs.read(DUMP) ?? '{}') as Record<string, string>;
  } catch {
    return {};
  }
}

/** redis-cli: PING, SET, GET, DEL, KEYS, INCR against the server's data (kept in /data so volumes matter). */
const redisCli: ImageTool = (argv, io) => {
  let host = '127.0.0.1';
  let port = 6379;
  const words: string[] = [];
  for (let i = 1; i < argv.length; i++) {
    if (argv[i] === '-h') host = argv[++i] ?? host;
    else if (argv[i] === '-p') port = Number(argv[++i] ?? port);
    else words.push(argv[i]);
  }
  const conn = io.connect(host, port);
  if ('error' in conn) return { out: `Could not connect to Redis at ${host}:${port}: Connection refused\n`, code: 1 };
  const cmds = words.length ? [words] : (io.stdin ?? '').split('\n').filter((l) => l.trim()).map((l) => l.trim().split(/\s+/));
  let out = '';
  for (const [cmd, ...a] of cmds) {
    const data = load(conn.fs);
    const c = (cmd ?? '').toUpperCase();
    if (c === 'PING') out += 'PONG\n';
    else if (c === 'SET' && a.length >= 2) {
      data[a[0]] = a[1];
      out += 'OK\n';
    } else if (c === 'GET' && a.length === 1) out += a[0] in data ? `${data[a[0]]}\n` : '\n';
    else if (c === 'DEL') {
      let n = 0;
      for (const k of a) if (k in data) {
        delete data[k];
        n++;
      }
      out += `${n}\n`;
    } else if (c === 'INCR' && a.length === 1) {
      data[a[0]] = String(Number(data[a[0]] ?? 0) + 1);
      out += `${data[a[0]]}\n`;
    } else if (c === 'KEYS') out += Object.keys(data).sort().map((k) => `${k}\n`).join('');
    else if (c === 'DBSIZE') out += `${Object.keys(data).length}\n`;
    else out += `ERR unknown command '${cmd}', with args beginning with: ${a.map((x) => `'${x}' `).join('')}\n`;
    conn.fs.write(DUMP, JSON.stringify(data));
  }
  return { out, code: 0 };
};

function redisServer(ctx: ProgramCtx) {
  const t = redisDate(ctx.now());
  ctx.log(`1:C ${t} * oO0OoO0OoO0Oo Redis is starting oO0OoO0OoO0Oo`);
  ctx.log(`1:C ${t} * Redis version=8.2.1, bits=64, commit=00000000, modified=1, pid=1, just started`);
  ctx.log(`1:C ${t} # Warning: no config file specified, using the default config. In order to specify a config file use redis-server /path/to/redis.conf`);
  ctx.log(`1:M ${t} * Running mode=standalone, port=6379.`);
  ctx.log(`1:M ${t} * Server initialized`);
  ctx.log(`1:M ${t} * Ready to accept connections tcp`);
  ctx.fs.mkdirp('/data');
  return { sigterm: 'exit' as const, tcp: [6379] };
}

export const REDIS_IMAGES: ImageDef[] = [
  {
    repo: 'docker.io/library/redis',
    tags: [/^(latest|alpine|bookworm|\d+(\.\d+){0,2}(-(alpine|bookworm))?)$/],
    size: 52_616_342,
    user: { uid: 0, gid: 0, name: 'root' },
    entrypoint: ['docker-entrypoint.sh'],
    cmd: ['redis-server'],
    workingDir: '/data',
    env: { PATH: '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', REDIS_VERSION: '8.2.1' },
    flavor: 'gnu',
    wrappers: ['docker-entrypoint.sh'],
    binaries: [...DEBIAN_TOOLS, 'redis-server', 'redis-cli', 'docker-entrypoint.sh'],
    dirs: ['/data'],
    daemons: { 'redis-server': redisServer },
    tools: { 'redis-cli': redisCli },
  },
];
