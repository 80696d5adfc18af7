import type { SimContext } from '../context';
import { lookup } from './dns';
import type { HttpResult, RequestOrigin } from './http';

/** curl's exit code for each failure kind (CURLE_COULDNT_RESOLVE_HOST, COULDNT_CONNECT, OPERATION_TIMEDOUT). */
const CURL_EXIT: Record<NonNullable<HttpResult['error']>['code'], number> = { resolve: 6, refused: 7, unreachable: 7, timeout: 28 };

/** The line curl prints for a failed request: `curl: (7) Failed to connect to kubia port 80 after 1 ms: Could not connect to server`. */
export function curlErrorLine(res: HttpResult): string | undefined {
  if (!res.error) return undefined;
  return `curl: (${CURL_EXIT[res.error.code]}) ${res.error.message}`;
}

/** busybox wget's line for a failed request (`wget: bad address 'kubia'`, `wget: can't connect to remote host (10.96.0.12): Connection refused`). */
export function wgetErrorLine(res: HttpResult): string | undefined {
  const t = res.target;
  if (res.error) {
    switch (res.error.code) {
      case 'resolve':
        return `wget: bad address '${t?.host ?? ''}'`;
      case 'refused':
        return `wget: can't connect to remote host (${t?.ip ?? t?.host ?? ''}): Connection refused`;
      case 'timeout':
        return `wget: can't connect to remote host (${t?.ip ?? t?.host ?? ''}): Connection timed out`;
      default:
        return `wget: can't connect to remote host (${t?.ip ?? t?.host ?? ''}): Network is unreachable`;
    }
  }
  if (res.status !== undefined && res.status >= 400) return `wget: server returned error: HTTP/1.1 ${res.status} ${REASONS[res.status] ?? ''}`.trimEnd();
  return undefined;
}

const REASONS: Record<number, string> = {
  400: 'Bad Request',
  403: 'Forbidden',
  404: 'Not Found',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Temporarily Unavailable',
  504: 'Gateway Time-out',
};

/**
 * busybox (1.28, as the Kubernetes DNS debugging page uses) `nslookup NAME` from a pod:
 * the server block, then the answer or `nslookup: can't resolve 'NAME'` (exit 1).
 */
export function nslookupText(ctx: SimContext, origin: RequestOrigin, name: string): { out: string; code: number } {
  const server = ctx.api.tryGet('services', 'kube-system', 'kube-dns')?.spec?.clusterIP ?? '10.96.0.10';
  const head = `Server:    ${server}\nAddress 1: ${server}\n\n`;
  const ans = lookup(ctx, origin, name);
  if (!ans || ans.addresses.length === 0) return { out: `${head}nslookup: can't resolve '${name}'\n`, code: 1 };
  const lines = ans.addresses.map((a, i) => `Address ${i + 1}: ${a}`);
  return { out: `${head}Name:      ${name}\n${lines.join('\n')}\n`, code: 0 };
}
