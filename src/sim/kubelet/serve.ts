import type { SimContext } from '../context';
import type { HttpReq, HttpResp } from '../images/types';
import type { HttpRequest } from '../network/http';
import type { PodRt } from './state';

/** What a container answers on a port: an HTTP response, or a refused connection. */
export type ServeResult = { status: number; body: string; headers?: Record<string, string> } | { refused: true };

/**
 * Optional request header naming the client address the container sees (`Received request from ::ffff:<ip>`).
 * The network layer sets it to the source pod or node; without it the node's bridge address is used.
 */
export const CLIENT_IP_HEADER = 'X-Sim-Client-IP';

/** Deliver a request to whichever running container of the pod listens on the port. */
export function serveLocal(rt: PodRt, port: number, req: HttpReq, connectOnly = false): HttpResp | undefined {
  for (const c of rt.containers) {
    const p = c.proc?.alive ? c.proc.program : undefined;
    const h = p?.http?.[port];
    // a bare connection (a TLS handshake's stand-in, nc -z) is accepted by any listener and acted on by none
    if (connectOnly && (h || p?.tcp?.includes(port))) return { status: 200, body: '', headers: {} };
    if (h) return h(req);
  }
  return undefined;
}

function pathOf(url: string): string {
  const m = /^[a-z]+:\/\/[^/]+(\/.*)?$/i.exec(url);
  if (m) return m[1] ?? '/';
  return url.startsWith('/') ? url : '/';
}

/**
 * Deliver an HTTP request to whatever listens on podIP:port (the image's behaviour, through the kubelet's
 * record of running containers). Refused when nothing listens or the container is not running.
 */
export function serveHttp(ctx: SimContext, podIP: string, port: number, req: HttpRequest): ServeResult {
  const k = ctx.services.kubelet;
  if (!k) return { refused: true };
  for (const rt of k.podsAt(podIP)) {
    if (!rt.sandboxReady) continue;
    const headers = { ...req.headers };
    const client = headers[CLIENT_IP_HEADER] ?? `${k.nodes.get(rt.node)?.cidrPrefix ?? '10.244.0'}.1`;
    delete headers[CLIENT_IP_HEADER];
    const r = serveLocal(rt, port, { method: req.method, path: pathOf(req.url), headers, clientIP: client }, req.handshake);
    if (r) return { status: r.status, body: r.body, headers: r.headers };
  }
  // hostPort: the node's address forwards to the pod's containerPort
  const node = [...k.nodes.values()].find((n) => n.ip === podIP);
  if (node) {
    for (const rt of k.pods.values()) {
      if (rt.node !== node.name || !rt.sandboxReady || rt.pod.spec?.hostNetwork) continue;
      for (const c of rt.containers) {
        const p = (c.spec.ports ?? []).find((x: { hostPort?: number }) => x.hostPort === port);
        if (!p) continue;
        const headers = { ...req.headers };
        const client = headers[CLIENT_IP_HEADER] ?? `${node.cidrPrefix}.1`;
        delete headers[CLIENT_IP_HEADER];
        const r = serveLocal(rt, p.containerPort, { method: req.method, path: pathOf(req.url), headers, clientIP: client }, req.handshake);
        if (r) return { status: r.status, body: r.body, headers: r.headers };
      }
    }
  }
  return { refused: true };
}
