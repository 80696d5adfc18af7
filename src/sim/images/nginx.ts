import { BUSYBOX_APPLETS, DEBIAN_TOOLS, type HttpReq, type HttpResp, type ImageDef, type Program, type ProgramCtx, type ProgramFs } from './types';
import { clfDate } from './util';

const VERSION = '1.29.1';

/** The stock index page nginx ships (615 bytes). */
const NGINX_WELCOME = `<!DOCTYPE html>
<html>
<head>
<title>Welcome to nginx!</title>
<style>
html { color-scheme: light dark; }
body { width: 35em; margin: 0 auto;
font-family: Tahoma, Verdana, Arial, sans-serif; }
</style>
</head>
<body>
<h1>Welcome to nginx!</h1>
<p>If you see this page, the nginx web server is successfully installed and
working. Further configuration is required.</p>

<p>For online documentation and support please refer to
<a href="http://nginx.org/">nginx.org</a>.<br/>
Commercial support is available at
<a href="http://nginx.com/">nginx.com</a>.</p>

<p><em>Thank you for using nginx.</em></p>
</body>
</html>
`;

const DEFAULT_CONF = `server {
    listen       80;
    listen  [::]:80;
    server_name  localhost;

    location / {
        root   /usr/share/nginx/html;
        index  index.html index.htm;
    }

    error_page   500 502 503 504  /50x.html;
    location = /50x.html {
        root   /usr/share/nginx/html;
    }
}
`;

function errorPage(status: number, text: string): string {
  return `<html>\r\n<head><title>${status} ${text}</title></head>\r\n<body>\r\n<center><h1>${status} ${text}</h1></center>\r\n<hr><center>nginx/${VERSION}</center>\r\n</body>\r\n</html>\r\n`;
}

/** What the server blocks in conf.d say: listen ports and document root (the rest is ignored). */
function readConf(fs: ProgramFs): { ports: number[]; root: string } {
  const ports = new Set<number>();
  let root = '';
  for (const f of fs.list('/etc/nginx/conf.d') ?? []) {
    if (!f.endsWith('.conf')) continue;
    const text = fs.read(`/etc/nginx/conf.d/${f}`) ?? '';
    for (const m of text.matchAll(/^\s*listen\s+(\d+)/gm)) ports.add(Number(m[1]));
    const r = /^\s*root\s+([^;\s]+)\s*;/m.exec(text);
    if (r && !root) root = r[1];
  }
  return { ports: ports.size ? [...ports] : [], root: root || '/usr/share/nginx/html' };
}

/** Static files from the document root; access log lines on stdout; SIGTERM is a fast shutdown. */
export function nginxServer(ctx: ProgramCtx, startLines = true): Program {
  const conf = readConf(ctx.fs);
  if (startLines) {
    ctx.log('/docker-entrypoint.sh: /docker-entrypoint.d/ is not empty, will attempt to perform configuration');
    ctx.log('/docker-entrypoint.sh: Looking for shell scripts in /docker-entrypoint.d/');
    ctx.log('/docker-entrypoint.sh: Configuration complete; ready for start up');
  }
  const handler = (req: HttpReq): HttpResp => {
    const root = readConf(ctx.fs).root;
    let path = decodeURIComponent(req.path.split('?')[0] || '/');
    if (path.endsWith('/')) path += 'index.html';
    const body = ctx.fs.read(root + path);
    const dirIndex = body === undefined ? ctx.fs.read(`${root}${path}/index.html`) : undefined;
    let resp: HttpResp;
    if (body !== undefined) resp = { status: 200, body };
    else if (dirIndex !== undefined) resp = { status: 301, body: errorPage(301, 'Moved Permanently') };
    else resp = { status: 404, body: errorPage(404, 'Not Found') };
    resp.headers = { Server: `nginx/${VERSION}`, 'Content-Type': resp.status === 200 ? 'text/html' : 'text/html' };
    const ua = req.headers['user-agent'] ?? req.headers['User-Agent'] ?? '-';
    ctx.log(`${req.clientIP} - - [${clfDate(ctx.now())}] "${req.method} ${req.path} HTTP/1.1" ${resp.status} ${resp.body.length} "-" "${ua}" "-"`);
    return resp;
  };
  const http: Record<number, (r: HttpReq) => HttpResp> = {};
  for (const p of conf.ports.length ? conf.ports : [80]) http[p] = handler;
  return { sigterm: 'exit', http, extraProcs: ['nginx: worker process'] };
}

const DEBIAN_TAG = /^(latest|stable|mainline|perl|bookworm|trixie|\d+(\.\d+){0,2}(-(perl|bookworm|trixie|bullseye))?)$/;
const ALPINE_TAG = /^(alpine|alpine-slim|stable-alpine|mainline-alpine|alpine-perl|\d+(\.\d+){0,2}-alpine(\d+(\.\d+)*)?(-slim|-perl)?)$/;

const files = {
  '/usr/share/nginx/html/index.html': NGINX_WELCOME,
  '/usr/share/nginx/html/50x.html': '<!DOCTYPE html>\n<html>\n<head>\n<title>Error</title>\n</head>\n<body>\n<h1>An error occurred.</h1>\n</body>\n</html>\n',
  '/etc/nginx/conf.d/default.conf': DEFAULT_CONF,
  '/etc/nginx/nginx.conf': 'user  nginx;\nworker_processes  auto;\n\nevents {\n    worker_connections  1024;\n}\n\nhttp {\n    include /etc/nginx/conf.d/*.conf;\n}\n',
  '/docker-entrypoint.sh': '#!/bin/sh\nexec "$@"\n',
};

const common = {
  repo: 'docker.io/library/nginx',
  user: { uid: 0, gid: 0, name: 'root' },
  entrypoint: ['/docker-entrypoint.sh'],
  cmd: ['nginx', '-g', 'daemon off;'],
  env: { PATH: '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', NGINX_VERSION: VERSION },
  wrappers: ['docker-entrypoint.sh'],
  files,
  dirs: ['/var/cache/nginx', '/var/log/nginx'],
  daemons: { nginx: (ctx: ProgramCtx) => nginxServer(ctx) },
  // a master and a worker per core, idle
  usage: { cpu: 0, memory: 3 * 2 ** 20 },
};

export const NGINX_IMAGES: ImageDef[] = [
  { ...common, tags: [DEBIAN_TAG], size: 72_225_394, flavor: 'gnu', binaries: [...DEBIAN_TOOLS, 'nginx', 'curl'] },
  { ...common, tags: [ALPINE_TAG], size: 21_492_308, flavor: 'busybox', binaries: [...BUSYBOX_APPLETS, 'nginx', 'curl'] },
  // the Kubernetes docs' StatefulSet examples (web / nginx / www): nginx on a slim Debian, started directly
  { ...common, repo: 'registry.k8s.io/nginx-slim', tags: [/^0\.\d+$/], size: 19_372_214, entrypoint: [], wrappers: [], flavor: 'gnu', binaries: [...DEBIAN_TOOLS, 'nginx'] },
];
