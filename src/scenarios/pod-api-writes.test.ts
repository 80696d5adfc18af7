import { describe, expect, it } from 'vitest';
import { outputOf, transcriptOf } from './run';

const CALL = (pod: string, args: string) =>
  `kubectl exec ${pod} -- sh -c 'cd /var/run/secrets/kubernetes.io/serviceaccount; curl -s --cacert ca.crt -H "Authorization: Bearer $(cat token)" ${args} https://kubernetes/api/v1/namespaces/default/configmaps/cfg'`;
const MERGE = '-X PATCH -H "Content-Type: application/merge-patch+json" -d';

/** The Status body as the API server indents it for curl. */
const status = (s: Record<string, unknown>) => `${JSON.stringify({ kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', ...s }, null, 2)}\n`;

// bodies as kube-apiserver v1.34 writes them (the same requests through npm run api answer alike)
describe('PUT and PATCH from a pod with its ServiceAccount token', { timeout: 60_000 }, () => {
  const t = transcriptOf('pod-api-writes.sh', 1);

  it('patches (merge and JSON patch) and replaces an object the edit role may write', () => {
    expect(JSON.parse(outputOf(t, CALL('curl', `${MERGE} "{\\"data\\":{\\"b\\":\\"2\\"}}"`))).data).toEqual({ a: '1', b: '2' });
    expect(JSON.parse(outputOf(t, CALL('curl', '-X PATCH -H "Content-Type: application/json-patch+json" -d "[{\\"op\\":\\"remove\\",\\"path\\":\\"/data/a\\"}]"'))).data).toEqual({ b: '2' });
    const put = JSON.parse(outputOf(t, CALL('curl', '-X PUT -H "Content-Type: application/json" -d "{\\"apiVersion\\":\\"v1\\",\\"kind\\":\\"ConfigMap\\",\\"metadata\\":{\\"name\\":\\"cfg\\"},\\"data\\":{\\"c\\":\\"3\\"}}"')));
    expect([put.kind, put.data]).toEqual(['ConfigMap', { c: '3' }]);
    expect(outputOf(t, "kubectl get configmap cfg -o jsonpath='{.data}'")).toBe('{"c":"3"}\n');
  });

  it('answers Conflict, BadRequest, UnsupportedMediaType and Invalid as Status bodies', () => {
    expect(outputOf(t, CALL('curl', '-X PUT -H "Content-Type: application/json" -d "{\\"apiVersion\\":\\"v1\\",\\"kind\\":\\"ConfigMap\\",\\"metadata\\":{\\"name\\":\\"cfg\\",\\"resourceVersion\\":\\"1\\"}}"'))).toBe(
      status({ message: 'Operation cannot be fulfilled on configmaps "cfg": the object has been modified; please apply your changes to the latest version and try again', reason: 'Conflict', details: { name: 'cfg', kind: 'configmaps' }, code: 409 }),
    );
    expect(outputOf(t, CALL('curl', `${MERGE} "{\\"metadata\\":{\\"name\\":\\"renamed\\"}}"`))).toBe(
      status({ message: 'the name of the object (renamed) does not match the name on the URL (cfg)', reason: 'BadRequest', code: 400 }),
    );
    // curl -d without a Content-Type sends a form
    expect(outputOf(t, CALL('curl', '-X PATCH -d "{}"'))).toBe(
      status({ message: 'the body of the request was in an unknown format - accepted media types include: application/json-patch+json, application/merge-patch+json, application/apply-patch+yaml, application/strategic-merge-patch+json', reason: 'UnsupportedMediaType', code: 415 }),
    );
    const invalid = JSON.parse(outputOf(t, CALL('curl', `${MERGE} "{\\"data\\":{\\"bad key\\":\\"x\\"}}"`)));
    expect([invalid.code, invalid.reason, invalid.details.kind, invalid.details.causes[0].field]).toEqual([422, 'Invalid', 'ConfigMap', 'data[bad key]']);
  });

  it('refuses a ServiceAccount without the patch verb with the Forbidden text', () => {
    expect(outputOf(t, CALL('viewer', `${MERGE} "{\\"data\\":{\\"b\\":\\"2\\"}}"`))).toBe(
      status({ message: 'configmaps "cfg" is forbidden: User "system:serviceaccount:default:default" cannot patch resource "configmaps" in API group "" in the namespace "default"', reason: 'Forbidden', details: { name: 'cfg', kind: 'configmaps' }, code: 403 }),
    );
  });
});
