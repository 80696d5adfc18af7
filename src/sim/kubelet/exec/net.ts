import { BUSYBOX_BANNER } from '../../sh/utils/busybox';
import type { HttpResult } from '../../network/http';
import { dnsQueryLost, OS_CONNECT_TIMEOUT_MS, request, resolveName } from '../../network/request';
import { NSLOOKUP_TIMEOUT_MS } from '../../network/dns-reach';
import { lookup, lookupSrv } from '../../network/dns';
import { serveHttp, CLIENT_IP_HEADER } from '../serve';
import { verifyServer, type Trust } from '../../network/tls';
import { clusterCaPem } from '../volumes';
import type { CmdCtx, CmdResult, Command } from './host';
import { expandShortOptions, writeOut } from './curl-args';
import { opts } from '../../sh/utils/options';

const REASONS: Record<number, string> = {
  200: 'OK', 201: 'Created', 204: 'No Content', 301: 'Moved Permanently', 302: 'Found', 304: 'Not Modified', 308: 'Permanent Redirect', 400: 'Bad Request',
  401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found', 500: 'Internal Server Error', 502: 'Bad Gateway', 503: 'Service Unavailable', 504: 'Gateway Timeout',
};

interface Target {
  url: string;
  host: string;
  port: number;
  path: string;
}

