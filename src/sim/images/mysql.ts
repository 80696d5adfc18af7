import { DEBIAN_TOOLS, type ImageDef, type ImageTool, type ProgramCtx, type ProgramFs } from './types';

/** The server's state lives in /var/lib/mysql, so it survives on a PV and dies with an emptyDir. */
const STATE = '/var/lib/mysql/.sim-state.json';

interface Table {
  cols: string[];
  rows: string[][];
}
interface State {
  password: string;
  dbs: Record<string, Record<string, Table>>;
}

function load(fs: ProgramFs): State | undefined {
  const t = fs.read(STATE);
  return t ? (JSON.parse(t) as State) : undefined;
}

function mysqld(ctx: ProgramCtx) {
  let st = load(ctx.fs);
  if (!st) {
    const pw = ctx.env.MYSQL_ROOT_PASSWORD;
    if (pw === undefined && ctx.env.MYSQL_ALLOW_EMPTY_PASSWORD === undefined && ctx.env.MYSQL_RANDOM_ROOT_PASSWORD === undefined) {
      ctx.log('error: database is uninitialized and password option is not specified ');
      ctx.log('  You need to specify one of MYSQL_ROOT_PASSWORD, MYSQL_ALLOW_EMPTY_PASSWORD and MYSQL_RANDOM_ROOT_PASSWORD');
      ctx.exit(1);
      return { sigterm: 'exit' as const };
    }
    ctx.log('Initializing database');
    st = { password: pw ?? '', dbs: { information_schema: {}, mysql: {}, performance_schema: {} } };
    if (ctx.env.MYSQL_DATABASE) st.dbs[ctx.env.MYSQL_DATABASE] = {};
    ctx.fs.mkdirp('/var/lib/mysql/mysql');
    ctx.fs.write(STATE, JSON.stringify(st));
    ctx.log('Database initialized');
    ctx.log('MySQL init process done. Ready for start up.');
  }
  ctx.log('2026-01-01 08:00:00 1 [Note] mysqld (mysqld 5.6.51) starting as process 1 ...');
  ctx.log('2026-01-01 08:00:00 1 [Note] InnoDB: 5.6.51 started; log sequence number 1625977');
  ctx.log('2026-01-01 08:00:00 1 [Note] mysqld: ready for connections.');
  ctx.log("Version: '5.6.51'  socket: '/var/run/mysqld/mysqld.sock'  port: 3306  MySQL Community Server (GPL)");
  ctx.fs.mkdirp('/var/run/mysqld');
  ctx.fs.write('/var/run/mysqld/mysqld.sock', '');
  return { sigterm: 'exit' as const, tcp: [3306] };
}

/** Split on `;` outside quotes. */
function statements(sql: string): string[] {
  const out: string[] = [];
  let cur = '';
  let q = '';
  for (const ch of sql) {
    if (q) {
      if (ch === q) q = '';
    } else if (ch === "'" || ch === '"') q = ch;
    else if (ch === ';') {
      if (cur.trim()) out.push(cur.trim());
      cur = '';
      continue;
    }
    cur += ch;
  }
  if (cur.trim()) out.push(cur.trim());
  return out;
}

function values(list: string): string[] {
  return [...list.matchAll(/'([^']*)'|"([^"]*)"|([^,\s]+)/g)].map((m) => m[1] ?? m[2] ?? m[3]);
}

