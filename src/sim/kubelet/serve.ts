import type { Cluster } from '../cluster';
import type { HttpRequest } from '../network/request';

/** What a container answers on a port: an HTTP response, or a refused connection. */
export type ServeResult = { status: number; body: string; headers?: Record<string, string> } | { refused: true };

/**
 * Deliver an HTTP request to whatever listens on podIP:port (the image's behaviour, through the kubelet's
 * record of running containers). Stub until the kubelet lands.
 */
export function serveHttp(cluster: Cluster, podIP: string, port: number, req: HttpRequest): ServeResult {
  void cluster;
  void podIP;
  void port;
  void req;
  return { refused: true };
}