function parseUrl(raw: string): Target | undefined {
  const url = /^[a-z]+:\/\//i.test(raw) ? raw : `http://${raw}`;
  const m = /^([a-z]+):\/\/([^/:?#]+)(?::(\d+))?([^#]*)/i.exec(url);
  if (!m) return undefined;
  const port = m[3] ? Number(m[3]) : m[1].toLowerCase() === 'https' ? 443 : 80;
  return { url, host: m[2], port, path: m[4] || '/' };
}

/** Send from inside the container: to itself directly, elsewhere through the cluster network. */
function send(c: CmdCtx, t: Target, method: string, headers: Record<string, string>, connectTimeoutMs?: number, resolve?: Map<string, string>, handshake = false, body?: string): HttpResult {
  const self = t.host === 'localhost' || t.host === '127.0.0.1' || t.host === c.host.podIP;
  if (self) {
    const r = serveHttp(c.host.ctx, c.host.podIP, t.port, { method, url: t.url, headers: { ...headers, [CLIENT_IP_HEADER]: t.host === c.host.podIP ? c.host.podIP : '127.0.0.1' }, handshake });
    if ('refused' in r) return { body: '', error: { code: 'refused', message: `Failed to connect to ${t.host} port ${t.port}: Connection refused` }, path: [] };
    return { status: r.status, body: r.body, headers: r.headers, path: [] };
  }
  const origin = { kind: 'pod' as const, namespace: c.host.pod.metadata.namespace ?? 'default', pod: c.host.pod.metadata.name! };
  return request(c.host.ctx, origin, { method, url: t.url, headers, connectTimeoutMs, resolve, handshake, ...(body !== undefined ? { body } : {}) });
}

/** What bind's and busybox's resolvers print when kube-dns never answers. */
const DNS_TIMED_OUT = ';; connection timed out; no servers could be reached\n';

function podOrigin(c: CmdCtx) {
  return { kind: 'pod' as const, namespace: c.host.pod.metadata.namespace ?? 'default', pod: c.host.pod.metadata.name! };
}

function firstIP(c: CmdCtx, host: string): string | undefined {
  if (/^\d+\.\d+\.\d+\.\d+$/.test(host)) return host;
  if (host === 'localhost') return '127.0.0.1';
  const origin = { kind: 'pod' as const, namespace: c.host.pod.metadata.namespace ?? 'default', pod: c.host.pod.metadata.name! };
  return resolveName(c.host.ctx, origin, host)[0];
}

/** What curl's tool adds after a certificate it could not verify (exit 60; -s alone hides both). */
const CA_CERT_HELP =
  'More details here: https://curl.se/docs/sslcerts.html\n\n' +
  'curl failed to verify the legitimacy of the server and therefore could not\n' +
  'establish a secure connection to it. To learn more about this situation and\n' +
  'how to fix it, please visit the webpage mentioned above.\n';

/** The CA bundle curl was told to verify with, as curl's OpenSSL backend loads it. */
type CaBundle = { state: 'unreadable' } | { state: 'loaded'; trust: Trust; cluster: boolean };

function loadCaBundle(c: CmdCtx, file: string): CaBundle {
  const text = c.host.fs.read(file.startsWith('/') ? file : `${c.cwd === '/' ? '' : c.cwd}/${file}`);
  // X509_STORE_load_file fails on a missing file and on one with no certificate in it
  if (text === undefined || !text.includes('-----BEGIN CERTIFICATE-----')) return { state: 'unreadable' };
  const clusterCa = clusterCaPem(c.host.ctx.api, c.host.pod.metadata.namespace ?? 'default').trim();
  return { state: 'loaded', trust: { kind: 'file', text, clusterCa }, cluster: clusterCa !== '' && text.includes(clusterCa) };
}

export const curl: Command = (rawArgv, c) => {
  const argv = expandShortOptions(rawArgv);
  let silent = false;
  let fail = false;
  let format: string | undefined;
  let data: string | undefined;
  let showErr = false;
  let verbose = false;
  let include = false;
  let head = false;
  let insecure = false;
  // --cacert overrides the environment's bundle
  let caFile: string | undefined = c.env.CURL_CA_BUNDLE || c.env.SSL_CERT_FILE || undefined;
  let caPath = false;
  let method = 'GET';
  let outFile: string | undefined;
  let maxTime: number | undefined;
  /** -m alone: --connect-timeout does not bound waiting for the answer. */
  let transferMax: number | undefined;
  const headers: Record<string, string> = {};
  const resolve = new Map<string, string>();
  const urls: string[] = [];
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i];
    if (a === '-H' || a === '--header') {
      const h = argv[++i] ?? '';
      const k = h.indexOf(':');
      if (k > 0) headers[h.slice(0, k).trim()] = h.slice(k + 1).trim();
    } else if (a === '-X' || a === '--request') method = argv[++i] ?? method;
    else if (a === '-m' || a === '--max-time' || a === '--connect-timeout') {
      maxTime = Number(argv[++i]);
      if (a !== '--connect-timeout') transferMax = maxTime;
    }
    else if (a === '-o' || a === '--output') outFile = argv[++i];
    else if (a === '-w' || a === '--write-out') format = argv[++i] ?? '';
    else if (a === '-f' || a === '--fail') fail = true;
    // a CA to verify the server with (the mounted ca.crt); client certificates
    else if (a === '--cacert') caFile = argv[++i] ?? '';
    // --resolve HOST:PORT:ADDRESS pins a name (and so the SNI curl sends) to an address
    else if (a === '--resolve') {
      const r = /^([^:]+):(\d+):(.+)$/.exec(argv[++i] ?? '');
      if (r) resolve.set(`${r[1].toLowerCase()}:${r[2]}`, r[3]);
    }
    else if (a === '--capath') {
      caPath = true;
      i++;
    } else if (a === '--cert' || a === '--key' || a === '-E') i++;
    else if (a === '--insecure') insecure = true;
    else if (a === '-d' || a === '--data' || a === '--data-raw' || a === '--data-binary') {
      // several -d join with & (curl's --data); a leading @ reads a file
      const d = argv[++i] ?? '';
      const text = d.startsWith('@') && a !== '--data-raw' ? (c.host.fs.read(d.slice(1).startsWith('/') ? d.slice(1) : `${c.cwd === '/' ? '' : c.cwd}/${d.slice(1)}`) ?? '') : d;
      data = data === undefined ? text : `${data}&${text}`;
      if (method === 'GET') method = 'POST';
    } else if (a === '-s' || a === '--silent') silent = true;
    else if (a === '-S' || a === '--show-error') showErr = true;
    else if (a === '-v') verbose = true;
    else if (a === '-i') include = true;
    else if (a === '-I' || a === '--head') head = true;
    else if (a === '-k') insecure = true;
    else if (a === '--verbose') verbose = true;
    else if (a === '--include') include = true;
    else if (!a.startsWith('-')) urls.push(a);
  }
  if (!urls.length) return { out: '', err: "curl: try 'curl --help' or 'curl --manual' for more information\n", code: 2 };
  let out = '';
  let err = '';
  let code = 0;
  let elapsed = 0;
  for (const u of urls) {
    const t = parseUrl(u);
    if (!t) {
      err += `curl: (3) URL rejected: Bad hostname\n`;
      code = 3;
      continue;
    }
    // --write-out reports each transfer after it, failed or not
    const info = { url: /^[a-z]+:\/\/[^/]+$/i.test(t.url) ? `${t.url}/` : t.url, status: 0, exitCode: 0, ms: 0, port: t.port, size: 0, method: head ? 'HEAD' : method, errorMessage: '' };
    // each transfer's own exit code; the command's is the last failure's
    const codeBefore = code;
    code = 0;
    const errBefore = err.length;
    const msBefore = elapsed;
    try {
      const hdrs = { Host: t.port === 80 ? t.host : `${t.host}:${t.port}`, 'User-Agent': 'curl/8.14.1', Accept: '*/*', ...headers };
      // the cluster's TLS servers (the API server, Ingress) have certificates no public CA signed: the image's
      // CA bundle cannot verify them, so without -k or a CA (the ServiceAccount's ca.crt) the handshake fails
      // after connecting; a HEAD stands in for the handshake so that no request is acted on
      const https = t.url.toLowerCase().startsWith('https:') && !insecure;
      const bundle = https && caFile !== undefined ? loadCaBundle(c, caFile) : undefined;
      const foreignCa = bundle?.state === 'loaded' && !bundle.cluster;
      const untrusted = https && !caPath && (bundle === undefined || bundle.state === 'unreadable');
      // the HEAD for a handshake reaches no handler; a foreign CA's HEAD is sent again as the request when the server passes
      let r = send(c, t, head || untrusted || foreignCa ? 'HEAD' : method, hdrs, maxTime !== undefined ? maxTime * 1000 : undefined, resolve, untrusted || foreignCa, untrusted || foreignCa ? undefined : data);
      // the server's certificate against the bundle (servers without one, plain HTTP pods, are not checked)
      const refusal = bundle?.state === 'loaded' && !caPath && r.certificate ? verifyServer(r.certificate, bundle.trust, t.host, 'hostname') : undefined;
      const rejected = untrusted || refusal !== undefined;
      if (foreignCa && !rejected && !r.error && r.status !== undefined) r = send(c, t, head ? 'HEAD' : method, hdrs, maxTime !== undefined ? maxTime * 1000 : undefined, resolve, false, data);
      const ip = resolve.get(`${t.host.toLowerCase()}:${t.port}`) ?? firstIP(c, t.host);
      if (verbose && ip) err += `*   Trying ${ip}:${t.port}...\n`;
      if (r.error || r.status === undefined) {
        const e = r.error ?? { code: 'refused', message: '' };
        if (e.code === 'resolve' && maxTime !== undefined && (r.elapsedMs ?? 0) > maxTime * 1000) {
          // a resolver nobody answers (CoreDNS down, DNS egress blocked) outlasts -m
          code = 28;
          elapsed += maxTime * 1000 + 1;
          if (!silent || showErr) err += `curl: (28) Resolving timed out after ${maxTime * 1000 + 1} milliseconds\n`;
        } else if (e.code === 'resolve') {
          code = 6;
          // the resolver's own retries when nobody answers
          elapsed += r.elapsedMs ?? 0;
          if (!silent || showErr) err += `curl: (6) Could not resolve host: ${t.host}\n`;
        } else if (e.code === 'refused') {
          code = 7;
          if (!silent || showErr) err += `curl: (7) Failed to connect to ${t.host} port ${t.port} after 0 ms: Could not connect to server\n`;
        } else {
          code = 28;
          const ms = r.elapsedMs ?? 1;
          elapsed += ms;
          if (!silent || showErr) err += maxTime !== undefined ? `curl: (28) Connection timed out after ${ms} milliseconds\n` : `curl: (28) Failed to connect to ${t.host} port ${t.port} after ${ms} ms: Timeout was reached\n`;
        }
        continue;
      }
      if (rejected) {
        if (verbose) err += `* Connected to ${t.host} (${ip ?? t.host}) port ${t.port}\n`;
        if (bundle?.state === 'unreadable') {
          code = 77;
          if (!silent || showErr) err += `curl: (77) error setting certificate file: ${caFile}\n`;
        } else {
          code = 60;
          const reason = refusal ?? (r.certificate ? verifyServer(r.certificate, { kind: 'system' }, t.host, 'hostname') : undefined);
          if (!silent || showErr) err += `curl: (60) ${reason ?? 'SSL certificate problem: unable to get local issuer certificate'}\n${CA_CERT_HELP}`;
        }
        continue;
      }
      // a server slow to answer (the API server's etcd checks without a quorum) outlasts -m
      const waited = r.serverMs ?? 0;
      if (transferMax !== undefined && waited > transferMax * 1000) {
        code = 28;
        elapsed += transferMax * 1000 + 1;
        if (!silent || showErr) err += `curl: (28) Operation timed out after ${transferMax * 1000 + 1} milliseconds with 0 bytes received\n`;
        continue;
      }
      elapsed += waited;
      const statusLine = `HTTP/1.1 ${r.status} ${REASONS[r.status] ?? ''}`.trimEnd();
      const respHeaders = { ...(r.headers ?? {}), 'Content-Length': String(new TextEncoder().encode(r.body).length) };
      if (verbose) {
        err += `* Connected to ${t.host} (${ip ?? t.host}) port ${t.port}\n`;
        err += `> ${head ? 'HEAD' : method} ${t.path} HTTP/1.1\n` + Object.entries(hdrs).map(([k, v]) => `> ${k}: ${v}\n`).join('') + '> \n';
        err += `< ${statusLine}\n` + Object.entries(respHeaders).map(([k, v]) => `< ${k}: ${v}\n`).join('') + '< \n';
      }
      let body = head ? '' : r.body;
      if (include || head) body = `${statusLine}\r\n` + Object.entries(respHeaders).map(([k, v]) => `${k}: ${v}\r\n`).join('') + '\r\n' + body;
      Object.assign(info, { status: r.status, ip, size: new TextEncoder().encode(r.body).length, contentType: r.headers?.['Content-Type'] });
      // --fail: an HTTP error is a failed transfer whose body is not written
      if (fail && r.status >= 400) {
        code = 22;
        if (!silent || showErr) err += `curl: (22) The requested URL returned error: ${r.status}\n`;
        continue;
      }
      if (outFile) c.host.fs.writeFile(outFile.startsWith('/') ? outFile : `${c.cwd}/${outFile}`, body);
      else out += body;
      if (verbose) err += `* Connection #0 to host ${t.host} left intact\n`;
    } finally {
      if (format !== undefined) {
        const w = writeOut(format, { ...info, exitCode: code, ms: elapsed - msBefore, errorMessage: code ? err.slice(errBefore).replace(/^curl: \(\d+\) /, '').split('\n')[0] : '' });
        out += w.out;
        err += w.err;
      }
      if (code === 0) code = codeBefore;
    }
  }
  return { out, err, code, elapsedMs: elapsed };
};

