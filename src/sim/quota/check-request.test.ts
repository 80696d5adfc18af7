import { describe, expect, it } from 'vitest';
import type { Json } from '../json';
import { checkRequest } from './check-request';
import { evaluatorFor } from './registry';

const NOW = Date.parse('2026-01-01T08:00:00Z');
const quota = (name: string, hard: Record<string, string>, used: Record<string, string>, spec: Json = {}) => ({ metadata: { name, namespace: 'test' }, spec: { hard, ...spec }, status: { hard, used } });
const pod = (requests: Record<string, string>, limits: Record<string, string> = requests, spec: Json = {}) => ({
  metadata: { name: 'p', namespace: 'test' },
  spec: { containers: [{ name: 'c1', resources: { requests, limits } }], ...spec },
});
const create = (quotas: Json[], resource: string, obj: Json) => checkRequest(quotas, evaluatorFor(resource), { op: 'CREATE', obj, now: NOW });

// cases after plugin/pkg/admission/resourcequota/admission_test.go
describe('resource quota admission check', () => {
  it('charges a pod that fits, with the sum in canonical form', () => {
    const q = quota('quota', { cpu: '3', memory: '100Gi', pods: '5' }, { cpu: '1', memory: '50Gi', pods: '3' });
    expect(create([q], 'pods', pod({ cpu: '100m', memory: '2Gi' }))).toEqual({ charged: [{ quota: q, used: { cpu: '1100m', memory: '52Gi', pods: '4' } }] });
  });

  it('refuses a pod over several resources, naming them sorted (TestAdmitExceedQuotaLimit)', () => {
    const q = quota('quota', { cpu: '3', memory: '100Gi', pods: '5' }, { cpu: '1', memory: '50Gi', pods: '3' });
    expect(create([q], 'pods', pod({ cpu: '3', memory: '60Gi' }))).toEqual({
      refused: 'exceeded quota: quota, requested: cpu=3,memory=60Gi, used: cpu=1,memory=50Gi, limited: cpu=3,memory=100Gi',
    });
  });

  it('refuses while the controller has not counted the usage yet', () => {
    const q = { metadata: { name: 'quota' }, spec: { hard: { pods: '5' } }, status: { hard: { pods: '5', 'count/pods': '3' } } };
    expect(create([q], 'pods', pod({ cpu: '1' }))).toEqual({ refused: 'status unknown for quota: quota, resources: count/pods,pods' });
  });

  it('asks every container for the tracked compute resources before anything else', () => {
    const q = quota('quota', { 'limits.cpu': '2', 'requests.memory': '1Gi', pods: '1' }, { 'limits.cpu': '0', 'requests.memory': '0', pods: '1' });
    expect(create([q], 'pods', pod({ cpu: '1' }, {}))).toEqual({ refused: 'failed quota: quota: must specify limits.cpu for: c1; requests.memory for: c1' });
  });

  it('leaves pods out of scope alone (TestAdmitBelowBestEffortQuotaLimit)', () => {
    const q = quota('quota-besteffort', { pods: '1' }, { pods: '1' }, { scopes: ['BestEffort'] });
    expect(create([q], 'pods', pod({ cpu: '1' }))).toEqual({ charged: [] });
    expect(create([q], 'pods', { metadata: { name: 'p' }, spec: { containers: [{ name: 'c1' }] } })).toEqual({
      refused: 'exceeded quota: quota-besteffort, requested: pods=1, used: pods=1, limited: pods=1',
    });
  });

  it('counts priority classes through the scope selector', () => {
    const q = quota('quota', { pods: '1' }, { pods: '1' }, { scopeSelector: { matchExpressions: [{ scopeName: 'PriorityClass', operator: 'In', values: ['high'] }] } });
    expect(create([q], 'pods', pod({ cpu: '1' }, { cpu: '1' }, { priorityClassName: 'low' }))).toEqual({ charged: [] });
    expect('refused' in create([q], 'pods', pod({ cpu: '1' }, { cpu: '1' }, { priorityClassName: 'high' }))).toBe(true);
  });

  it('charges a service type change with the node ports it adds (TestAdmitBelowQuotaLimitWithUpdate)', () => {
    const q = quota('quota', { 'services.nodeports': '1', services: '5' }, { 'services.nodeports': '0', services: '1' });
    const old = { metadata: { name: 's', resourceVersion: '1' }, spec: { type: 'ClusterIP', ports: [{ port: 80 }, { port: 81 }] } };
    const obj = { ...old, spec: { ...old.spec, type: 'NodePort' } };
    expect(checkRequest([q], evaluatorFor('services'), { op: 'UPDATE', obj, old, now: NOW })).toEqual({
      refused: 'exceeded quota: quota, requested: services.nodeports=2, used: services.nodeports=0, limited: services.nodeports=1',
    });
  });

  it('counts objects of any resource by count/<resource>, and storage per class', () => {
    const q = quota('quota', { 'count/deployments.apps': '1' }, { 'count/deployments.apps': '1' });
    expect(create([q], 'deployments.apps', { metadata: { name: 'd' } })).toEqual({
      refused: 'exceeded quota: quota, requested: count/deployments.apps=1, used: count/deployments.apps=1, limited: count/deployments.apps=1',
    });
    const s = quota('storage', { 'gold.storageclass.storage.k8s.io/requests.storage': '10Gi' }, { 'gold.storageclass.storage.k8s.io/requests.storage': '8Gi' });
    const pvc = { metadata: { name: 'c' }, spec: { storageClassName: 'gold', resources: { requests: { storage: '3Gi' } } } };
    expect(create([s], 'persistentvolumeclaims', pvc)).toEqual({
      refused: 'exceeded quota: storage, requested: gold.storageclass.storage.k8s.io/requests.storage=3Gi, used: gold.storageclass.storage.k8s.io/requests.storage=8Gi, limited: gold.storageclass.storage.k8s.io/requests.storage=10Gi',
    });
  });
});
