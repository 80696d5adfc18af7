import { Cluster } from '../cluster';
import type { ClusterConfig } from '../config';
import type { KObject } from '../types';
import { execInContainer as execWithParts } from './exec';

/** A cluster for node-level tests, with the default namespace and service account ensured. */
export function testCluster(overrides: Partial<ClusterConfig> = {}): Cluster {
  const c = new Cluster(overrides);
  for (const ns of ['default']) {
    if (!c.api.tryGet('namespaces', undefined, ns)) c.api.create({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: ns } });
    if (!c.api.tryGet('serviceaccounts', ns, 'default')) c.api.create({ apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: 'default', namespace: ns } });
  }
  c.runUntilIdle();
  return c;
}

/** A bare pod manifest. */
export function pod(name: string, containers: KObject['spec']['containers'], spec: Record<string, unknown> = {}, meta: Record<string, unknown> = {}): KObject {
  return { apiVersion: 'v1', kind: 'Pod', metadata: { name, namespace: 'default', ...meta }, spec: { containers, ...spec } };
}

/** Events about an object, oldest first, as `Type Reason Message`. */
export function eventsFor(c: Cluster, name: string, ns = 'default'): string[] {
  return c.api
    .list('events', ns)
    .filter((e) => e.involvedObject.name === name)
    .sort((a, b) => (a.firstTimestamp < b.firstTimestamp ? -1 : a.firstTimestamp > b.firstTimestamp ? 1 : 0))
    .map((e) => `${e.type} ${e.reason} ${e.message}`);
}

/** The terminal's view of an exec: both streams as they are shown, and the exit code. */
export function execInContainer(...a: Parameters<typeof execWithParts>): { out: string; code: number } {
  const { out, code } = execWithParts(...a);
  return { out, code };
}
