import type { HttpRequest } from './request';

/** A metav1.Status as the API server writes it (2-space JSON, its field order). */
function status(code: number, reason: string, message: string, details: Record<string, string> = {}): string {
  const body = { kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', message, reason, details, code };
  return `${JSON.stringify(body, null, 2)}\n`;
}

/**
 * What the API server answers on :6443 to a request without credentials: 400 for plain HTTP, else 403
 * for `system:anonymous` (no RBAC grant), in the resource or non-resource form.
 */
export function apiServerAnswer(scheme: string, req: HttpRequest, path: string): { status: number; body: string; headers: Record<string, string> } {
  if (scheme !== 'https') return { status: 400, body: 'Client sent an HTTP request to an HTTPS server.\n', headers: { 'Content-Type': 'text/plain; charset=utf-8' } };
  const headers = { 'Content-Type': 'application/json' };
  const p = path.split('?')[0];
  const m = /^\/api\/v1\/(?:namespaces\/([^/]+)\/)?([a-z]+)(?:\/([^/]+))?\/?$/.exec(p);
  if (m) {
    const [, ns, resource, name] = m;
    const verb = req.method === 'GET' ? (name ? 'get' : 'list') : req.method.toLowerCase() === 'post' ? 'create' : req.method.toLowerCase();
    const scope = ns ? `in the namespace "${ns}"` : 'at the cluster scope';
    const subject = name ? `${resource} "${name}"` : resource;
    const message = `${subject} is forbidden: User "system:anonymous" cannot ${verb} resource "${resource}" in API group "" ${scope}`;
    return { status: 403, body: status(403, 'Forbidden', message, name ? { name, kind: resource } : { kind: resource }), headers };
  }
  const verb = req.method.toLowerCase();
  return { status: 403, body: status(403, 'Forbidden', `forbidden: User "system:anonymous" cannot ${verb} path "${p}"`), headers };
}
