/**
 * The simulated cluster over the Kubernetes HTTP API (plain HTTP on 127.0.0.1), so that real
 * kubectl, k9s or Headlamp can drive it: discovery, OpenAPI v3, Table printing, list and watch,
 * writes and subresources, every failure a metav1.Status. Each request runs the cluster until it
 * settles, as the project's own kubectl does after a command.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { MAX_REQUEST_BYTES } from '../sim/apiserver/manifest';
import { resourceKey } from '../sim/apiserver/resources';
import type { Cluster } from '../sim/cluster';
import { ApiError, type KObject } from '../sim/types';
import { ReadTimeout } from '../sim/etcd/unavailable';
import { healthAnswer } from '../sim/apiserver/health';
import { DEPRECATION } from '../kubectl/commands/read/query';
import { mediaType } from '../sim/apiserver/request-body';
import { decodeProtobuf } from './protobuf';
import { authorizeUnrouted, requestAttributes, requestUser } from './access';
import { AGGREGATED_V2, aggregatedDiscovery, apiGroup, apiGroupList, apiVersions, resourceList, SERVED, wantsAggregated } from './discovery';
import { serverVersionInfo } from '../sim/version-info';
import { documentFor, openapiIndex } from './openapi';
import { OPENAPI_V2_PROTOBUF, OPENAPI_V2_PROTOBUF_TYPE, openapiV2 } from './openapi-v2';
import { inVersion } from '../sim/apiserver/conversions';
import { handleResource, listObjects, type ResourcePath, type RestRequest } from './rest';
import { aheadOfStore, whenFresh } from './fresh-read';
import { statusFor, statusOf, type StatusBody } from './status';
import { toTable, wantsTable } from './table';
import { startWatch } from './watch';
import { WatchHistory } from './watch-history';

const notFound = () => new ApiError(404, 'NotFound', 'the server could not find the requested resource');

/** `/api/v1/...` or `/apis/<group>/<version>/...` → the resource it names, or undefined for discovery paths. */
function resourcePath(segs: string[]): ResourcePath | 'discovery' | undefined {
  let group: string;
  let version: string;
  let rest: string[];
  if (segs[0] === 'api' && segs.length >= 2) [group, version, rest] = ['', segs[1], segs.slice(2)];
  else if (segs[0] === 'apis' && segs.length >= 3) [group, version, rest] = [segs[1], segs[2], segs.slice(3)];
  else return undefined;
  if (!rest.length) return 'discovery';
  let namespace: string | undefined;
  if (rest[0] === 'namespaces' && rest.length >= 3) {
    namespace = rest[1];
    rest = rest.slice(2);
  }
  const [plural, name, subresource, ...more] = rest;
  const rt = SERVED.find((r) => r.group === group && r.version === version && r.plural === plural);
  if (!rt || more.length || (namespace !== undefined && !rt.namespaced)) return undefined;
  // a namespace's own subresources (`/api/v1/namespaces/x/status`) read as namespace x
  return { rt, namespace: rt.namespaced ? namespace : undefined, name, subresource };
}

function send(res: ServerResponse, code: number, body: unknown, warnings: string[] = []): void {
  const text = `${JSON.stringify(body)}\n`;
  const headers: Record<string, string | string[]> = { 'Content-Type': 'application/json', 'Content-Length': String(Buffer.byteLength(text)) };
  if (warnings.length) headers.Warning = warnings.map((w) => `299 - ${JSON.stringify(w)}`);
  res.writeHead(code, headers);
  res.end(text);
}

/**
 * What the timeout filter answers a request that did not finish in time: 504 and the Status it
 * encodes without kind or apiVersion, with no content type set (Go's server sniffs it as text).
 */
function sendTimedOut(res: ServerResponse): void {
  const status = { metadata: {}, status: 'Failure', message: 'Timeout: request did not complete within the allotted timeout', reason: 'Timeout', details: {}, code: 504 };
  res.writeHead(504, { 'Content-Type': 'text/plain; charset=utf-8' });
  res.end(JSON.stringify(status) + '\n');
}

