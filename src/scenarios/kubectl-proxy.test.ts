import { describe, expect, it } from 'vitest';
import { outputOf, transcriptOf } from './run';

describe('the kubectl-proxy ambassador', { timeout: 60_000 }, () => {
  const t = transcriptOf('kubectl-proxy.sh', 1);
  const CURL = 'kubectl exec test -n foo -- curl -s localhost:8001/api/v1/namespaces/foo/services';

  it('serves on localhost:8001 with the pod ServiceAccount token', () => {
    expect(outputOf(t, 'kubectl logs test -n foo')).toBe('Starting to serve on 127.0.0.1:8001\n');
    const [before, after] = t.split(`$ ${CURL}\n`).slice(1);
    expect(before).toContain('"message": "services is forbidden: User \\"system:serviceaccount:foo:default\\" cannot list resource \\"services\\" in API group \\"\\" in the namespace \\"foo\\"",\n');
    expect(before).toContain('"code": 403\n}\n');
    expect(after).toMatch(/^\{\n {2}"kind": "ServiceList",\n {2}"apiVersion": "v1",\n(.*\n)* {2}"items": \[\]\n\}\n/);
  });
});
