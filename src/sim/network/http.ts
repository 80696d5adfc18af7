import type { Hop } from './hop';
import type { ServerCertificate } from './tls';

/** Where a request starts: inside a pod (exec curl/wget) or at the learner's prompt (outside the cluster). */
export type RequestOrigin = { kind: 'pod'; namespace: string; pod: string } | { kind: 'outside' };

export interface HttpRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  /** curl --connect-timeout / -m in ms: a dropped connection then fails after this long ("Timeout was reached"). */
  connectTimeoutMs?: number;
  /** curl --resolve HOST:PORT:ADDRESS: addresses used for these names instead of DNS (keyed `host:port`). */
  resolve?: Map<string, string>;
  /** The client stands this request in for the TLS handshake: servers must not act on it (the API server runs no handler). */
  handshake?: boolean;
  /** What the client sends (curl -d). */
  body?: string;
}

export interface HttpResult {
  /** Undefined when no HTTP response came back (see `error`). */
  status?: number;
  body: string;
  headers?: Record<string, string>;
  /** curl-style failure, e.g. `Could not resolve host: kubia` or `Failed to connect to 10.96.0.12 port 80 after 1 ms: Could not connect to server`. */
  error?: { code: 'resolve' | 'refused' | 'timeout' | 'unreachable'; message: string };
  path: Hop[];
  /** Details for other clients' messages (wget, nslookup): the address connected to and the port. */
  target?: { host: string; ip?: string; port: number };
  /** Virtual time the attempt took (a timeout takes long); callers may advance the clock by it. */
  elapsedMs?: number;
  /** Of `elapsedMs`, the time the server took before answering (the API server's health checks waiting on etcd). */
  serverMs?: number;
  /** Why a connection was dropped (NetworkPolicy name, externalTrafficPolicy Local...), for explanations. */
  explanation?: string;
  /** The certificate the TLS server presented (https through the API server or an Ingress). */
  certificate?: ServerCertificate;
}
