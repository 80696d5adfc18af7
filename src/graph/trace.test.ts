import { describe, expect, it } from 'vitest';
import { kubiaCluster } from './fixtures';
import { buildModel } from './model';
import { traceIds, withTrace } from './trace';

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

describe('request trace clients', () => {
  it('drops the client of a pod that is gone (kubectl run --rm): the path starts at the Service', () => {
    const m = withTrace(buildModel(kubiaCluster()), [
      { kind: 'Client', namespace: 'default', name: 'test2', detail: '10.244.1.9' },
      { kind: 'Service', namespace: 'default', name: 'kubia' },
      { kind: 'Endpoints', namespace: 'default', name: 'kubia' },
    ]);
    expect(m.nodes.some((n) => n.kind === 'Client')).toBe(false);
    expect(m.edges.filter((e) => e.relation === 'request').map((e) => e.source)).toEqual(['Service/default/kubia']);
  });

  it('shows where an outside client asked from and the address and port it used', () => {
    const m = withTrace(buildModel(kubiaCluster()), [
      { kind: 'Client', name: 'outside', detail: '192.168.0.100', to: '192.168.0.101:30080' },
      { kind: 'Node', name: 'k8s-node1', detail: '192.168.0.101:30080' },
    ]);
    const client = m.nodes.find((n) => n.id === 'Client//outside')!;
    expect(client.facts).toEqual([
      { label: 'from', value: '192.168.0.100' },
      { label: 'to', value: '192.168.0.101:30080' },
    ]);
  });
});

describe('request spread', () => {
  const hops = (of: number) => [
    { kind: 'Client' as const, name: 'prompt' },
    { kind: 'Service' as const, namespace: 'default', name: 'kubia' },
    { kind: 'Endpoints' as const, namespace: 'default', name: 'kubia', spread: [{ pod: 'kubia-5d9f7c8b6-b2', count: 7 }, { pod: 'kubia-5d9f7c8b6-a1', count: 3 }, { pod: 'gone', count: 1 }], of },
    { kind: 'Pod' as const, namespace: 'default', name: 'kubia-5d9f7c8b6-b2' },
  ];

  it('labels the chosen pod with its share and draws the other pods that served the Service lately', () => {
    const m = withTrace(buildModel(kubiaCluster()), hops(11));
    expect(m.edges.find((e) => e.relation === 'request' && e.target === 'Pod/default/kubia-5d9f7c8b6-b2')?.label).toBe('7/11');
    // a pod that is gone is not drawn
    expect(m.edges.filter((e) => e.relation === 'request-spread').map((e) => `${e.source} > ${e.target} ${e.label}`)).toEqual([
      'Endpoints/default/kubia > Pod/default/kubia-5d9f7c8b6-a1 3/11',
    ]);
  });

  it('shows no spread after a single request', () => {
    const m = withTrace(buildModel(kubiaCluster()), hops(1));
    expect(m.edges.some((e) => e.relation === 'request-spread' || (e.relation === 'request' && e.label))).toBe(false);
  });
});

describe('a request a NetworkPolicy dropped', () => {
  it('ends at the policy card with a blocked edge from the last place it reached', () => {
    const base = buildModel(kubiaCluster());
    const np = { id: 'NetworkPolicy/default/deny', kind: 'NetworkPolicy', name: 'deny', namespace: 'default', status: '', tone: 'ok' as const, facts: [], concerns: ['network' as const], rev: '' };
    const m = withTrace({ nodes: [...base.nodes, np], edges: base.edges }, [
      { kind: 'Client', name: 'prompt' },
      { kind: 'Service', namespace: 'default', name: 'kubia' },
      { kind: 'Endpoints', namespace: 'default', name: 'kubia' },
      { kind: 'NetworkPolicy', namespace: 'default', name: 'deny', detail: 'Ingress', blocked: true },
    ]);
    expect(m.edges.filter((e) => e.relation === 'request-blocked').map((e) => `${e.source} > ${e.target}`)).toEqual(['Endpoints/default/kubia > NetworkPolicy/default/deny']);
    expect(m.edges.filter((e) => e.relation === 'request').map((e) => e.target)).not.toContain('NetworkPolicy/default/deny');
    expect(traceIds(m).has('NetworkPolicy/default/deny')).toBe(true);
  });

  it('draws no blocked edge when the policy card is not on the canvas', () => {
    const m = withTrace(buildModel(kubiaCluster()), [
      { kind: 'Client', name: 'prompt' },
      { kind: 'NetworkPolicy', namespace: 'kube-system', name: 'deny-dns', blocked: true },
    ]);
    expect(m.edges.some((e) => e.relation === 'request-blocked')).toBe(false);
  });
});
