import { describe, expect, it } from 'vitest';
import { ObjectStore } from '../../apiserver/store';
import { registryKeys } from './keys';

describe('the /registry keys of stored objects', () => {
  it('uses the resource as prefix, the compiled-in exceptions, and the group for apiextensions, apiregistration and custom resources', () => {
    const store = new ObjectStore();
    const table: [string, string | undefined, string, string][] = [
      ['pods', 'default', 'web', '/registry/pods/default/web'],
      ['deployments.apps', 'default', 'web', '/registry/deployments/default/web'],
      ['nodes', undefined, 'k8s-node1', '/registry/minions/k8s-node1'],
      ['services', 'default', 'web', '/registry/services/specs/default/web'],
      ['endpoints', 'default', 'web', '/registry/services/endpoints/default/web'],
      ['replicationcontrollers', 'default', 'rc', '/registry/controllers/default/rc'],
      ['ingresses.networking.k8s.io', 'default', 'ing', '/registry/ingress/default/ing'],
      ['clusterroles.rbac.authorization.k8s.io', undefined, 'admin', '/registry/clusterroles/admin'],
      ['customresourcedefinitions.apiextensions.k8s.io', undefined, 'crontabs.stable.example.com', '/registry/apiextensions.k8s.io/customresourcedefinitions/crontabs.stable.example.com'],
      ['apiservices.apiregistration.k8s.io', undefined, 'v1.apps', '/registry/apiregistration.k8s.io/apiservices/v1.apps'],
      ['crontabs.stable.example.com', 'default', 'c', '/registry/stable.example.com/crontabs/default/c'],
    ];
    for (const [resource, namespace, name] of table) store.put(resource, { apiVersion: 'v1', kind: 'X', metadata: { name, namespace } }, 'ADDED');
    // events.k8s.io Events are the core Events, stored once
    store.put('events.events.k8s.io', { apiVersion: 'events.k8s.io/v1', kind: 'Event', metadata: { name: 'e', namespace: 'default' } }, 'ADDED');
    expect(registryKeys(store).sort()).toEqual(table.map((r) => r[3]).sort());
  });
});
