import { BUSYBOX_APPLETS, type ImageDef, type ProgramCtx } from './types';

const TOKEN = '/var/run/secrets/kubernetes.io/serviceaccount/token';

/** The book's script: kubectl proxy to the API server with the pod's ServiceAccount token (read once, at start). */
const SCRIPT = `#!/bin/sh

API_SERVER="https://$KUBERNETES_SERVICE_HOST:$KUBERNETES_SERVICE_PORT"
CA_CRT="/var/run/secrets/kubernetes.io/serviceaccount/ca.crt"
TOKEN="$(cat /var/run/secrets/kubernetes.io/serviceaccount/token)"

/kubectl proxy --server="$API_SERVER" --certificate-authority="$CA_CRT" --token="$TOKEN" --accept-paths='^.*'
`;

/** `kubectl proxy` on 127.0.0.1:8001: every request goes on to the API server with the token; without one, as anonymous. */
function proxy(ctx: ProgramCtx) {
  const token = ctx.fs.read(TOKEN)?.trim() ?? '';
  ctx.log('Starting to serve on 127.0.0.1:8001');
  return {
    sigterm: 'exit' as const,
    http: {
      8001: (req: { method: string; path: string; headers: Record<string, string>; clientIP: string }) => {
        const headers = Object.fromEntries(Object.entries(req.headers).filter(([k]) => k.toLowerCase() !== 'authorization'));
        return ctx.apiServer({ ...req, headers: token ? { ...headers, Authorization: `Bearer ${token}` } : headers });
      },
    },
  };
}

/** luksa/kubectl-proxy (Kubernetes in Action's ambassador): alpine with curl and kubectl, running kubectl-proxy.sh. */
export const KUBECTL_PROXY_IMAGES: ImageDef[] = [
  {
    repo: 'docker.io/luksa/kubectl-proxy',
    tags: ['latest', '1.6.2'],
    size: 17_664_282,
    user: { uid: 0, gid: 0, name: 'root' },
    entrypoint: ['/kubectl-proxy.sh'],
    cmd: [],
    env: { PATH: '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' },
    flavor: 'busybox',
    binaries: [...BUSYBOX_APPLETS, 'busybox', 'apk', 'curl', 'kubectl', 'kubectl-proxy.sh'],
    files: { '/kubectl-proxy.sh': SCRIPT },
    daemons: { 'kubectl-proxy.sh': proxy },
  },
];
