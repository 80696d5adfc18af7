import { describe, expect, it } from 'vitest';
import { Cluster } from '../../cluster';
import { ApiError, type KObject } from '../../types';
import { clientAs } from '../client';
import { controllerUser, isComponent, KUBE_SCHEDULER, nodeUser } from './components';
import { impersonate } from './user';

/** A pod the strict decoder refuses (a misspelt field). */
const misspelt = (name: string): KObject => ({
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: { name, namespace: 'default' },
  spec: { containers: [{ name: 'c', image: 'nginx', imagePullPolice: 'Always' }] },
});

const UNKNOWN_FIELD = 'Pod in version "v1" cannot be handled as a Pod: strict decoding error: unknown field "spec.containers[0].imagePullPolice"';

function refusal(write: () => unknown): string {
  try {
    write();
  } catch (e) {
    if (e instanceof ApiError) return e.message;
    throw e;
  }
  return 'accepted';
}

describe('component identities', () => {
  it('are the ones this module issued, not any user with the same name', () => {
    expect(isComponent(KUBE_SCHEDULER)).toBe(true);
    expect(isComponent(nodeUser('k8s-node1'))).toBe(true);
    expect(isComponent(impersonate('system:kube-scheduler'))).toBe(false);
    expect(isComponent({ name: 'system:node:k8s-node1', groups: ['system:nodes', 'system:authenticated'] })).toBe(false);
    expect(isComponent(undefined)).toBe(false);
  });

  it('fully validates a client write made while a component syncs', () => {
    const cluster = new Cluster({ systemPods: false });
    let seen = '';
    cluster.addComponent({
      name: 'test-client-in-sync',
      observe() {},
      sync() {
        if (!seen) seen = refusal(() => cluster.api.create(misspelt('in-sync')));
        return false;
      },
    });
    cluster.runUntilIdle();
    expect(seen).toBe(UNKNOWN_FIELD);
  });

  it('fully validates a client write made inside a timer', () => {
    const cluster = new Cluster({ systemPods: false });
    let seen = '';
    cluster.clock.after(1000, () => (seen = refusal(() => cluster.api.create(misspelt('in-timer')))), 'kube-scheduler');
    cluster.advance(2000);
    expect(seen).toBe(UNKNOWN_FIELD);
  });

  it('fully validates a request that names a component without its credentials', () => {
    const cluster = new Cluster({ systemPods: false });
    const forged = impersonate('system:kube-scheduler');
    expect(refusal(() => cluster.api.create(misspelt('forged'), { identity: forged, user: forged.name }))).toBe(UNKNOWN_FIELD);
  });

  it('sends no warning of a component write to the client', () => {
    const cluster = new Cluster({ systemPods: false });
    const ns = structuredClone(cluster.api.get('namespaces', undefined, 'default'));
    ns.metadata.labels = { ...ns.metadata.labels, 'pod-security.kubernetes.io/warn': 'restricted' };
    cluster.api.update(ns);
    const warnings: string[] = [];
    cluster.api.warningSink = (m) => warnings.push(m);
    const pod = (name: string): KObject => ({ apiVersion: 'v1', kind: 'Pod', metadata: { name, namespace: 'default' }, spec: { containers: [{ name: 'c', image: 'nginx' }] } });
    clientAs(cluster.api, controllerUser('replicaset-controller')).create(pod('by-component'));
    expect(warnings).toEqual([]);
    cluster.api.create(pod('by-client'));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^would violate PodSecurity "restricted:latest"/);
  });

  it('leaves only the client its own requests in the log: every installed component writes as itself', () => {
    const cluster = new Cluster();
    const mark = cluster.activity.mark();
    const labels = { app: 'web' };
    cluster.api.create({ apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'web', namespace: 'default' }, spec: { replicas: 3, selector: { matchLabels: labels }, template: { metadata: { labels }, spec: { containers: [{ name: 'c', image: 'nginx' }] } } } });
    cluster.api.create({ apiVersion: 'v1', kind: 'Service', metadata: { name: 'web', namespace: 'default' }, spec: { type: 'LoadBalancer', selector: labels, ports: [{ port: 80 }] } });
    cluster.advance(600_000);
    const requests = cluster.activity.since(mark, 100_000).filter((s) => s.kind === 'request');
    expect(requests.map((s) => `${s.verb} ${s.object.resource}`)).toEqual(['create deployments.apps', 'create services']);
  });
});