function sendStatus(res: ServerResponse, s: StatusBody, warnings: string[] = []): void {
  // a Status that asks the client to come back later says when in the header too
  const retry = s.details?.retryAfterSeconds;
  if (typeof retry === 'number' && retry > 0) res.setHeader('Retry-After', String(retry));
  send(res, s.code, s, warnings);
}

/** Subresources that read no stored object at a resourceVersion. */
const NOT_STORED = new Set(['log', 'exec', 'attach', 'portforward', 'proxy']);

/** The resourceVersion a get or list (not a watch) asks for, when the store has not reached it yet. */
function readAhead(cluster: Cluster, req: IncomingMessage): number | undefined {
  if ((req.method ?? 'GET').toUpperCase() !== 'GET') return undefined;
  let url: URL;
  let rp: ReturnType<typeof resourcePath>;
  try {
    url = new URL(req.url ?? '/', 'http://127.0.0.1');
    rp = resourcePath(url.pathname.split('/').filter(Boolean).map((s) => decodeURIComponent(s)));
  } catch {
    // a URL serve() rejects
    return undefined;
  }
  const watch = url.searchParams.get('watch');
  if (typeof rp !== 'object' || (rp.subresource && NOT_STORED.has(rp.subresource)) || watch === 'true' || watch === '1') return undefined;
  return aheadOfStore(cluster, url.searchParams);
}

/** A list as the server encodes it: items without their own kind and apiVersion. */
function listBody(rtKind: string, apiVersion: string, resourceVersion: string, items: KObject[]): unknown {
  return { kind: `${rtKind}List`, apiVersion, metadata: { resourceVersion }, items: items.map(({ kind: _k, apiVersion: _v, ...rest }) => rest) };
}

/** Answer a non-resource GET (discovery, OpenAPI, version); undefined when the path is none of them. */
function nonResource(path: string, segs: string[]): { body?: unknown; text?: string } | undefined {
  if (path === '/version') return { body: serverVersionInfo() };
  if (path === '/api') return { body: apiVersions() };
  if (path === '/apis') return { body: apiGroupList() };
  if (segs[0] === 'apis' && segs.length === 2) {
    const g = apiGroup(segs[1]);
    return g ? { body: g } : undefined;
  }
  if (path === '/openapi/v3') return { body: openapiIndex() };
  if (segs[0] === 'openapi' && segs[1] === 'v3') {
    const doc = documentFor(segs.slice(2).join('/'));
    return doc ? { text: doc.text } : undefined;
  }
  return undefined;
}

/** The watch streams open now, for tests that act once a client watches. */
interface WatchCount {
  open: number;
}

/** The request handler of the HTTP API over `cluster`. */
function apiHandler(cluster: Cluster, watches: WatchCount = { open: 0 }): (req: IncomingMessage, res: ServerResponse) => void {
  const history = new WatchHistory(cluster);
  return (req, res) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    req.on('data', (c: Buffer) => {
      if (tooLarge) return;
      size += c.length;
      if (size > MAX_REQUEST_BYTES) {
        tooLarge = true;
        res.setHeader('Connection', 'close');
        sendStatus(res, statusFor(new ApiError(413, 'RequestEntityTooLarge', `Request entity too large: limit is ${MAX_REQUEST_BYTES}`)));
        return;
      }
      chunks.push(c);
    });
    req.on('end', () => {
      if (tooLarge) return;
      const handle = () => {
        const warnings: string[] = [];
        const outer = cluster.api.warningSink;
        cluster.api.warningSink = (m) => warnings.push(m);
        try {
          serve(cluster, history, watches, req, res, Buffer.concat(chunks), warnings);
        } catch (e) {
          if (e instanceof ReadTimeout && !res.headersSent) sendTimedOut(res);
          else if (!res.headersSent) sendStatus(res, statusFor(e), warnings);
          else res.end();
        } finally {
          cluster.api.warningSink = outer;
        }
      };
      const ahead = readAhead(cluster, req);
      if (ahead === undefined) return handle();
      res.on('close', whenFresh(cluster, ahead, handle, (s) => sendStatus(res, s)));
    });
    req.on('error', () => res.destroy());
  };
}

