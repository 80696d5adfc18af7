import { describe, expect, it } from 'vitest';
import { nodeContext } from './node-context';
import { kubeletGet } from './node-reads';
import { execInContainer, pod, testCluster } from './test-util';

const FORBIDDEN = (node: string, resource: string, name: string, reason: string) =>
  `${resource} "${name}" is forbidden: User "system:node:${node}" cannot get resource "${resource}" in API group "" in the namespace "default": ${reason}`;

describe("the kubelet's gets go through the Node authorizer as system:node:<node>", () => {
  const start = () => {
    const c = testCluster({ systemPods: false });
    const mark = c.activity.mark();
    c.api.create({ apiVersion: 'v1', kind: 'Secret', metadata: { name: 'db', namespace: 'default' }, data: { password: 'czNjcjN0' } });
    c.api.create({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'conf', namespace: 'default' }, data: { mode: 'fast' } });
    c.api.create({ apiVersion: 'v1', kind: 'Secret', metadata: { name: 'other', namespace: 'default' }, data: {} });
    const env = [
      { name: 'PASSWORD', valueFrom: { secretKeyRef: { name: 'db', key: 'password' } } },
      { name: 'MODE', valueFrom: { configMapKeyRef: { name: 'conf', key: 'mode' } } },
    ];
    const spec = { nodeName: 'k8s-node1', volumes: [{ name: 'creds', secret: { secretName: 'db' } }] };
    c.api.create(pod('app', [{ name: 'c', image: 'busybox', command: ['sleep', '3600'], env, volumeMounts: [{ name: 'creds', mountPath: '/creds' }] }], spec));
    c.advance(30_000);
    return { c, mark };
  };

  it('lets the kubelet of the pod’s node read what the pod references: env, volume and its token', () => {
    const { c, mark } = start();
    expect(c.api.get('pods', 'default', 'app').status.phase).toBe('Running');
    expect(execInContainer(c.ctx, 'default', 'app', undefined, ['sh', '-c', 'echo $PASSWORD $MODE; cat /creds/password; echo; ls /var/run/secrets/kubernetes.io/serviceaccount']).out).toBe(
      's3cr3t fast\ns3cr3t\nca.crt\nnamespace\ntoken\n',
    );
    const refused = c.activity.since(mark, 1_000_000).filter((s) => s.kind === 'request' && 'code' in s.outcome && s.outcome.code === 403);
    expect(refused).toEqual([]);
  });

  it('refuses a kubelet an object no pod on its node references, with the API server’s text', () => {
    const { c } = start();
    const node1 = nodeContext(c.ctx, 'k8s-node1').api;
    const node2 = nodeContext(c.ctx, 'k8s-node2').api;
    expect(kubeletGet(node1, 'secrets', 'default', 'db').obj?.metadata.name).toBe('db');
    expect(kubeletGet(node1, 'secrets', 'default', 'other')).toEqual({ refused: FORBIDDEN('k8s-node1', 'secrets', 'other', "no relationship found between node 'k8s-node1' and this object") });
    expect(kubeletGet(node2, 'secrets', 'default', 'db')).toEqual({ refused: FORBIDDEN('k8s-node2', 'secrets', 'db', "no relationship found between node 'k8s-node2' and this object") });
    expect(kubeletGet(node2, 'configmaps', 'default', 'conf').refused).toBe(FORBIDDEN('k8s-node2', 'configmaps', 'conf', "no relationship found between node 'k8s-node2' and this object"));
    // a kubelet asks for its pods' tokens; it may not read the ServiceAccount itself
    expect(kubeletGet(node1, 'serviceaccounts', 'default', 'default').refused).toBe(FORBIDDEN('k8s-node1', 'serviceaccounts', 'default', 'can only create tokens for individual service accounts'));
  });
});
