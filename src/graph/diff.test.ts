import { describe, expect, it } from 'vitest';
import { diffModels } from './diff';
import { kubiaCluster } from './fixtures';
import { buildModel } from './model';

describe('graph diff', () => {
  it('is empty for the same snapshot', () => {
    expect(diffModels(buildModel(kubiaCluster()), buildModel(kubiaCluster()))).toEqual({ added: [], changed: [], removed: [] });
  });

  it('reports a pod that became ready as changed, with its endpoint edge', () => {
    const before = kubiaCluster();
    const after = kubiaCluster();
    const p = after.find((o) => o.metadata.name === 'kubia-5d9f7c8b6-c3')!;
    p.status.conditions[0].status = 'True';
    p.status.containerStatuses[0].ready = true;
    const ep = after.find((o) => o.kind === 'Endpoints')!;
    ep.subsets[0].addresses.push(ep.subsets[0].notReadyAddresses.pop());
    const d = diffModels(buildModel(before), buildModel(after));
    expect(d.changed).toContain('Pod/default/kubia-5d9f7c8b6-c3');
    expect(d.changed).toContain('endpoints-pod:Endpoints/default/kubia->Pod/default/kubia-5d9f7c8b6-c3');
    expect(d.added).toEqual([]);
  });

  it('reports a deleted service and its edges as removed', () => {
    const after = kubiaCluster().filter((o) => !(o.kind === 'Service' && o.metadata.name === 'kubia'));
    const d = diffModels(buildModel(kubiaCluster()), buildModel(after));
    expect(d.removed.filter((id) => !id.startsWith('service-pod:'))).toEqual(['Service/default/kubia', 'service-endpoints:Service/default/kubia->Endpoints/default/kubia']);
  });
});
