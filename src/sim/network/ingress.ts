import type { SimContext } from '../context';
import { decodeBase64 } from '../base64';
import type { KObject } from '../types';
import { isIPv4 } from './ip';
import type { ServerCertificate } from './tls';
import { readCertificates } from './x509';

/** The body ingress-nginx's default server returns for a status (nginx's own error page). */
export function nginxErrorPage(status: number, reason: string): string {
  return `<html>\r\n<head><title>${status} ${reason}</title></head>\r\n<body>\r\n<center><h1>${status} ${reason}</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n`;
}

const INGRESS_CONTROLLER = 'k8s.io/ingress-nginx';

/** Whether the simulated ingress-nginx serves this Ingress (its class, or the legacy annotation). */
export function servedByNginx(ctx: SimContext, ing: KObject): boolean {
  const legacy = ing.metadata.annotations?.['kubernetes.io/ingress.class'];
  if (legacy) return legacy === 'nginx';
  const cls = ing.spec?.ingressClassName;
  if (!cls) return false;
  return ctx.api.tryGet('ingressclasses.networking.k8s.io', undefined, cls)?.spec?.controller === INGRESS_CONTROLLER;
}

/** A matched route: which Ingress, rule path and backend handle the request. */
export interface IngressRoute {
  ingress: KObject;
  /** The rule's path ('' for a default backend). */
  path: string;
  backend: KObject;
  /** Host of the rule ('' when the rule has none). */
  host: string;
}

/** Prefix matching by path elements: `/foo` matches `/foo` and `/foo/bar`, never `/foobar`. */
export function prefixMatches(rulePath: string, reqPath: string): boolean {
  const r = rulePath.replace(/\/+$/, '');
  if (r === '') return true;
  return reqPath === r || reqPath.startsWith(`${r}/`);
}

function pathMatches(p: KObject, reqPath: string): boolean {
  const rp: string = p.path ?? '/';
  switch (p.pathType) {
    case 'Exact':
      return rp === reqPath;
    case 'Prefix':
      return prefixMatches(rp, reqPath);
    default:
      // ImplementationSpecific: nginx's plain `location` prefix
      return reqPath.startsWith(rp);
  }
}

/** Host rule matching: exact, or `*.domain` covering exactly one more label. */
export function hostMatches(ruleHost: string, host: string): 'exact' | 'wildcard' | undefined {
  if (ruleHost === host) return 'exact';
  if (ruleHost.startsWith('*.')) {
    const rest = ruleHost.slice(1);
    if (host.endsWith(rest) && !host.slice(0, -rest.length).includes('.') && host.length > rest.length) return 'wildcard';
  }
  return undefined;
}

/**
 * Route a request through the Ingresses ingress-nginx serves: exact hosts, then wildcard hosts, then
 * rules without a host; within them the longest matching path, Exact before Prefix on ties; then any
 * default backend.
 */
export function routeIngress(ctx: SimContext, host: string, reqPath: string): IngressRoute | undefined {
  const ingresses = ctx.api.list('ingresses.networking.k8s.io').filter((i) => servedByNginx(ctx, i) && !i.metadata.deletionTimestamp);
  const h = host.toLowerCase().replace(/:\d+$/, '');
  for (const kind of ['exact', 'wildcard', 'none'] as const) {
    let best: { route: IngressRoute; len: number; exact: boolean } | undefined;
    for (const ing of ingresses) {
      for (const rule of ing.spec?.rules ?? []) {
        const rh: string = rule.host ?? '';
        const m = rh ? hostMatches(rh, h) : 'none';
        if (m !== kind) continue;
        for (const p of rule.http?.paths ?? []) {
          if (!pathMatches(p, reqPath)) continue;
          const len = (p.path ?? '/').length;
          const exact = p.pathType === 'Exact';
          if (!best || len > best.len || (len === best.len && exact && !best.exact)) {
            best = { route: { ingress: ing, path: p.path ?? '/', backend: p.backend, host: rh }, len, exact };
          }
        }
      }
    }
    if (best) return best.route;
  }
  const withDefault = ingresses.find((i) => i.spec?.defaultBackend);
  return withDefault ? { ingress: withDefault, path: '', backend: withDefault.spec.defaultBackend, host: '' } : undefined;
}

/** The secret named for a host under the Ingress's `tls` (null: listed without a secret; undefined: not listed). */
export function tlsSecretFor(ing: KObject, host: string): string | undefined | null {
  for (const t of ing.spec?.tls ?? []) {
    if ((t.hosts ?? []).some((th: string) => hostMatches(th, host))) return t.secretName ?? null;
  }
  return undefined;
}

/**
 * The certificate ingress-nginx presents: the TLS Secret of the host the client named in SNI (curl sends the
 * URL's host name, never an IP or the Host header), or its fake default one without a name or a usable Secret.
 */
export function ingressCertificate(ctx: SimContext, sniHost: string | undefined): ServerCertificate {
  if (!sniHost || isIPv4(sniHost)) return { kind: 'default' };
  const host = sniHost.toLowerCase();
  for (const ing of ctx.api.list('ingresses.networking.k8s.io')) {
    if (!servedByNginx(ctx, ing) || ing.metadata.deletionTimestamp) continue;
    const name = tlsSecretFor(ing, host);
    if (!name) continue;
    const secret = ctx.api.tryGet('secrets', ing.metadata.namespace, name);
    const pem = secret?.type === 'kubernetes.io/tls' && secret.data?.['tls.key'] ? decodeBase64(String(secret.data['tls.crt'] ?? '')) : '';
    // a Secret whose certificate does not parse is refused, and the host keeps the default certificate
    const cert = readCertificates(pem)[0];
    if (cert) return { kind: 'secret', cert };
  }
  return { kind: 'default' };
}