export const wget: Command = (argv, c) => {
  let quiet = false;
  let outFile: string | undefined;
  let url: string | undefined;
  const headers: Record<string, string> = {};
  // busybox's default network timeout; it also bounds connect()
  let timeoutS = 900;
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i];
    if (a === '-O') outFile = argv[++i];
    else if (a.startsWith('-O')) outFile = a.slice(2);
    else if (a === '--header') {
      const h = argv[++i] ?? '';
      const k = h.indexOf(':');
      if (k > 0) headers[h.slice(0, k).trim()] = h.slice(k + 1).trim();
    } else if (a === '-T' || a === '--timeout') timeoutS = Number(argv[++i]);
    else if (a.startsWith('--timeout=')) timeoutS = Number(a.slice('--timeout='.length));
    else if (a.startsWith('-') && !a.startsWith('--')) {
      if (a.includes('q')) quiet = true;
      if (a.includes('O')) outFile = a.slice(a.indexOf('O') + 1) || argv[++i];
    } else if (!a.startsWith('-')) url = a;
  }
  if (!url) return { out: '', err: `${BUSYBOX_BANNER}Usage: wget [-cqS] [--spider] [-O FILE] [-o LOGFILE] [--header STR]\n\t[--post-data STR | --post-file FILE] [-Y on/off]\n\t[-P DIR] [-U AGENT] [-T SEC] URL...\n`, code: 1 };
  const t = parseUrl(url);
  if (!t) return { out: '', err: `wget: bad address '${url}'\n`, code: 1 };
  const timeoutMs = timeoutS > 0 && timeoutS * 1000 < OS_CONNECT_TIMEOUT_MS ? timeoutS * 1000 : undefined;
  const r = send(c, t, 'GET', { Host: t.host, 'User-Agent': 'Wget', ...headers }, timeoutMs);
  const ip = firstIP(c, t.host);
  let err = '';
  if (r.error?.code === 'resolve' || (!ip && r.error)) return { out: '', err: `wget: bad address '${t.host}'\n`, code: 1, elapsedMs: r.elapsedMs };
  if (!quiet) err += `Connecting to ${t.host} (${ip}:${t.port})\n`;
  // -T shorter than the kernel's SYN retries: the alarm around connect() fires first
  if (r.error?.code === 'timeout' && timeoutMs !== undefined) return { out: '', err: err + 'wget: download timed out\n', code: 1, elapsedMs: timeoutMs };
  if (r.error || r.status === undefined) {
    const why = r.error?.code === 'refused' ? 'Connection refused' : 'Connection timed out';
    return { out: '', err: err + `wget: can't connect to remote host (${ip}): ${why}\n`, code: 1, elapsedMs: r.elapsedMs };
  }
  if (r.serverMs && timeoutMs !== undefined && r.serverMs > timeoutMs) return { out: '', err: err + 'wget: download timed out\n', code: 1, elapsedMs: timeoutMs };
  const elapsedMs = r.serverMs;
  if (r.status >= 400) return { out: '', err: err + `wget: server returned error: HTTP/1.1 ${r.status} ${REASONS[r.status] ?? ''}\n`, code: 1, elapsedMs };
  const toStdout = outFile === '-';
  if (toStdout) return { out: r.body, err: quiet ? '' : err + 'writing to stdout\nwritten to stdout\n', code: 0, elapsedMs };
  const file = outFile ?? (t.path.split('/').pop() || 'index.html');
  if (c.host.fs.stat(`${c.cwd}/${file}`) && !outFile) return { out: '', err: err + `wget: can't open '${file}': File exists\n`, code: 1 };
  c.host.fs.writeFile(file.startsWith('/') ? file : `${c.cwd === '/' ? '' : c.cwd}/${file}`, r.body);
  return { out: '', err: quiet ? '' : err + `saving to '${file}'\n'${file}' saved\n`, code: 0, elapsedMs };
};


