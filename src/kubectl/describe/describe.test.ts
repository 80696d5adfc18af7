import { describe, expect, it } from 'vitest';
import { ApiServer } from '../../sim/apiserver/apiserver';
import { resourceKey } from '../../sim/apiserver/resources';
import { VirtualClock } from '../../sim/clock';
import { Rng } from '../../sim/random';
import type { KObject } from '../../sim/types';
import { describeConfigMap, describeSecret, describeServiceAccount } from './config';
import { describeIngress, describeService } from './network';
import { describeNetworkPolicy } from './networkpolicy';
import { describePod } from './pod';
import { describePV } from './storage';
import { describeEvents, PrefixWriter } from './writer';

const NOW = Date.UTC(2026, 0, 1, 8, 0, 0);

/** An API server holding exactly these objects (stored as given: the describers read what upstream's tests hand them). */
function apiWith(objs: Record<string, KObject[]>): ApiServer {
  const api = new ApiServer(new VirtualClock(NOW), new Rng(1));
  for (const [rt, list] of Object.entries(objs)) for (const o of list) api.store.put(resourceKey(api.resource(rt)!), o, 'ADDED');
  return api;
}

// Expected texts are kubectl's own (pkg/describe/describe_test.go at kubectl v0.34.1).
describe('kubectl describe layouts', () => {
  it('secret: data sizes only, keys sorted (TestDescribeSecret)', () => {
    const s = { apiVersion: 'v1', kind: 'Secret', metadata: { name: 'bar', namespace: 'foo' }, data: { username: btoa('YWRtaW4='), password: btoa('MWYyZDFlMmU2N2Rm') } } as KObject;
    expect(describeSecret(s, NOW)).toBe(`Name:         bar
Namespace:    foo
Labels:       <none>
Annotations:  <none>

Type:  

Data
====
password:  16 bytes
username:  8 bytes
`);
  });

  it('configmap: data, binary data and events (TestDescribeConfigMap)', () => {
    const cm = {
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: { name: 'mycm', namespace: 'foo' },
      data: { key1: 'value1', key2: 'value2' },
      binaryData: { binarykey1: btoa('\xff\xfe\xfd\xfc\xfb'), binarykey2: btoa('\xff\xfe\xfd\xfc\xfb\xfa') },
    } as KObject;
    expect(describeConfigMap(cm, [], NOW)).toBe(`Name:         mycm
Namespace:    foo
Labels:       <none>
Annotations:  <none>

Data
====
key1:
----
value1

key2:
----
value2


BinaryData
====
binarykey1: 5 bytes
binarykey2: 6 bytes

Events:  <none>
`);
  });

  it('service account: secrets that do not exist are marked (TestDescribeServiceAccount)', () => {
    const sa = {
      apiVersion: 'v1',
      kind: 'ServiceAccount',
      metadata: { name: 'bar', namespace: 'foo' },
      secrets: [{ name: 'test-objectref' }],
      imagePullSecrets: [{ name: 'test-local-ref' }],
    } as KObject;
    expect(describeServiceAccount(apiWith({}), sa, [], NOW)).toBe(`Name:                bar
Namespace:           foo
Labels:              <none>
Annotations:         <none>
Image pull secrets:  test-local-ref (not found)
Mountable secrets:   test-objectref (not found)
Tokens:              <none>
Events:              <none>
`);
  });

  it('service: ports, node ports and ready endpoints from slices (TestDescribeService test1)', () => {
    const svc = {
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name: 'bar', namespace: 'foo' },
      spec: {
        type: 'LoadBalancer',
        ports: [{ name: 'port-tcp', port: 8080, protocol: 'TCP', targetPort: 9527, nodePort: 31111 }],
        selector: { blah: 'heh' },
        clusterIP: '1.2.3.4',
        ipFamilies: ['IPv4'],
        loadBalancerIP: '5.6.7.8',
        sessionAffinity: 'None',
        externalTrafficPolicy: 'Local',
        internalTrafficPolicy: 'Cluster',
        healthCheckNodePort: 32222,
      },
      status: { loadBalancer: { ingress: [{ ip: '5.6.7.8', ipMode: 'VIP' }] } },
    } as KObject;
    const slice = {
      apiVersion: 'discovery.k8s.io/v1',
      kind: 'EndpointSlice',
      metadata: { name: 'bar-abcde', namespace: 'foo', labels: { 'kubernetes.io/service-name': 'bar' } },
      endpoints: ['10.244.0.1', '10.244.0.2', '10.244.0.3'].map((a) => ({ addresses: [a], conditions: { ready: true } })),
      ports: [{ name: 'port-tcp', port: 9527, protocol: 'TCP' }],
    } as KObject;
    expect(describeService(apiWith({ 'endpointslices.discovery.k8s.io': [slice] }), svc, [], NOW)).toBe(`Name:                     bar
Namespace:                foo
Labels:                   <none>
Annotations:              <none>
Selector:                 blah=heh
Type:                     LoadBalancer
IP Families:              IPv4
IP:                       1.2.3.4
IPs:                      <none>
Desired LoadBalancer IP:  5.6.7.8
LoadBalancer Ingress:     5.6.7.8 (VIP)
Port:                     port-tcp  8080/TCP
TargetPort:               9527/TCP
NodePort:                 port-tcp  31111/TCP
Endpoints:                10.244.0.1:9527,10.244.0.2:9527,10.244.0.3:9527
Session Affinity:         None
External Traffic Policy:  Local
Internal Traffic Policy:  Cluster
HealthCheck NodePort:     32222
Events:                   <none>
`);
  });

  it('ingress: rules table and a missing backend service (TestDescribeIngress v1)', () => {
    const ing = {
      apiVersion: 'networking.k8s.io/v1',
      kind: 'Ingress',
      metadata: { name: 'bar', namespace: 'foo' },
      spec: {
        ingressClassName: 'test',
        rules: [{ host: 'foo.bar.com', http: { paths: [{ path: '/foo', backend: { service: { name: 'default-backend', port: { number: 80 } } } }] } }],
      },
    } as KObject;
    expect(describeIngress(apiWith({}), ing, [], NOW)).toBe(`Name:             bar
Labels:           <none>
Namespace:        foo
Address:          
Ingress Class:    test
Default backend:  <default>
Rules:
  Host         Path  Backends
  ----         ----  --------
  foo.bar.com  
               /foo   default-backend:80 (<error: services "default-backend" not found>)
Annotations:   <none>
Events:        <none>
`);
  });

  it('events: Type/Reason/Age/From/Message with repeat counts', () => {
    const ev = (reason: string, count: number, first: number, last: number): KObject => ({
        apiVersion: 'v1',
        kind: 'Event',
        metadata: { name: reason },
        type: 'Warning',
        reason,
        message: `${reason} happened `,
        count,
        firstTimestamp: new Date(NOW - first).toISOString(),
        lastTimestamp: new Date(NOW - last).toISOString(),
        source: { component: 'kubelet' },
      });
    const w = new PrefixWriter(NOW);
    describeEvents([ev('BackOff', 3, 300_000, 10_000), ev('Failed', 1, 60_000, 60_000)], w);
    expect(w.toString()).toBe(`Events:
  Type     Reason   Age               From     Message
  ----     ------   ----              ----     -------
  Warning  Failed   60s               kubelet  Failed happened
  Warning  BackOff  10s (x3 over 5m)  kubelet  BackOff happened
`);
  });

  // column blocks run across every consecutive line with a tab, as in Go's tabwriter
  it('pod: header fields, container state, conditions, volumes, QoS and tolerations', () => {
    const pod = {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: 'kubia', namespace: 'default', labels: { app: 'kubia' } },
      spec: {
        nodeName: 'k8s-node1',
        serviceAccountName: 'default',
        priority: 0,
        containers: [
          {
            name: 'kubia',
            image: 'luksa/kubia',
            ports: [{ containerPort: 8080, protocol: 'TCP' }],
            readinessProbe: { httpGet: { path: '/', port: 8080, scheme: 'HTTP' }, timeoutSeconds: 1, periodSeconds: 10, successThreshold: 1, failureThreshold: 3 },
            env: [{ name: 'A', value: '1' }],
          },
        ],
        tolerations: [{ key: 'node.kubernetes.io/not-ready', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 300 }],
      },
      status: {
        phase: 'Running',
        hostIP: '192.168.0.101',
        podIP: '10.244.1.2',
        podIPs: [{ ip: '10.244.1.2' }],
        startTime: '2026-01-01T07:55:00Z',
        conditions: [{ type: 'Ready', status: 'True' }],
        containerStatuses: [{ name: 'kubia', ready: true, restartCount: 0, containerID: 'containerd://abc', imageID: 'docker.io/luksa/kubia@sha256:1', state: { running: { startedAt: '2026-01-01T07:55:05Z' } } }],
      },
    } as KObject;
    expect(describePod(pod, [], NOW)).toBe(`Name:             kubia
Namespace:        default
Priority:         0
Service Account:  default
Node:             k8s-node1/192.168.0.101
Start Time:       Thu, 01 Jan 2026 07:55:00 +0000
Labels:           app=kubia
Annotations:      <none>
Status:           Running
IP:               10.244.1.2
IPs:
  IP:  10.244.1.2
Containers:
  kubia:
    Container ID:   containerd://abc
    Image:          luksa/kubia
    Image ID:       docker.io/luksa/kubia@sha256:1
    Port:           8080/TCP
    Host Port:      0/TCP
    State:          Running
      Started:      Thu, 01 Jan 2026 07:55:05 +0000
    Ready:          True
    Restart Count:  0
    Readiness:      http-get http://:8080/ delay=0s timeout=1s period=10s #success=1 #failure=3
    Environment:
      A:     1
    Mounts:  <none>
Conditions:
  Type           Status
  Ready          True 
Volumes:         <none>
QoS Class:       BestEffort
Node-Selectors:  <none>
Tolerations:     node.kubernetes.io/not-ready:NoExecute op=Exists for 300s
Events:          <none>
`);
  });

  it('persistent volume: a defaulted hostPath type prints empty, only a missing one <none> (printHostPathVolumeSource)', () => {
    const pv = (type?: string) =>
      ({ apiVersion: 'v1', kind: 'PersistentVolume', metadata: { name: 'pv' }, spec: { capacity: { storage: '1Gi' }, accessModes: ['ReadWriteOnce'], hostPath: { path: '/data', ...(type === undefined ? {} : { type }) } }, status: { phase: 'Available' } }) as KObject;
    expect(describePV(pv(''), [], NOW)).toMatch(/\n {4}HostPathType: {2}\n/);
    expect(describePV(pv(), [], NOW)).toContain('    HostPathType:  <none>\n');
    expect(describePV(pv('Directory'), [], NOW)).toContain('    HostPathType:  Directory\n');
  });

  it('network policy: selectors, ports, peers and policy types (TestDescribeNetworkPolicies)', () => {
    const sel = { matchLabels: { id: 'app2', id2: 'app3' } };
    const peers = [
      { podSelector: { matchLabels: { id: 'pod1', id2: 'pod2' } }, namespaceSelector: { matchLabels: { id: 'ns1', id2: 'ns2' } } },
      { podSelector: sel },
      { namespaceSelector: sel },
      { namespaceSelector: { ...sel, matchExpressions: [{ key: 'foo', operator: 'In', values: ['bar1', 'bar2'] }] } },
      { ipBlock: { cidr: '192.168.0.0/16', except: ['192.168.3.0/24', '192.168.4.0/24'] } },
    ];
    const ports = [{ port: 80 }, { port: 82, protocol: 'TCP' }];
    const np = {
      apiVersion: 'networking.k8s.io/v1',
      kind: 'NetworkPolicy',
      metadata: { name: 'network-policy-1', namespace: 'default', creationTimestamp: '2017-06-05T04:45:56Z' },
      spec: {
        podSelector: {
          matchLabels: { id1: 'app1', id2: 'app2' },
          matchExpressions: [
            { key: 'foo', operator: 'In', values: ['bar1', 'bar2'] },
            { key: 'foo2', operator: 'NotIn', values: ['bar1', 'bar2'] },
          ],
        },
        ingress: [{ ports, from: peers }, {}],
        egress: [{ ports, to: peers }, {}],
        policyTypes: ['Ingress', 'Egress'],
      },
    } as KObject;
    // upstream's fixture is in PDT; the simulation prints UTC
    expect(describeNetworkPolicy(np, NOW)).toBe(`Name:         network-policy-1
Namespace:    default
Created on:   2017-06-05 04:45:56 +0000 UTC
Labels:       <none>
Annotations:  <none>
Spec:
  PodSelector:     foo in (bar1,bar2),foo2 notin (bar1,bar2),id1=app1,id2=app2
  Allowing ingress traffic:
    To Port: 80/TCP
    To Port: 82/TCP
    From:
      NamespaceSelector: id=ns1,id2=ns2
      PodSelector: id=pod1,id2=pod2
    From:
      PodSelector: id=app2,id2=app3
    From:
      NamespaceSelector: id=app2,id2=app3
    From:
      NamespaceSelector: foo in (bar1,bar2),id=app2,id2=app3
    From:
      IPBlock:
        CIDR: 192.168.0.0/16
        Except: 192.168.3.0/24, 192.168.4.0/24
    ----------
    To Port: <any> (traffic allowed to all ports)
    From: <any> (traffic not restricted by source)
  Allowing egress traffic:
    To Port: 80/TCP
    To Port: 82/TCP
    To:
      NamespaceSelector: id=ns1,id2=ns2
      PodSelector: id=pod1,id2=pod2
    To:
      PodSelector: id=app2,id2=app3
    To:
      NamespaceSelector: id=app2,id2=app3
    To:
      NamespaceSelector: foo in (bar1,bar2),id=app2,id2=app3
    To:
      IPBlock:
        CIDR: 192.168.0.0/16
        Except: 192.168.3.0/24, 192.168.4.0/24
    ----------
    To Port: <any> (traffic allowed to all ports)
    To: <any> (traffic not restricted by destination)
  Policy Types: Ingress, Egress
`);
  });

  it('prints a rule port without a number as <nil>', () => {
    const np = { apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy', metadata: { name: 'n', namespace: 'default' }, spec: { podSelector: {}, policyTypes: ['Egress'], egress: [{ ports: [{ protocol: 'SCTP' }] }] } } as KObject;
    expect(describeNetworkPolicy(np, NOW)).toContain('  Allowing egress traffic:\n    To Port: <nil>/SCTP\n    To: <any> (traffic not restricted by destination)\n');
  });
});
