import { describe, expect, it } from 'vitest';
import { kubiaCluster, pod } from './fixtures';
import { podRefs } from './refs';
import { RELATIONS, relation } from './relations';

describe('relations', () => {
  it('have unique kebab-case ids', () => {
    const ids = RELATIONS.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z]+(-[a-z]+)*$/);
  });

  it('tell ready from not-ready endpoint addresses', () => {
    const objs = kubiaCluster();
    const ep = objs.find((o) => o.kind === 'Endpoints')!;
    const pods = objs.filter((o) => o.kind === 'Pod' && o.metadata.namespace === 'default');
    const rel = relation('endpoints-pod')!;
    expect(pods.map((p) => rel.match(ep, p))).toEqual([{ state: 'ready' }, { state: 'ready' }, { state: 'not-ready' }]);
  });

  it('find configmaps and secrets through env, envFrom, volumes and projected sources', () => {
    const p = pod('fortune', {
      spec: {
        containers: [
          {
            name: 'c',
            env: [{ name: 'A', valueFrom: { configMapKeyRef: { name: 'cm-env', key: 'a' } } }, { name: 'B', valueFrom: { secretKeyRef: { name: 's-env', key: 'b' } } }],
            envFrom: [{ configMapRef: { name: 'cm-all' } }, { secretRef: { name: 's-all' } }],
          },
        ],
        volumes: [{ name: 'v', configMap: { name: 'cm-vol' } }, { name: 'w', secret: { secretName: 's-vol' } }, { name: 'p', projected: { sources: [{ configMap: { name: 'cm-proj' } }] } }],
      },
    });
    expect([...podRefs(p, 'configMap')]).toEqual([['cm-env', 'env'], ['cm-all', 'envFrom'], ['cm-vol', 'volume'], ['cm-proj', 'volume']]);
    expect([...podRefs(p, 'secret')]).toEqual([['s-env', 'env'], ['s-all', 'envFrom'], ['s-vol', 'volume']]);
  });

  it('name every way a pod uses one ConfigMap, once each, in spec order', () => {
    const p = pod('web', {
      spec: {
        containers: [
          { name: 'a', env: [{ name: 'X', valueFrom: { configMapKeyRef: { name: 'cfg', key: 'x' } } }], envFrom: [{ configMapRef: { name: 'cfg' } }] },
          { name: 'b', env: [{ name: 'Y', valueFrom: { configMapKeyRef: { name: 'cfg', key: 'y' } } }] },
        ],
        volumes: [{ name: 'v', configMap: { name: 'cfg' } }, { name: 'w', configMap: { name: 'cfg' } }],
      },
    });
    expect([...podRefs(p, 'configMap')]).toEqual([['cfg', 'env, envFrom, volume']]);
  });

  it('link an ingress to the services of its rules and its TLS secret', () => {
    const ing = { apiVersion: 'networking.k8s.io/v1', kind: 'Ingress', metadata: { name: 'i', namespace: 'default' }, spec: { tls: [{ hosts: ['yh.example.com'], secretName: 'tls-secret' }], rules: [{ host: 'yh.example.com', http: { paths: [{ path: '/', pathType: 'Prefix', backend: { service: { name: 'kubia', port: { number: 80 } } } }] } }] } };
    const svc = { apiVersion: 'v1', kind: 'Service', metadata: { name: 'kubia', namespace: 'default' } };
    const sec = { apiVersion: 'v1', kind: 'Secret', metadata: { name: 'tls-secret', namespace: 'default' } };
    expect(relation('ingress-service')!.match(ing, svc)).toEqual({ label: 'yh.example.com/' });
    expect(relation('ingress-secret')!.match(ing, sec)).toEqual({ label: 'tls' });
  });

  it('select pods for a network policy with an empty podSelector (all pods of the namespace)', () => {
    const np = { apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy', metadata: { name: 'deny', namespace: 'default' }, spec: { podSelector: {} } };
    // no spec.policyTypes and no rules: the defaulted Ingress type with nothing allowed
    expect(relation('networkpolicy-selects')!.match(np, pod('x'))).toEqual({ label: 'in: deny all' });
  });

  it('bind a PVC to its PV and an unbound PVC to its storage class', () => {
    const pvc = { apiVersion: 'v1', kind: 'PersistentVolumeClaim', metadata: { name: 'c', namespace: 'default' }, spec: { storageClassName: 'fast' } };
    const sc = { apiVersion: 'storage.k8s.io/v1', kind: 'StorageClass', metadata: { name: 'fast' } };
    const pv = { apiVersion: 'v1', kind: 'PersistentVolume', metadata: { name: 'pv1' }, spec: { claimRef: { namespace: 'default', name: 'c' } } };
    expect(relation('pvc-storageclass')!.match(pvc, sc)).toBe(true);
    expect(relation('pvc-pv')!.match(pvc, pv)).toBe(true);
    expect(relation('pvc-storageclass')!.match({ ...pvc, spec: { ...pvc.spec, volumeName: 'pv1' } }, sc)).toBe(false);
  });
});
