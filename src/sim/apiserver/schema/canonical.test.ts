import { describe, expect, it } from 'vitest';
import { errorOf, testApi } from '../testing';

describe('quantities as the API server stores them', () => {
  it('writes every quantity of a created object back in canonical form', () => {
    const api = testApi();
    const pod = api.create({
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: 'q' },
      spec: {
        overhead: { cpu: 0.25 },
        containers: [{ name: 'c', image: 'nginx', resources: { requests: { cpu: '0.5', memory: '0.5Gi' }, limits: { cpu: 1.5, memory: 1e9 } } }],
        volumes: [{ name: 'v', emptyDir: { sizeLimit: '1024Mi' } }],
      },
    }) as { spec: { overhead: unknown; containers: { resources: unknown }[]; volumes: { emptyDir: unknown }[] } };
    expect(pod.spec.containers[0].resources).toEqual({ requests: { cpu: '500m', memory: '512Mi' }, limits: { cpu: '1500m', memory: '1G' } });
    expect(pod.spec.volumes[0].emptyDir).toEqual({ sizeLimit: '1Gi' });
    expect(pod.spec.overhead).toEqual({ cpu: '250m' });
  });

  it('does so in nested templates and on updates', () => {
    const api = testApi();
    const claim = { apiVersion: 'v1', kind: 'PersistentVolumeClaim', metadata: { name: 'c' }, spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '2048Mi' } } } };
    const created = api.create(claim) as { spec: { resources: unknown } };
    expect(created.spec.resources).toEqual({ requests: { storage: '2Gi' } });
    const quota = api.create({ apiVersion: 'v1', kind: 'ResourceQuota', metadata: { name: 'q' }, spec: { hard: { cpu: '1.0', 'requests.memory': '1000M' } } }) as { spec: { hard: unknown } };
    expect(quota.spec.hard).toEqual({ cpu: '1', 'requests.memory': '1G' });
    const updated = api.update({ ...quota, spec: { hard: { cpu: 2.5 } } } as never) as { spec: { hard: unknown } };
    expect(updated.spec.hard).toEqual({ cpu: '2500m' });
    const template = { metadata: { labels: { app: 'd' } }, spec: { containers: [{ name: 'c', image: 'nginx', resources: { requests: { cpu: '0.1' } } }] } };
    const deploy = api.create({ apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'd' }, spec: { selector: { matchLabels: { app: 'd' } }, template } }) as { spec: { template: typeof template } };
    expect(deploy.spec.template.spec.containers[0].resources).toEqual({ requests: { cpu: '100m' } });
  });

  it("answers a bad suffix with ParseQuantity's own error", () => {
    const pod = { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'q' }, spec: { containers: [{ name: 'c', image: 'nginx', resources: { limits: { memory: '128K' } } }] } };
    expect(errorOf(() => testApi().create(pod))).toBe(`Pod in version "v1" cannot be handled as a Pod: unable to parse quantity's suffix`);
  });
});

describe('null list items and map values as Go decodes them', () => {
  it('turns `containers: [null]` into one empty Container, so only its name and image are missing', () => {
    const err = errorOf(() => testApi().create({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p' }, spec: { containers: [null] } }));
    expect(err).toBe('Pod "p" is invalid: [spec.containers[0].name: Required value, spec.containers[0].image: Required value]');
  });

  it('stores zero values for null strings in lists and maps', () => {
    const pod = testApi().create({
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: 'p', labels: JSON.parse('{"app":null}') },
      spec: { containers: [{ name: 'c', image: 'nginx', args: ['a', null] }] },
    }) as { metadata: { labels: unknown }; spec: { containers: { args: unknown }[] } };
    expect(pod.spec.containers[0].args).toEqual(['a', '']);
    expect(pod.metadata.labels).toEqual({ app: '' });
  });
});

describe('empty metadata maps and lists, as Go encodes them back', () => {
  it('drops labels: {}, annotations: {} and finalizers: [] and keeps the others', () => {
    const api = testApi();
    const cm = api.create({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'c', namespace: 'default', labels: {}, annotations: {}, finalizers: [] }, data: {} });
    expect(cm.metadata).not.toHaveProperty('labels');
    expect(cm.metadata).not.toHaveProperty('annotations');
    expect(cm.metadata).not.toHaveProperty('finalizers');
    const labelled = api.update({ ...cm, metadata: { ...cm.metadata, labels: { a: 'b' } } });
    expect(labelled.metadata.labels).toEqual({ a: 'b' });
  });
});
