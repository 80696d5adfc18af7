import { describe, expect, it } from 'vitest';
import type { KObject } from '../../sim/types';
import { printObjects } from './index';

const NOW = Date.UTC(2026, 0, 1, 8, 0, 0);
const ago = (ms: number) => new Date(NOW - ms).toISOString().replace('.000Z', 'Z');

function pod(name: string, status: object, extra: Partial<KObject> = {}): KObject {
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name, namespace: 'default', creationTimestamp: ago(5 * 60_000), labels: { app: 'kubia' } },
    spec: { containers: [{ name: 'c', image: 'luksa/kubia' }], nodeName: 'k8s-node1' },
    status,
    ...extra,
  } as KObject;
}

const running = pod('kubia-a', {
  phase: 'Running',
  podIP: '10.244.1.5',
  podIPs: [{ ip: '10.244.1.5' }],
  conditions: [{ type: 'Ready', status: 'True' }],
  containerStatuses: [{ name: 'c', ready: true, restartCount: 0, state: { running: { startedAt: ago(60_000) } } }],
});

describe('pod table (printPod)', () => {
  it('prints READY, STATUS, RESTARTS and AGE', () => {
    expect(printObjects([running], '', { now: NOW })).toBe('NAME      READY   STATUS    RESTARTS   AGE\nkubia-a   1/1     Running   0          5m\n');
  });

  it.each<[string, object, string, string]>([
    ['pending container', { phase: 'Pending', containerStatuses: [{ name: 'c', ready: false, restartCount: 0, state: { waiting: { reason: 'ContainerCreating' } } }] }, 'ContainerCreating', '0'],
    ['image pull failure', { phase: 'Pending', containerStatuses: [{ name: 'c', ready: false, restartCount: 0, state: { waiting: { reason: 'ErrImagePull', message: 'x' } } }] }, 'ErrImagePull', '0'],
    [
      'crash loop with a recent restart',
      {
        phase: 'Running',
        containerStatuses: [
          { name: 'c', ready: false, restartCount: 3, state: { waiting: { reason: 'CrashLoopBackOff' } }, lastState: { terminated: { exitCode: 1, reason: 'Error', finishedAt: ago(20_000) } } },
        ],
      },
      'CrashLoopBackOff',
      '3 (20s ago)',
    ],
    ['completed', { phase: 'Succeeded', containerStatuses: [{ name: 'c', ready: false, restartCount: 0, state: { terminated: { exitCode: 0, reason: 'Completed' } } }] }, 'Completed', '0'],
    ['exit code without reason', { phase: 'Failed', containerStatuses: [{ name: 'c', ready: false, restartCount: 0, state: { terminated: { exitCode: 2 } } }] }, 'ExitCode:2', '0'],
  ])('%s', (_n, status, want, restarts) => {
    const out = printObjects([pod('p', status)], '', { now: NOW, noHeaders: true });
    expect(out.split(/\s{3,}/)[2]).toBe(want);
    expect(out.split(/\s{3,}/)[3]).toBe(restarts);
  });

  it('shows init containers as Init:i/n and terminating pods as Terminating', () => {
    const init = pod('p', { phase: 'Pending', initContainerStatuses: [{ name: 'i', ready: false, restartCount: 0, state: { running: {} } }] }, {
      spec: { initContainers: [{ name: 'i', image: 'busybox' }], containers: [{ name: 'c', image: 'x' }] },
    });
    expect(printObjects([init], '', { now: NOW, noHeaders: true })).toContain('Init:0/1');
    const term = { ...running, metadata: { ...running.metadata, deletionTimestamp: ago(1000) } };
    expect(printObjects([term], '', { now: NOW, noHeaders: true })).toContain('Terminating');
  });

  it('adds IP, NODE, NOMINATED NODE and READINESS GATES with -o wide', () => {
    expect(printObjects([running], 'wide', { now: NOW })).toBe(
      'NAME      READY   STATUS    RESTARTS   AGE   IP           NODE        NOMINATED NODE   READINESS GATES\n' +
        'kubia-a   1/1     Running   0          5m    10.244.1.5   k8s-node1   <none>           <none>\n',
    );
  });

  it('puts NAMESPACE first with -A and LABELS last with --show-labels', () => {
    expect(printObjects([running], '', { now: NOW, withNamespace: true, showLabels: true })).toBe(
      'NAMESPACE   NAME      READY   STATUS    RESTARTS   AGE   LABELS\ndefault     kubia-a   1/1     Running   0          5m    app=kubia\n',
    );
  });

  it('adds one column per -L key, empty when the label is missing', () => {
    expect(printObjects([running], '', { now: NOW, labelColumns: ['app', 'tier'] })).toBe(
      'NAME      READY   STATUS    RESTARTS   AGE   APP     TIER\nkubia-a   1/1     Running   0          5m    kubia   \n',
    );
  });
});

const svc = (name: string, spec: object, status: object = {}): KObject =>
  ({ apiVersion: 'v1', kind: 'Service', metadata: { name, namespace: 'default', creationTimestamp: ago(18 * 86400_000) }, spec, status }) as KObject;

