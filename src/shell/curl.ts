/** `curl` at the learner's prompt: a request from outside the cluster (NodePorts, LB IPs, Ingress). */
import type { HttpResult } from '../sim/network/http';
import { request } from '../sim/network/request';
import { verifyServer, type Trust } from '../sim/network/tls';
import { clusterCaPem } from '../sim/kubelet/volumes';
import { StreamWriter } from '../sim/sh/streams';
import type { Builtin } from './io';

/** curl's exit codes for each failure kind (libcurl CURLE_*). */
const EXIT: Record<NonNullable<HttpResult['error']>['code'], number> = { resolve: 6, refused: 7, unreachable: 7, timeout: 28 };

const REASONS: Record<number, string> = {
  200: 'OK',
  201: 'Created',
  204: 'No Content',
  301: 'Moved Permanently',
  302: 'Found',
  308: 'Permanent Redirect',
  400: 'Bad Request',
  403: 'Forbidden',
  404: 'Not Found',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

const VALUE_FLAGS = new Set(['-H', '--header', '-X', '--request', '-d', '--data', '--data-raw', '-m', '--max-time', '--connect-timeout', '-o', '--output', '-A', '--user-agent', '-w', '--write-out', '--resolve', '--cacert']);

export const curl: Builtin = (args, env) => {
  const w = new StreamWriter();
  const headers: Record<string, string> = {};
  let method: string | undefined;
  let silent = false;
  let showErrors = false;
  let verbose = false;
  let include = false;
  let fail = false;
  let output: string | undefined;
  let url: string | undefined;
  let timeoutMs: number | undefined;
  /** -m alone: --connect-timeout does not bound waiting for the answer. */
  let maxTimeMs: number | undefined;
  let insecure = false;
  let caFile: string | undefined;
  const resolve = new Map<string, string>();
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (VALUE_FLAGS.has(a)) {
      const v = args[++i];
      if (v === undefined) return w.err(`curl: option ${a}: requires parameter\ncurl: try 'curl --help' or 'curl --manual' for more information`, 2).done();
      if (a === '-H' || a === '--header') {
        const c = v.indexOf(':');
        if (c > 0) headers[v.slice(0, c).trim()] = v.slice(c + 1).trim();
      } else if (a === '-X' || a === '--request') method = v;
      else if (a === '-d' || a === '--data' || a === '--data-raw') method ??= 'POST';
      else if (a === '-o' || a === '--output') output = v;
      else if (a === '--cacert') caFile = v;
      else if (a === '--resolve') {
        const r = /^([^:]+):(\d+):(.+)$/.exec(v);
        if (r) resolve.set(`${r[1].toLowerCase()}:${r[2]}`, r[3]);
      }
      else if (a === '-m' || a === '--max-time' || a === '--connect-timeout') {
        if (!/^\d+(\.\d+)?$/.test(v)) return w.err(`curl: option ${a}: expected a proper numerical parameter\ncurl: try 'curl --help' or 'curl --manual' for more information`, 2).done();
        timeoutMs = Math.min(timeoutMs ?? Infinity, Number(v) * 1000);
        if (a !== '--connect-timeout') maxTimeMs = Number(v) * 1000;
      }
      continue;
    }
    if (a.startsWith('--')) {
      if (a === '--silent') silent = true;
      else if (a === '--show-error') showErrors = true;
      else if (a === '--verbose') verbose = true;
      else if (a === '--include') include = true;
      else if (a === '--head') method = 'HEAD';
      else if (a === '--fail') fail = true;
      else if (a === '--insecure') insecure = true;
      else if (!['--insecure', '--location', '--http1.1', '--no-progress-meter'].includes(a))
        return w.err(`curl: option ${a}: is unknown\ncurl: try 'curl --help' or 'curl --manual' for more information`, 2).done();
      continue;
    }
    if (a.startsWith('-') && a.length > 1) {
      for (const f of a.slice(1)) {
        if (f === 's') silent = true;
        else if (f === 'S') showErrors = true;
        else if (f === 'v') verbose = true;
        else if (f === 'i') include = true;
        else if (f === 'I') method = 'HEAD';
        else if (f === 'f') fail = true;
        else if (f === 'k') insecure = true;
        else if (f !== 'L') return w.err(`curl: option -${f}: is unknown\ncurl: try 'curl --help' or 'curl --manual' for more information`, 2).done();
      }
      continue;
    }
    url = a;
  }
  if (!url) return w.err(`curl: no URL specified\ncurl: try 'curl --help' or 'curl --manual' for more information`, 2).done();
  const full = /^[a-z]+:\/\//i.test(url) ? url : `http://${url}`;
  const m = /^([a-z]+):\/\/([^/:?#]+)(?::(\d+))?([^#]*)/i.exec(full);
  const host = m?.[2] ?? url;
  const https = m?.[1]?.toLowerCase() === 'https' && !insecure;
  const trust: Trust | undefined = !https ? undefined : caFile === undefined ? { kind: 'system' } : caBundle(env.fs.read(caFile), env.cluster.api);
  const send = (verb: string, handshake = false) => {
    const r = request(env.cluster, { kind: 'outside' }, { method: verb, url: full, headers, connectTimeoutMs: timeoutMs, resolve, handshake });
    // a request that hangs (dropped packets, a server slow to answer) takes its virtual time, as it would at a real prompt;
    // -m ends the wait for a slow server
    const gaveUpAt = r.serverMs !== undefined && maxTimeMs !== undefined && r.serverMs > maxTimeMs ? maxTimeMs + 1 : undefined;
    const ms = gaveUpAt ?? r.elapsedMs;
    if (ms) env.cluster.advance(ms);
    return gaveUpAt === undefined ? r : { ...r, status: undefined, error: { code: 'timeout' as const, message: `Operation timed out after ${gaveUpAt} milliseconds with 0 bytes received` } };
  };
  const quietErrors = silent && !showErrors;
  const defaultPort = m?.[1] === 'https' ? '443' : '80';
  const port = m?.[3] ?? defaultPort;
  // the handshake comes before the request: a HEAD stands in for it, so that nothing is acted on when it fails
  let res = send(https ? 'HEAD' : (method ?? 'GET'), https && method !== 'HEAD');
  if (verbose) w.err(`*   Trying ${res.target?.ip ?? host}:${port}...`, 0);
  if (res.error || res.status === undefined) return connectFailure(w, res, host, quietErrors);
  if (https) {
    const refusal = !trust ? undefined : res.certificate ? verifyServer(res.certificate, trust, host, 'host name') : undefined;
    if (verbose && (!trust || refusal)) w.err(`* Connected to ${host} (${res.target?.ip ?? host}) port ${port}`, 0);
    if (!trust) return exitWith(w, 77, `curl: (77) error setting certificate file: ${caFile}`, quietErrors);
    if (refusal) return exitWith(w, 60, `curl: (60) ${refusal}\n${CA_CERT_HELP}`, quietErrors);
    if (method !== 'HEAD') res = send(method ?? 'GET');
    if (res.error || res.status === undefined) return connectFailure(w, res, host, quietErrors);
  }
  const status = res.status;
  const statusLine = `HTTP/1.1 ${status} ${REASONS[status] ?? ''}`.trimEnd();
  const resHeaders = Object.entries(res.headers ?? {}).map(([k, v]) => `${k}: ${v}`);
  if (verbose) {
    const ip = res.target?.ip ?? host;
    w.err(`* Connected to ${host} (${ip}) port ${port}`, 0);
    // curl sends the port in Host only when it is not the scheme's default
    const hostHeader = headers.Host ?? headers.host ?? (port === defaultPort ? host : `${host}:${port}`);
    const sent = [`${method ?? 'GET'} ${m?.[4] || '/'} HTTP/1.1`, `Host: ${hostHeader}`, 'User-Agent: curl/8.5.0', 'Accept: */*'];
    for (const [k, v] of Object.entries(headers)) if (k.toLowerCase() !== 'host') sent.push(`${k}: ${v}`);
    w.err([...sent.map((l) => `> ${l}`), '> ', `< ${statusLine}`, ...resHeaders.map((l) => `< ${l}`), '< '].join('\n'), 0);
  }
  if (fail && status >= 400) {
    if (!quietErrors) w.err(`curl: (22) The requested URL returned error: ${status}`, 22);
    w.code = 22;
    return w.done();
  }
  let text = include || method === 'HEAD' ? [statusLine, ...resHeaders, '', ''].join('\r\n') : '';
  if (method !== 'HEAD') text += res.body;
  if (output) env.fs.write(output, text);
  else w.out(text);
  if (verbose) w.err(`* Connection #0 to host ${host} left intact`, 0);
  return w.done();
};

/** What curl's tool adds after a certificate it could not verify (curl 8.5's wording). */
const CA_CERT_HELP =
  'More details here: https://curl.se/docs/sslcerts.html\n\n' +
  'curl failed to verify the legitimacy of the server and therefore could not\n' +
  'establish a secure connection to it. To learn more about this situation and\n' +
  'how to fix it, please visit the web page mentioned above.';

/** A --cacert file as OpenSSL loads it: unusable when missing or without a certificate. */
function caBundle(text: string | undefined, api: Parameters<typeof clusterCaPem>[0]): Trust | undefined {
  if (text === undefined || !text.includes('-----BEGIN CERTIFICATE-----')) return undefined;
  return { kind: 'file', text, clusterCa: clusterCaPem(api, 'default') };
}

function exitWith(w: StreamWriter, code: number, message: string, quiet: boolean) {
  if (!quiet) w.err(message, code);
  w.code = code;
  return w.done();
}

function connectFailure(w: StreamWriter, res: HttpResult, host: string, quiet: boolean) {
  const e = res.error ?? { code: 'unreachable' as const, message: `Failed to connect to ${host}` };
  return exitWith(w, EXIT[e.code], `curl: (${EXIT[e.code]}) ${e.message}`, quiet);
}
