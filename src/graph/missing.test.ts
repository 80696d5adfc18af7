import { describe, expect, it } from 'vitest';
import { pod } from './fixtures';
import { buildModel } from './model';

const cm = (name: string) => ({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name, namespace: 'default', uid: `cm-${name}` }, data: { a: '1' } });

describe('references to missing objects', () => {
  const p = pod('fortune', {
    spec: {
      containers: [
        {
          name: 'c',
          image: 'luksa/fortune:env',
          env: [{ name: 'INTERVAL', valueFrom: { configMapKeyRef: { name: 'fortune-config', key: 'sleep-interval' } } }],
          envFrom: [{ configMapRef: { name: 'extra', optional: true } }],
        },
      ],
      volumes: [{ name: 'data', persistentVolumeClaim: { claimName: 'mongodb-pvc' } }, { name: 'certs', secret: { secretName: 'fortune-https' } }],
      imagePullSecrets: [{ name: 'docker-hub' }],
    },
  });

  it('draw a card for each, red when the pod cannot start without it, amber when the reference is optional', () => {
    const m = buildModel([p]);
    const missing = m.nodes.filter((n) => n.missing).map((n) => `${n.id} ${n.status} ${n.tone}`);
    expect(missing.sort()).toEqual([
      'ConfigMap/default/extra Missing warn',
      'ConfigMap/default/fortune-config Missing error',
      'PersistentVolumeClaim/default/mongodb-pvc Missing error',
      'Secret/default/docker-hub Missing warn',
      'Secret/default/fortune-https Missing error',
    ]);
    expect(m.nodes.find((n) => n.id === 'ConfigMap/default/fortune-config')!.facts).toEqual([{ label: 'used by', value: 'fortune' }]);
    // the usual relations reach them, labelled with how the pod uses each
    const edges = m.edges.filter((e) => e.source === 'Pod/default/fortune').map((e) => `${e.relation} ${e.target} ${e.label}`);
    expect(edges).toContain('pod-configmap ConfigMap/default/fortune-config env');
    expect(edges).toContain('volume-pvc PersistentVolumeClaim/default/mongodb-pvc data');
    expect(edges).toContain('pod-secret Secret/default/docker-hub imagePullSecrets');
  });

  it('turn into the real object once it exists (same id, so the card stays in place)', () => {
    const m = buildModel([p, cm('fortune-config')]);
    const n = m.nodes.find((x) => x.id === 'ConfigMap/default/fortune-config')!;
    expect(n.missing).toBeUndefined();
    expect(n.status).toBe('Active');
    expect(m.nodes.filter((x) => x.id === 'ConfigMap/default/fortune-config')).toHaveLength(1);
  });

  it('are looked up in the pod\'s own namespace, one card for all the pods naming it', () => {
    const q = pod('other', { spec: { volumes: [{ name: 'cfg', configMap: { name: 'fortune-config' } }] } });
    const r = pod('elsewhere', { ns: 'test', spec: { volumes: [{ name: 'cfg', configMap: { name: 'fortune-config' } }] } });
    const m = buildModel([p, q, r, cm('x')]);
    const ghosts = m.nodes.filter((n) => n.missing && n.name === 'fortune-config');
    expect(ghosts.map((n) => `${n.namespace} ${n.facts[0].value}`).sort()).toEqual(['default fortune, other', 'test elsewhere']);
  });
});