describe('service table (printService)', () => {
  it('prints the notes example', () => {
    const k = svc('kubernetes', { type: 'ClusterIP', clusterIP: '10.96.0.1', clusterIPs: ['10.96.0.1'], ports: [{ port: 443, protocol: 'TCP' }] });
    expect(printObjects([k], '', { now: NOW })).toBe('NAME         TYPE        CLUSTER-IP   EXTERNAL-IP   PORT(S)   AGE\nkubernetes   ClusterIP   10.96.0.1    <none>        443/TCP   18d\n');
  });
  it('shows node ports and a pending load balancer', () => {
    const lb = svc('lb', { type: 'LoadBalancer', clusterIPs: ['10.96.5.5'], ports: [{ port: 80, nodePort: 30080, protocol: 'TCP' }], selector: { app: 'kubia' } });
    expect(printObjects([lb], 'wide', { now: NOW, noHeaders: true })).toBe('lb    LoadBalancer   10.96.5.5   <pending>   80:30080/TCP   18d   app=kubia\n');
  });
});

describe('endpoints table', () => {
  it('lists three addresses and counts the rest', () => {
    const ep = {
      apiVersion: 'v1',
      kind: 'Endpoints',
      metadata: { name: 'kubia', namespace: 'default', creationTimestamp: ago(60_000) },
      subsets: [{ addresses: [1, 2, 3, 4, 5].map((i) => ({ ip: `10.244.1.${i}` })), ports: [{ port: 8080, protocol: 'TCP' }] }],
    } as KObject;
    expect(printObjects([ep], '', { now: NOW, noHeaders: true })).toBe('kubia   10.244.1.1:8080,10.244.1.2:8080,10.244.1.3:8080 + 2 more...   60s\n');
  });
});

describe('several kinds at once', () => {
  it('prints a table per kind with kind-prefixed names and a blank line between', () => {
    const deploy = {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'kubia', namespace: 'default', creationTimestamp: ago(5 * 60_000) },
      spec: { replicas: 3, selector: { matchLabels: { app: 'kubia' } }, template: { spec: { containers: [{ name: 'kubia', image: 'luksa/kubia' }] } } },
      status: { readyReplicas: 3, updatedReplicas: 3, availableReplicas: 3 },
    } as KObject;
    expect(printObjects([running, deploy], '', { now: NOW })).toBe(
      'NAME          READY   STATUS    RESTARTS   AGE\npod/kubia-a   1/1     Running   0          5m\n\n' +
        'NAME                    READY   UP-TO-DATE   AVAILABLE   AGE\ndeployment.apps/kubia   3/3     3            3           5m\n',
    );
  });
});

describe('non-table formats', () => {
  it('prints kind/name with the API group', () => {
    const deploy = { apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'kubia' } } as KObject;
    expect(printObjects([running, deploy], 'name')).toBe('pod/kubia-a\ndeployment.apps/kubia\n');
    expect(printObjects([deploy], 'name', { operation: 'created' })).toBe('deployment.apps/kubia created\n');
  });
  it('wraps several objects in a List for yaml', () => {
    const cm = { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'a', managedFields: [{ manager: 'x' }] } } as KObject;
    expect(printObjects([cm], 'yaml', { list: true })).toBe('apiVersion: v1\nitems:\n- apiVersion: v1\n  kind: ConfigMap\n  metadata:\n    name: a\nkind: List\nmetadata:\n  resourceVersion: ""\n');
  });
  it('prints several objects as separate YAML documents when no List is wanted (create -f -o yaml)', () => {
    const a = { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'a' } } as KObject;
    const b = { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'b' } } as KObject;
    expect(printObjects([a, b], 'yaml', { list: false })).toBe(
      'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: b\n',
    );
    expect(printObjects([a, b], 'json', { list: false })).toBe(
      '{\n    "apiVersion": "v1",\n    "kind": "ConfigMap",\n    "metadata": {\n        "name": "a"\n    }\n}\n{\n    "apiVersion": "v1",\n    "kind": "ConfigMap",\n    "metadata": {\n        "name": "b"\n    }\n}\n',
    );
  });

  it('evaluates jsonpath against the List for several objects', () => {
    expect(printObjects([running, running], 'jsonpath={.items[*].metadata.name}')).toBe('kubia-a kubia-a');
    expect(printObjects([running], 'jsonpath={.status.podIP}')).toBe('10.244.1.5');
  });
  it('prints custom columns with <none> for missing values', () => {
    expect(printObjects([running], 'custom-columns=NAME:.metadata.name,IMAGES:.spec.containers[*].image,X:.spec.nope')).toBe(
      'NAME      IMAGES        X\nkubia-a   luksa/kubia   <none>\n',
    );
  });
  it('runs go templates', () => {
    expect(printObjects([running, running], 'go-template={{range .items}}{{.metadata.name}}{{"\\n"}}{{end}}')).toBe('kubia-a\nkubia-a\n');
  });
  it('rejects unknown formats with the allowed list', () => {
    expect(() => printObjects([running], 'foo')).toThrow(
      'unable to match a printer suitable for the output format "foo", allowed formats are: custom-columns,custom-columns-file,go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,name,template,templatefile,wide,yaml',
    );
  });
});