/** The HTTP/1.x request a client piped into nc (`printf 'GET / HTTP/1.0\r\n\r\n' | nc host 80`), or undefined for other data. */
function httpRequestOf(data: string): { method: string; path: string; headers: Record<string, string>; body?: string } | undefined {
  const end = data.search(/\r?\n\r?\n/);
  if (end < 0) return undefined;
  const [first, ...lines] = data.slice(0, end).split(/\r?\n/);
  const m = /^([A-Z]+) (\S+) HTTP\/1\.[01]$/.exec(first);
  if (!m) return undefined;
  const headers: Record<string, string> = {};
  for (const line of lines) {
    const i = line.indexOf(':');
    if (i > 0) Object.defineProperty(headers, line.slice(0, i).trim(), { value: line.slice(i + 1).trim(), enumerable: true, writable: true, configurable: true });
  }
  const body = data.slice(end).replace(/^\r?\n\r?\n/, '');
  return { method: m[1], path: m[2].startsWith('/') ? m[2] : '/', headers, ...(body ? { body } : {}) };
}

/**
 * busybox nc (nc_bloaty) connecting out: -z only connects; -w SEC bounds connect() (an alarm, reported
 * as ETIMEDOUT); -v reports an open port and failures other than a refusal, -vv refusals too. An HTTP
 * request on stdin gets the server's response bytes (the connection then ends, as after HTTP/1.0); other
 * data is not exchanged: nc ends once connected.
 */