/** Run SQL in batch mode (what `mysql -e` prints: tab-separated with a header row). */
function run(st: State, sql: string, dbIn: string | undefined): { out: string; err?: string; db?: string } {
  let db = dbIn;
  let out = '';
  for (const s of statements(sql)) {
    let m: RegExpExecArray | null;
    const need = () => {
      if (!db) throw new Error('ERROR 1046 (3D000) at line 1: No database selected');
      return st.dbs[db]!;
    };
    try {
      if (/^show\s+databases$/i.test(s)) out += 'Database\n' + Object.keys(st.dbs).sort().map((d) => `${d}\n`).join('');
      else if ((m = /^create\s+database\s+(?:if\s+not\s+exists\s+)?`?(\w+)`?$/i.exec(s))) {
        if (st.dbs[m[1]] && !/if\s+not/i.test(s)) throw new Error(`ERROR 1007 (HY000) at line 1: Can't create database '${m[1]}'; database exists`);
        st.dbs[m[1]] ??= {};
      } else if ((m = /^use\s+`?(\w+)`?$/i.exec(s))) {
        if (!st.dbs[m[1]]) throw new Error(`ERROR 1049 (42000) at line 1: Unknown database '${m[1]}'`);
        db = m[1];
      } else if (/^show\s+tables$/i.test(s)) {
        const t = Object.keys(need()).sort();
        if (t.length) out += `Tables_in_${db}\n` + t.map((x) => `${x}\n`).join('');
      } else if ((m = /^create\s+table\s+(?:if\s+not\s+exists\s+)?`?(\w+)`?\s*\((.*)\)$/is.exec(s))) {
        const cols = m[2].split(',').map((c) => c.trim().split(/\s+/)[0].replace(/`/g, '')).filter((c) => c && !/^(primary|key|unique|index)$/i.test(c));
        need()[m[1]] ??= { cols, rows: [] };
      } else if ((m = /^insert\s+(?:into\s+)?`?(\w+)`?(?:\s*\([^)]*\))?\s+values\s*(.*)$/is.exec(s))) {
        const t = need()[m[1]];
        if (!t) throw new Error(`ERROR 1146 (42S02) at line 1: Table '${db}.${m[1]}' doesn't exist`);
        for (const g of m[2].matchAll(/\(([^)]*)\)/g)) t.rows.push(values(g[1]));
      } else if ((m = /^select\s+\*\s+from\s+(?:`?(\w+)`?\.)?`?(\w+)`?$/i.exec(s))) {
        // a qualified name (db.table) needs no USE
        const inDb = m[1] ?? db;
        if (m[1] && !st.dbs[m[1]]) throw new Error(`ERROR 1049 (42000) at line 1: Unknown database '${m[1]}'`);
        const t = m[1] ? st.dbs[m[1]]![m[2]] : need()[m[2]];
        if (!t) throw new Error(`ERROR 1146 (42S02) at line 1: Table '${inDb}.${m[2]}' doesn't exist`);
        if (t.rows.length) out += t.cols.join('\t') + '\n' + t.rows.map((r) => r.join('\t') + '\n').join('');
      } else if ((m = /^drop\s+table\s+`?(\w+)`?$/i.exec(s))) delete need()[m[1]];
      else if ((m = /^drop\s+database\s+`?(\w+)`?$/i.exec(s))) delete st.dbs[m[1]];
      else throw new Error(`ERROR 1064 (42000) at line 1: You have an error in your SQL syntax; check the manual that corresponds to your MySQL server version for the right syntax to use near '${s.slice(0, 40)}' at line 1`);
    } catch (e) {
      return { out, err: (e as Error).message, db };
    }
  }
  return { out, db };
}

/** The mysql client: `-h host -u user -pPASS -e "SQL" [db]`, or statements on stdin. */
const mysqlClient: ImageTool = (argv, io) => {
  let host: string | undefined;
  let password: string | undefined;
  let user = 'root';
  let sql: string | undefined;
  let db: string | undefined;
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i];
    if (a === '-h') host = argv[++i];
    else if (a.startsWith('-h')) host = a.slice(2);
    else if (a.startsWith('--host=')) host = a.slice(7);
    else if (a === '-u') user = argv[++i] ?? user;
    else if (a.startsWith('-u')) user = a.slice(2);
    else if (a.startsWith('-p')) password = a.slice(2);
    else if (a.startsWith('--password=')) password = a.slice(11);
    else if (a === '-e') sql = argv[++i];
    else if (a.startsWith('--execute=')) sql = a.slice(10);
    else if (!a.startsWith('-')) db = a;
  }
  let out = password ? 'Warning: Using a password on the command line interface can be insecure.\n' : '';
  const conn = host ? io.connect(host, 3306) : io.fs.exists('/var/run/mysqld/mysqld.sock') ? { fs: io.fs } : undefined;
  if (!conn || 'error' in conn) {
    if (!host) return { out: out + "ERROR 2002 (HY000): Can't connect to local MySQL server through socket '/var/run/mysqld/mysqld.sock' (2)\n", code: 1 };
    const unknown = conn && 'error' in conn && conn.error === 'resolve';
    return {
      out: out + (unknown ? `ERROR 2005 (HY000): Unknown MySQL server host '${host}' (-2)\n` : `ERROR 2003 (HY000): Can't connect to MySQL server on '${host}' (111)\n`),
      code: 1,
    };
  }
  const st = load(conn.fs);
  if (!st || (password ?? '') !== st.password) {
    return { out: out + `ERROR 1045 (28000): Access denied for user '${user}'@'localhost' (using password: ${password ? 'YES' : 'NO'})\n`, code: 1 };
  }
  if (db && !st.dbs[db]) return { out: out + `ERROR 1049 (42000): Unknown database '${db}'\n`, code: 1 };
  const text = sql ?? io.stdin ?? '';
  const r = run(st, text, db);
  conn.fs.write(STATE, JSON.stringify(st));
  out += r.out;
  if (r.err) return { out: out + r.err + '\n', code: 1 };
  return { out, code: 0 };
};

export const MYSQL_IMAGES: ImageDef[] = [
  {
    repo: 'docker.io/library/mysql',
    tags: [/^5\.(6|7)(\.\d+)?$/, /^(latest|8(\.\d+){0,2}|9(\.\d+){0,2}|lts)$/],
    size: 103_462_813,
    user: { uid: 0, gid: 0, name: 'root' },
    entrypoint: ['docker-entrypoint.sh'],
    cmd: ['mysqld'],
    env: { PATH: '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', MYSQL_MAJOR: '5.6', MYSQL_VERSION: '5.6.51-1debian9' },
    flavor: 'gnu',
    wrappers: ['docker-entrypoint.sh'],
    binaries: [...DEBIAN_TOOLS, 'mysqld', 'mysql', 'mysqladmin', 'mysqldump', 'docker-entrypoint.sh'],
    dirs: ['/var/lib/mysql', '/var/run/mysqld'],
    daemons: { mysqld },
    tools: { mysql: mysqlClient },
  },
];
