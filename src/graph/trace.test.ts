import { describe, expect, it } from 'vitest';
import { kubiaCluster } from './fixtures';
import { buildModel } from './model';
import { withTrace } from './trace';

describe('request trace', () => {
  it('draws client → Service → Endpoints → Pod as request edges', () => {
    const m = withTrace(buildModel(kubiaCluster()), [
      { kind: 'Client', name: 'prompt' },
      { kind: 'DNS', name: 'kubia.default.svc.cluster.local' },
      { kind: 'Service', namespace: 'default', name: 'kubia' },
      { kind: 'Endpoints', namespace: 'default', name: 'kubia' },
      { kind: 'Pod', namespace: 'default', name: 'kubia-5d9f7c8b6-b2' },
    ]);
    expect(m.edges.filter((e) => e.relation === 'request').map((e) => `${e.source} > ${e.target}`)).toEqual([
      'Client//prompt > Service/default/kubia',
      'Service/default/kubia > Endpoints/default/kubia',
      'Endpoints/default/kubia > Pod/default/kubia-5d9f7c8b6-b2',
    ]);
    expect(m.nodes.find((n) => n.id === 'Client//prompt')).toBeTruthy();
  });

  it('starts a request made inside a pod at that pod', () => {
    const m = withTrace(buildModel(kubiaCluster()), [
      { kind: 'Client', namespace: 'default', name: 'kubia-5d9f7c8b6-a1', detail: '10.244.1.5' },
      { kind: 'Service', namespace: 'default', name: 'kubia' },
    ]);
    expect(m.edges.filter((e) => e.relation === 'request').map((e) => e.source)).toEqual(['Pod/default/kubia-5d9f7c8b6-a1']);
    expect(m.nodes.some((n) => n.kind === 'Client')).toBe(false);
  });
});