export const nc: Command = (argv, c): CmdResult => {
  const { flags, values, args } = opts(argv, ['w', 'p', 's', 'i', 'o']);
  const verbose = argv.slice(1).filter((a) => /^-[a-z]+$/.test(a)).join('').split('v').length - 1;
  const [hostArg, portArg] = args;
  if (!hostArg || !portArg || flags.has('l')) return { out: '', err: `${BUSYBOX_BANNER}Usage: nc [OPTIONS] HOST PORT  - connect\nnc [OPTIONS] -l -p PORT [HOST] [PORT]  - listen\n`, code: 1 };
  const port = /^\d+$/.test(portArg) ? Number(portArg) : 0;
  const wait = values.w !== undefined ? Number(values.w) : 0;
  const timeoutMs = wait > 0 && wait * 1000 < OS_CONNECT_TIMEOUT_MS ? wait * 1000 : undefined;
  const t: Target = { url: `http://${hostArg}:${port}/`, host: hostArg, port, path: '/' };
  const r = send(c, t, 'HEAD', { Host: hostArg }, timeoutMs, undefined, true);
  const ip = firstIP(c, hostArg);
  if (!ip) return { out: '', err: `nc: bad address '${hostArg}'\n`, code: 1, elapsedMs: r.elapsedMs };
  const who = `${hostArg} (${ip}:${port})`;
  if (!r.error && r.status !== undefined) {
    const opened = verbose ? `${who} open\n` : '';
    const http = flags.has('z') ? undefined : httpRequestOf(c.stdin);
    if (!http) return { out: '', err: opened, code: 0, elapsedMs: r.elapsedMs };
    // an HTTP server reads the request from the connection and writes its response back
    const target: Target = { url: `http://${hostArg}:${port}${http.path}`, host: hostArg, port, path: http.path };
    const res = send(c, target, http.method, http.headers, timeoutMs, undefined, false, http.body);
    if (res.status === undefined) return { out: '', err: opened, code: 0, elapsedMs: (r.elapsedMs ?? 0) + (res.elapsedMs ?? 0) };
    const head = `HTTP/1.1 ${res.status} ${REASONS[res.status] ?? ''}`.trimEnd();
    const headers = { ...(res.headers ?? {}), 'Content-Length': String(new TextEncoder().encode(res.body).length) };
    const bytes = `${head}\r\n` + Object.entries(headers).map(([k, v]) => `${k}: ${v}\r\n`).join('') + '\r\n' + (http.method === 'HEAD' ? '' : res.body);
    return { out: bytes, err: opened, code: 0, elapsedMs: (r.elapsedMs ?? 0) + (res.elapsedMs ?? 0) };
  }
  const refused = r.error?.code === 'refused';
  const why = refused ? 'Connection refused' : 'Connection timed out';
  const err = verbose > 1 || (verbose && !refused) ? `nc: ${who}: ${why}\n` : '';
  return { out: '', err, code: 1, elapsedMs: !refused && timeoutMs !== undefined ? timeoutMs : r.elapsedMs };
};

