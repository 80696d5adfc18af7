import { describe, expect, it } from 'vitest';
import { errorOf, testApi } from '../testing';

const limitRange = (name: string, limits: object[]) => ({ apiVersion: 'v1', kind: 'LimitRange', metadata: { name, namespace: 'default' }, spec: { limits } });
const pod = (name: string, containers: object[], initContainers?: object[]) => ({
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: { name, namespace: 'default' },
  spec: { containers, ...(initContainers ? { initContainers } : {}) },
});

describe('LimitRanger admission', () => {
  it('fills in default requests and limits and records what it set', () => {
    const api = testApi();
    api.create(limitRange('defaults', [{ type: 'Container', default: { memory: '200Mi', cpu: '500m' }, defaultRequest: { memory: '100Mi' } }]));
    const p = api.create(pod('web', [{ name: 'web', image: 'nginx', resources: { requests: { cpu: '100m' } } }], [{ name: 'init', image: 'busybox' }]));
    expect(p.spec.containers[0].resources).toEqual({ limits: { memory: '200Mi', cpu: '500m' }, requests: { cpu: '100m', memory: '100Mi' } });
    expect(p.metadata.annotations?.['kubernetes.io/limit-ranger']).toBe(
      'LimitRanger plugin set: memory request for container web; cpu, memory limit for container web; cpu, memory request for init container init; cpu, memory limit for init container init',
    );
  });

  it('defaults the request to the default limit, and the default limit to the max', () => {
    const api = testApi();
    api.create(limitRange('max-only', [{ type: 'Container', max: { memory: '300Mi' } }]));
    const p = api.create(pod('web', [{ name: 'web', image: 'nginx' }]));
    expect(p.spec.containers[0].resources).toEqual({ limits: { memory: '300Mi' }, requests: { memory: '300Mi' } });
  });

  it('refuses containers and pods outside min, max and ratio with the plugin messages', () => {
    const api = testApi();
    api.create(limitRange('bounds', [{ type: 'Container', max: { memory: '500Mi' }, min: { cpu: '100m' } }]));
    expect(errorOf(() => api.create(pod('big', [{ name: 'big', image: 'nginx', resources: { limits: { memory: '1Gi', cpu: '1' } } }])))).toBe(
      'pods "big" is forbidden: maximum memory usage per Container is 500Mi, but limit is 1Gi.',
    );
    expect(errorOf(() => api.create(pod('small', [{ name: 'small', image: 'nginx', resources: { requests: { cpu: '50m' }, limits: { memory: '1Gi' } } }])))).toBe(
      'pods "small" is forbidden: [minimum cpu usage per Container is 100m, but request is 50m., maximum memory usage per Container is 500Mi, but limit is 1Gi.]',
    );
    const ratio = testApi();
    ratio.create(limitRange('ratio', [{ type: 'Pod', maxLimitRequestRatio: { memory: '2' } }]));
    expect(errorOf(() => ratio.create(pod('r', [{ name: 'r', image: 'nginx', resources: { requests: { memory: '100Mi' }, limits: { memory: '300Mi' } } }])))).toBe(
      'pods "r" is forbidden: memory max limit to request ratio per Pod is 2, but provided ratio is 3.000000.',
    );
  });

  it('leaves pods alone in namespaces without a LimitRange', () => {
    const p = testApi().create(pod('web', [{ name: 'web', image: 'nginx' }]));
    expect(p.spec.containers[0].resources ?? {}).toEqual({});
    expect(p.metadata.annotations?.['kubernetes.io/limit-ranger']).toBeUndefined();
  });
});

describe('LimitRanger and hostile input', () => {
  it('treats __proto__ and constructor as resource names and never crashes on malformed containers', () => {
    const api = testApi();
    // defaulting copies the names as own keys; validation then refuses them as container resources
    const refused = errorOf(() => api.create(limitRange('odd', [JSON.parse('{"type":"Container","default":{"__proto__":"1","constructor":"2"}}')])));
    expect(refused).toContain('spec.limits[0].defaultRequest[__proto__]: Invalid value: "__proto__": name part must consist of alphanumeric characters');
    expect(refused).toContain('spec.limits[0].default[constructor]: Invalid value: "constructor": must be a standard resource type or fully qualified');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(errorOf(() => api.create(pod('bad', [null as unknown as object])))).not.toMatch(/Cannot read|undefined/);
  });
});