function serve(cluster: Cluster, history: WatchHistory, watches: WatchCount, req: IncomingMessage, res: ServerResponse, raw: Buffer, warnings: string[]): void {
  let url: URL;
  try {
    url = new URL(req.url ?? '/', 'http://127.0.0.1');
  } catch {
    throw new ApiError(400, 'BadRequest', 'the request URL could not be parsed');
  }
  const path = url.pathname.replace(/\/+$/, '') || '/';
  const segs = path.split('/').filter(Boolean).map((s) => decodeURIComponent(s));
  const method = (req.method ?? 'GET').toUpperCase();
  const user = requestUser(req, cluster);
  const rp = resourcePath(segs);
  if (rp === undefined || rp === 'discovery') {
    authorizeUnrouted(cluster, user, requestAttributes(method, decodeURIComponent(url.pathname), url.searchParams));
    if (method !== 'GET' && method !== 'HEAD') throw rp === 'discovery' ? new ApiError(405, 'MethodNotAllowed', 'the server does not allow this method on the requested resource') : notFound();
    if (rp === 'discovery') {
      const list = segs[0] === 'api' ? resourceList('', segs[1]) : resourceList(segs[1], segs[2]);
      if (!list) throw notFound();
      return send(res, 200, list);
    }
    if ((path === '/api' || path === '/apis') && wantsAggregated(req.headers.accept)) {
      const text = `${JSON.stringify(aggregatedDiscovery(path === '/api'))}\n`;
      res.writeHead(200, { 'Content-Type': AGGREGATED_V2, 'Content-Length': String(Buffer.byteLength(text)) });
      return void res.end(text);
    }
    if (path === '/openapi/v2') {
      const v2 = openapiV2();
      const proto = (req.headers.accept ?? '').includes(OPENAPI_V2_PROTOBUF);
      const data = proto ? v2.proto : Buffer.from(v2.json);
      res.writeHead(200, { 'Content-Type': proto ? OPENAPI_V2_PROTOBUF_TYPE : 'application/json', 'Content-Length': String(data.length), ETag: v2.etag });
      return void res.end(data);
    }
    const health = healthAnswer(`${path}${url.search}`, cluster.etcdHealth);
    if (health) {
      // the checks' etcd probes keep the request on the cluster's clock, as componentstatuses does
      if (health.waitMs) cluster.advance(health.waitMs);
      res.writeHead(health.status, { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff', 'Content-Length': String(Buffer.byteLength(health.body)) });
      return void res.end(health.body);
    }
    const answer = nonResource(path, segs);
    if (!answer) throw notFound();
    if (answer.text !== undefined) {
      const json = answer.text.startsWith('{');
      res.writeHead(200, { 'Content-Type': json ? 'application/json' : 'text/plain; charset=utf-8', 'Content-Length': String(Buffer.byteLength(answer.text)) });
      return void res.end(answer.text);
    }
    return send(res, 200, answer.body);
  }
  let contentType = req.headers['content-type'];
  let body = raw.toString('utf8');
  // typed clients send protobuf: decoded here, everything after reads JSON
  if (mediaType(contentType) === 'application/vnd.kubernetes.protobuf' && raw.length) {
    body = JSON.stringify(decodeProtobuf(raw));
    contentType = 'application/json';
  }
  const rr: RestRequest = { method, path: rp, query: url.searchParams, contentType, body, user };
  const deprecation = DEPRECATION[resourceKey(rp.rt)];
  if (deprecation) warnings.push(deprecation.replace(/^Warning: /, ''));
  const accept = req.headers.accept;
  const table = method === 'GET' && !rp.subresource && wantsTable(accept);
  const includeObject = url.searchParams.get('includeObject') ?? 'Metadata';
  const rv = () => cluster.api.store.currentResourceVersion();
  if (method === 'GET' && rp.name === undefined && !rp.subresource) {
    const watch = url.searchParams.get('watch');
    if (watch === 'true' || watch === '1') return serveWatch(cluster, history, watches, rr, res, table, includeObject, warnings);
    const items = listObjects(cluster, rr);
    return send(res, 200, table ? toTable(resourceKey(rp.rt), items, cluster.now(), rv(), { includeObject, apiVersion: apiVersionOfPath(rp) }) : listBody(rp.rt.kind, apiVersionOfPath(rp), rv(), items.map((o) => inVersion(o, apiVersionOfPath(rp)))), warnings);
  }
  // a watch of one object (kubectl delete --wait, rollout status) comes as a list with a name field selector
  const answer = handleResource(cluster, rr);
  if (answer.text !== undefined) {
    res.writeHead(answer.code, { 'Content-Type': 'text/plain', 'Content-Length': String(Buffer.byteLength(answer.text)) });
    return void res.end(answer.text);
  }
  if (table && answer.code === 200) return send(res, 200, toTable(resourceKey(rp.rt), [answer.body as KObject], cluster.now(), rv(), { includeObject, apiVersion: apiVersionOfPath(rp) }), warnings);
  send(res, answer.code, isObjectOf(answer.body, rp.rt.kind) ? inVersion(answer.body, apiVersionOfPath(rp)) : answer.body, warnings);
}

/** Whether a response body is an object of the requested kind (not a Status, list or subresource). */
function isObjectOf(body: unknown, kind: string): body is KObject {
  return !!body && typeof body === 'object' && (body as KObject).kind === kind && typeof (body as KObject).metadata === 'object';
}

function apiVersionOfPath(rp: ResourcePath): string {
  return rp.rt.group ? `${rp.rt.group}/${rp.rt.version}` : rp.rt.version;
}

function serveWatch(cluster: Cluster, history: WatchHistory, watches: WatchCount, rr: RestRequest, res: ServerResponse, table: boolean, includeObject: string, warnings: string[]): void {
  const headers: Record<string, string | string[]> = { 'Content-Type': 'application/json', 'Transfer-Encoding': 'chunked' };
  if (warnings.length) headers.Warning = warnings.map((w) => `299 - ${JSON.stringify(w)}`);
  let first = true;
  const key = resourceKey(rr.path.rt);
  const write = (type: string, obj: KObject) => {
    const object = table ? toTable(key, [obj], cluster.now(), obj.metadata.resourceVersion ?? '', { includeObject, noHeaders: !first, apiVersion: apiVersionOfPath(rr.path) }) : inVersion(obj, apiVersionOfPath(rr.path));
    first = false;
    res.write(`${JSON.stringify({ type, object })}\n`);
  };
  // validate selectors before the stream starts, so that a bad one is a Status
  const pending: [string, KObject][] = [];
  let started = false;
  let stop: () => void;
  try {
    stop = startWatch(cluster, history, rr, (type, obj) => (started ? write(type, obj) : pending.push([type, obj])));
  } catch (e) {
    // a resourceVersion older than the history: the stream opens and carries the error as its one event
    if (!(e instanceof ApiError) || e.code !== 410) throw e;
    res.writeHead(200, headers);
    return void res.end(`${JSON.stringify({ type: 'ERROR', object: statusOf(e) })}\n`);
  }
  res.writeHead(200, headers);
  // the client waits for the headers before it reads events: send them now, as the apiserver does
  res.flushHeaders();
  started = true;
  watches.open++;
  for (const [t, o] of pending) write(t, o);
  const timeout = Number(rr.query.get('timeoutSeconds'));
  const timer = Number.isFinite(timeout) && timeout > 0 ? setTimeout(() => res.end(), timeout * 1000) : undefined;
  res.on('close', () => {
    watches.open--;
    stop();
    if (timer) clearTimeout(timer);
  });
}

export interface RunningServer {
  server: Server;
  port: number;
  watches: WatchCount;
  close(): Promise<void>;
}

/** Listen on 127.0.0.1:`port` (0 picks a free port). */
export function listen(cluster: Cluster, port: number): Promise<RunningServer> {
  const watches: WatchCount = { open: 0 };
  const server = createServer(apiHandler(cluster, watches));
  server.requestTimeout = 0;
  return new Promise((resolveP, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      const actual = (server.address() as AddressInfo).port;
      resolveP({
        server,
        port: actual,
        watches,
        close: () =>
          new Promise<void>((r) => {
            server.closeAllConnections();
            server.close(() => r());
          }),
      });
    });
  });
}