/** busybox nslookup against the cluster DNS (kube-dns at 10.96.0.10); `-type=srv` lists SRV records. */
export const nslookup: Command = (argv, c): CmdResult => {
  const name = argv.slice(1).find((a) => !a.startsWith('-'));
  if (!name) return { out: '', err: 'BusyBox v1.37.0 multi-call binary.\n\nUsage: nslookup [-type=QUERY_TYPE] [-debug] HOST [DNS_SERVER]\n', code: 1 };
  const ns = c.host.pod.metadata.namespace ?? 'default';
  if (!/^\d+\.\d+\.\d+\.\d+$/.test(name) && dnsQueryLost(c.host.ctx, podOrigin(c))) return { out: `${DNS_TIMED_OUT}\n`, code: 1, elapsedMs: NSLOOKUP_TIMEOUT_MS };
  const header = 'Server:\t\t10.96.0.10\nAddress:\t10.96.0.10:53\n\n';
  const type = argv.slice(1).find((a) => /^-(type|query|q)=/.test(a))?.split('=')[1]?.toLowerCase();
  if (type === 'srv') {
    const hit = lookupSrv(c.host.ctx, ns, name);
    if (!hit) return { out: header + `** server can't find ${name}: NXDOMAIN\n\n`, code: 1 };
    return { out: header + hit.records.map((r) => `${hit.name}\tservice = ${r.priority} ${r.weight} ${r.port} ${r.target}\n`).join('') + '\n', code: 0 };
  }
  const origin = { kind: 'pod' as const, namespace: ns, pod: c.host.pod.metadata.name! };
  const hit = /^\d+\.\d+\.\d+\.\d+$/.test(name) ? undefined : lookup(c.host.ctx, origin, name);
  if (!hit?.addresses.length) return { out: header + `** server can't find ${name}: ${hit?.servfail ? 'SERVFAIL' : 'NXDOMAIN'}\n\n`, code: 1 };
  // busybox prints the name that answered: the search-path expansion, not what was typed
  return { out: header + hit.addresses.map((ip) => `Name:\t${hit.name}\nAddress: ${ip}\n`).join('') + '\n', code: 0 };
};

