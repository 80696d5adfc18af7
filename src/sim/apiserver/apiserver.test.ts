import { describe, expect, it } from 'vitest';
import { VirtualClock } from '../clock';
import { Rng } from '../random';
import { ApiError } from '../types';
import { ApiServer } from './apiserver';

const cm = (name: string, data: Record<string, string> = {}) => ({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name }, data });

function server() {
  return new ApiServer(new VirtualClock(Date.UTC(2026, 0, 1)), new Rng(1));
}

describe('api server store', () => {
  it('sets uid, resourceVersion, creationTimestamp and namespace on create', () => {
    const api = server();
    const o = api.create(cm('a'));
    expect(o.metadata.uid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(o.metadata.namespace).toBe('default');
    expect(o.metadata.creationTimestamp).toBe('2026-01-01T00:00:00Z');
    expect(Number(o.metadata.resourceVersion)).toBeGreaterThan(0);
  });

  it('refuses a duplicate name with AlreadyExists', () => {
    const api = server();
    api.create(cm('a'));
    expect(() => api.create(cm('a'))).toThrow('configmaps "a" already exists');
  });

  it('answers 409 Conflict to a stale resourceVersion', () => {
    const api = server();
    const o = api.create(cm('a'));
    api.update({ ...structuredClone(o), data: { k: 'v1' } });
    try {
      api.update({ ...structuredClone(o), data: { k: 'v2' } });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ApiError);
      expect((e as ApiError).code).toBe(409);
      expect((e as ApiError).message).toBe(
        'Operation cannot be fulfilled on configmaps "a": the object has been modified; please apply your changes to the latest version and try again',
      );
    }
  });

  it('bumps generation on spec changes only', () => {
    const api = server();
    const d = api.create({
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'd' },
      spec: { replicas: 1 },
    });
    expect(d.metadata.generation).toBe(1);
    const d2 = api.update({ ...structuredClone(d), spec: { replicas: 2 } });
    expect(d2.metadata.generation).toBe(2);
    const d3 = api.updateStatus({ ...structuredClone(d2), status: { replicas: 2 } });
    expect(d3.metadata.generation).toBe(2);
    expect(d3.status).toEqual({ replicas: 2 });
  });

  it('sets no generation on kinds whose strategies do not (ServiceAccount, Namespace, PersistentVolumeClaim)', () => {
    const api = server();
    const sa = api.create({ apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: 'sa', namespace: 'default' } });
    expect(sa.metadata.generation).toBeUndefined();
    const ns = api.create({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'n' } });
    expect(ns.metadata.generation).toBeUndefined();
    const pvc = api.create({ apiVersion: 'v1', kind: 'PersistentVolumeClaim', metadata: { name: 'c', namespace: 'default' }, spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } } } });
    expect(api.update({ ...structuredClone(pvc), spec: { ...pvc.spec, resources: { requests: { storage: '2Gi' } } } }).metadata.generation).toBeUndefined();
  });

  it('answers NotFound with the qualified resource', () => {
    const api = server();
    expect(() => api.get('deployments.apps', 'default', 'x')).toThrow('deployments.apps "x" not found');
  });

  it('rejects removed API versions the way the REST mapper does', () => {
    const api = server();
    expect(() => api.create({ apiVersion: 'extensions/v1beta1', kind: 'Ingress', metadata: { name: 'i' } })).toThrow(
      'no matches for kind "Ingress" in version "extensions/v1beta1"',
    );
  });

  it('gives running pods a deletionTimestamp instead of removing them', () => {
    const api = server();
    api.create({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p' }, spec: { nodeName: 'n1', containers: [] } });
    const p = api.delete('pods', 'default', 'p');
    expect(p.metadata.deletionTimestamp).toBeDefined();
    expect(p.metadata.deletionGracePeriodSeconds).toBe(30);
    expect(api.tryGet('pods', 'default', 'p')).toBeDefined();
  });
});
