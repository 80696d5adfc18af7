import { describe, expect, it } from 'vitest';
import type { KObject } from '../types';
import { isTrafficAllowed, policyTypes, type ContainerPort, type PolicyPeer } from './policy';

const pod = (ns: string, labels: Record<string, string>, ip: string, nsLabels: Record<string, string> = {}, ports: ContainerPort[] = []): PolicyPeer => ({
  ip,
  pod: { namespace: ns, labels, ports },
  namespaceLabels: { 'kubernetes.io/metadata.name': ns, ...nsLabels },
});
const np = (name: string, ns: string, spec: Record<string, any>): KObject => ({ apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy', metadata: { name, namespace: ns }, spec });

const db = pod('prod', { app: 'db' }, '10.244.1.5', { env: 'prod' }, [{ name: 'mysql', containerPort: 3306 }]);
const web = pod('prod', { app: 'web' }, '10.244.1.6', { env: 'prod' });
const webDev = pod('dev', { app: 'web' }, '10.244.2.6', { env: 'dev' });
const other = pod('prod', { app: 'other' }, '10.244.1.7', { env: 'prod' });
const outside: PolicyPeer = { ip: '203.0.113.9' };

const denyAll = np('deny-all', 'prod', { podSelector: {}, policyTypes: ['Ingress'] });
const allowWeb = np('allow-web', 'prod', { podSelector: { matchLabels: { app: 'db' } }, ingress: [{ from: [{ podSelector: { matchLabels: { app: 'web' } } }], ports: [{ port: 3306 }] }] });
const andPeer = np('and', 'prod', {
  podSelector: { matchLabels: { app: 'db' } },
  ingress: [{ from: [{ namespaceSelector: { matchLabels: { env: 'dev' } }, podSelector: { matchLabels: { app: 'web' } } }] }],
});
const orPeers = np('or', 'prod', {
  podSelector: { matchLabels: { app: 'db' } },
  ingress: [{ from: [{ namespaceSelector: { matchLabels: { env: 'dev' } } }, { podSelector: { matchLabels: { app: 'web' } } }] }],
});
const ipBlock = np('ipblock', 'prod', {
  podSelector: { matchLabels: { app: 'db' } },
  ingress: [{ from: [{ ipBlock: { cidr: '203.0.113.0/24', except: ['203.0.113.128/25'] } }] }],
});
const namedPort = np('named', 'prod', { podSelector: { matchLabels: { app: 'db' } }, ingress: [{ ports: [{ port: 'mysql' }] }] });
const range = np('range', 'prod', { podSelector: { matchLabels: { app: 'db' } }, ingress: [{ ports: [{ port: 3000, endPort: 3310 }] }] });
const allowAll = np('allow-all', 'prod', { podSelector: {}, ingress: [{}] });
const denyEgress = np('deny-egress', 'prod', { podSelector: { matchLabels: { app: 'web' } }, policyTypes: ['Egress'] });
const egressToDb = np('egress-db', 'prod', { podSelector: { matchLabels: { app: 'web' } }, policyTypes: ['Egress'], egress: [{ to: [{ podSelector: { matchLabels: { app: 'db' } } }] }] });

describe('NetworkPolicy', () => {
  it.each([
    ['no policy: everything allowed', [], web, db, 3306, true],
    ['default deny ingress', [denyAll], web, db, 3306, false],
    ['deny-all does not isolate other namespaces', [denyAll], web, webDev, 8080, true],
    ['allow from label on the right port', [denyAll, allowWeb], web, db, 3306, true],
    ['allow from label, wrong port', [denyAll, allowWeb], web, db, 8080, false],
    ['allow from label, wrong label', [allowWeb], other, db, 3306, false],
    ['podSelector alone means the policy namespace', [allowWeb], webDev, db, 3306, false],
    ['namespaceSelector AND podSelector: web in dev', [andPeer], webDev, db, 3306, true],
    ['namespaceSelector AND podSelector: web in prod', [andPeer], web, db, 3306, false],
    ['namespaceSelector OR podSelector: web in prod', [orPeers], web, db, 3306, true],
    ['namespaceSelector OR podSelector: other in dev', [orPeers], pod('dev', { app: 'x' }, '10.244.2.9', { env: 'dev' }), db, 3306, true],
    ['namespaceSelector OR podSelector: other in prod', [orPeers], other, db, 3306, false],
    ['ipBlock inside the CIDR', [ipBlock], outside, db, 3306, true],
    ['ipBlock in the except range', [ipBlock], { ip: '203.0.113.200' }, db, 3306, false],
    ['a pod selector never matches a bare IP', [allowWeb], outside, db, 3306, false],
    ['named port resolves on the destination pod', [namedPort], other, db, 3306, true],
    ['named port, other port', [namedPort], other, db, 3307, false],
    ['endPort range', [range], other, db, 3310, true],
    ['outside endPort range', [range], other, db, 3311, false],
    ['allow-all rule beside deny-all: union wins', [denyAll, allowAll], other, db, 1, true],
    ['egress deny-all', [denyEgress], web, db, 3306, false],
    ['egress allowed to db', [egressToDb], web, db, 3306, true],
    ['egress to others denied', [egressToDb], web, other, 80, false],
  ] as [string, KObject[], PolicyPeer, PolicyPeer, number, boolean][])('%s', (_name, policies, src, dst, port, allowed) => {
    expect(isTrafficAllowed(policies, src, dst, port).allowed).toBe(allowed);
  });

  it('always lets the destination node in', () => {
    expect(isTrafficAllowed([denyAll], { ip: '192.168.0.201' }, db, 3306, 'TCP', '192.168.0.201').allowed).toBe(true);
  });

  it('names the policies that denied a connection', () => {
    expect(isTrafficAllowed([denyAll, allowWeb], other, db, 3306).deniedBy).toEqual({ direction: 'Ingress', namespace: 'prod', policies: ['deny-all', 'allow-web'] });
  });

  it('defaults policyTypes to Ingress, plus Egress when egress rules exist', () => {
    expect(policyTypes(np('a', 'x', { podSelector: {} }))).toEqual(['Ingress']);
    // SetDefaults_NetworkPolicy looks at len(egress): an empty list adds nothing
    expect(policyTypes(np('a', 'x', { podSelector: {}, egress: [] }))).toEqual(['Ingress']);
    expect(policyTypes(np('a', 'x', { podSelector: {}, egress: [{}] }))).toEqual(['Ingress', 'Egress']);
  });
});