/** dig (+short) against the cluster DNS; `dig` does not use the search path unless asked. */
export const dig: Command = (argv, c): CmdResult => {
  const short = argv.includes('+short');
  const search = argv.includes('+search');
  const name = argv.slice(1).find((a) => !a.startsWith('+') && !a.startsWith('-') && !['A', 'SRV', 'AAAA'].includes(a)) ?? '.';
  const ns = c.host.pod.metadata.namespace ?? 'default';
  const origin = { kind: 'pod' as const, namespace: ns, pod: c.host.pod.metadata.name! };
  const fq = name.endsWith('.') ? name : `${name}.`;
  // dig's defaults: +time=5 +tries=3, then exit 9
  if (dnsQueryLost(c.host.ctx, origin)) return { out: short ? DNS_TIMED_OUT : `\n; <<>> DiG 9.9.5-3ubuntu0.2-Ubuntu <<>> ${argv.slice(1).join(' ')}\n;; global options: +cmd\n${DNS_TIMED_OUT}`, code: 9, elapsedMs: 15_000 };
  const ips = search || name.split('.').length > 2 ? resolveName(c.host.ctx, origin, name) : [];
  if (short) return { out: ips.map((ip) => `${ip}\n`).join(''), code: 0 };
  let out = `\n; <<>> DiG 9.9.5-3ubuntu0.2-Ubuntu <<>> ${argv.slice(1).join(' ')}\n;; global options: +cmd\n;; Got answer:\n`;
  out += `;; ->>HEADER<<- opcode: QUERY, status: ${ips.length ? 'NOERROR' : 'NXDOMAIN'}, id: ${1000 + (fq.length * 7919) % 60000}\n`;
  out += `;; flags: qr aa rd ra; QUERY: 1, ANSWER: ${ips.length}, AUTHORITY: 0, ADDITIONAL: 0\n\n;; QUESTION SECTION:\n;${fq}\t\tIN\tA\n\n`;
  if (ips.length) out += ';; ANSWER SECTION:\n' + ips.map((ip) => `${fq}\t30\tIN\tA\t${ip}\n`).join('') + '\n';
  out += `;; Query time: 0 msec\n;; SERVER: 10.96.0.10#53(10.96.0.10)\n;; MSG SIZE  rcvd: ${60 + fq.length * 2}\n\n`;
  return { out, code: 0 };
};

/** host NAME: `<fqdn> has address <ip>`. */
export const host: Command = (argv, c): CmdResult => {
  const name = argv[1];
  if (!name) return { out: 'Usage: host [-aCdilrTvVw] [-c class] [-N ndots] [-t type] [-W time]\n', code: 1 };
  const ns = c.host.pod.metadata.namespace ?? 'default';
  if (dnsQueryLost(c.host.ctx, podOrigin(c))) return { out: DNS_TIMED_OUT, code: 1, elapsedMs: 10_000 };
  const ips = resolveName(c.host.ctx, podOrigin(c), name);
  if (!ips.length) return { out: `Host ${name} not found: 3(NXDOMAIN)\n`, code: 1 };
  const dots = name.split('.').length - 1;
  const fqdn = name.endsWith('cluster.local') ? name : dots === 0 ? `${name}.${ns}.svc.cluster.local` : dots === 1 ? `${name}.svc.cluster.local` : name;
  return { out: ips.map((ip) => `${fqdn} has address ${ip}\n`).join(''), code: 0 };
};
