import type { Cluster } from '../cluster';

/** Where a request starts: inside a pod (exec curl/wget) or at the learner's prompt (outside the cluster). */
export type RequestOrigin = { kind: 'pod'; namespace: string; pod: string } | { kind: 'outside' };

export interface HttpRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
}

/** One step a request took, for the canvas: client → Service → endpoint → pod. */
export interface Hop {
  kind: 'Client' | 'Node' | 'Ingress' | 'Service' | 'Endpoints' | 'Pod' | 'DNS' | 'External';
  namespace?: string;
  name: string;
  detail?: string;
}

export interface HttpResult {
  /** Undefined when no HTTP response came back (see `error`). */
  status?: number;
  body: string;
  headers?: Record<string, string>;
  /** curl-style failure, e.g. `Could not resolve host: kubia` or `Failed to connect to 10.96.0.12 port 80: Connection refused`. */
  error?: { code: 'resolve' | 'refused' | 'timeout' | 'unreachable'; message: string };
  path: Hop[];
}

/** Send an HTTP request through cluster DNS, kube-proxy and Ingress. Stub until the network lands. */
export function request(cluster: Cluster, origin: RequestOrigin, req: HttpRequest): HttpResult {
  void cluster;
  void origin;
  return { body: '', error: { code: 'unreachable', message: `Could not resolve host: ${req.url}` }, path: [] };
}

/** Resolve a DNS name as the pod would (search path `<ns>.svc.cluster.local svc.cluster.local cluster.local`). */
export function resolveName(cluster: Cluster, origin: RequestOrigin, name: string): string[] {
  void cluster;
  void origin;
  void name;
  return [];
}
