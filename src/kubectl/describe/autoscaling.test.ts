import { describe, expect, it } from 'vitest';
import { Cluster } from '../../sim/cluster';
import { MemoryWorkspace } from '../context';
import { runKubectl } from '../kubectl';

// every metric kind kubectl names, and a behavior whose scale-up rules the API server defaults
const HPA = `apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata:
  name: all
  labels: {app: web, tier: front}
  annotations: {note: hello}
spec:
  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web}
  maxReplicas: 10
  metrics:
  - type: Resource
    resource: {name: cpu, target: {type: Utilization, averageUtilization: 50}}
  - type: Resource
    resource: {name: memory, target: {type: AverageValue, averageValue: 100Mi}}
  - type: ContainerResource
    containerResource: {name: cpu, container: app, target: {type: Utilization, averageUtilization: 60}}
  - type: ContainerResource
    containerResource: {name: memory, container: app, target: {type: AverageValue, averageValue: 200Mi}}
  - type: Pods
    pods: {metric: {name: packets-per-second}, target: {type: AverageValue, averageValue: 1k}}
  - type: Object
    object: {metric: {name: requests-per-second}, describedObject: {apiVersion: networking.k8s.io/v1, kind: Ingress, name: main-route}, target: {type: Value, value: 10k}}
  - type: Object
    object: {metric: {name: hits}, describedObject: {apiVersion: v1, kind: Service, name: web}, target: {type: AverageValue, averageValue: "2"}}
  - type: External
    external: {metric: {name: queue_messages_ready}, target: {type: AverageValue, averageValue: "30"}}
  - type: External
    external: {metric: {name: "queue \\"x\\""}, target: {type: Value, value: "1500m"}}
  behavior:
    scaleDown:
      stabilizationWindowSeconds: 300
      policies:
      - {type: Percent, value: 10, periodSeconds: 60}
      - {type: Pods, value: 2, periodSeconds: 60}
      selectPolicy: Min
    scaleUp: {}
`;

// what the HPA controller writes once metrics arrive (quantities in non-canonical forms on purpose)
const STATUS = JSON.stringify({
  status: {
    currentReplicas: 2,
    desiredReplicas: 3,
    currentMetrics: [
      { type: 'Resource', resource: { name: 'cpu', current: { averageUtilization: 75, averageValue: '150m' } } },
      { type: 'Resource', resource: { name: 'memory', current: { averageValue: '52428800' } } },
      { type: 'ContainerResource', containerResource: { name: 'cpu', container: 'app', current: { averageUtilization: 30, averageValue: '0.3' } } },
      { type: 'ContainerResource', containerResource: { name: 'memory', container: 'app', current: { averageValue: '100Mi' } } },
      { type: 'Pods', pods: { metric: { name: 'packets-per-second' }, current: { averageValue: '1500m' } } },
      { type: 'Object', object: { metric: { name: 'requests-per-second' }, describedObject: { apiVersion: 'networking.k8s.io/v1', kind: 'Ingress', name: 'main-route' }, current: { value: '12000' } } },
      { type: 'Object', object: { metric: { name: 'hits' }, describedObject: { apiVersion: 'v1', kind: 'Service', name: 'web' }, current: { averageValue: '1' } } },
      { type: 'External', external: { metric: { name: 'queue_messages_ready' }, current: { averageValue: '25' } } },
      { type: 'External', external: { metric: { name: 'queue "x"' }, current: { value: '2' } } },
    ],
    conditions: [
      { type: 'AbleToScale', status: 'True', lastTransitionTime: '2026-01-01T08:00:00Z', reason: 'SucceededRescale', message: 'the HPA controller was able to update the target scale to 3' },
      { type: 'ScalingActive', status: 'True', lastTransitionTime: '2026-01-01T08:00:00Z', reason: 'ValidMetricFound', message: 'the HPA was able to successfully calculate a replica count from cpu resource utilization (percentage of request)' },
      { type: 'ScalingLimited', status: 'False', lastTransitionTime: '2026-01-01T08:00:00Z', reason: 'DesiredWithinRange', message: 'the desired count is within the acceptable range' },
    ],
  },
});

const event = (uid: string, at: string) => `apiVersion: v1
kind: Event
metadata: {name: all.1, namespace: default}
involvedObject: {apiVersion: autoscaling/v2, kind: HorizontalPodAutoscaler, name: all, namespace: default, uid: ${uid}}
reason: SuccessfulRescale
message: "New size: 3; reason: cpu resource utilization (percentage of request) above target"
type: Normal
source: {component: horizontal-pod-autoscaler}
count: 1
firstTimestamp: "${at}"
lastTimestamp: "${at}"
`;

// Expected texts: kubectl v1.34.5 describing the same objects served by `npm run api` (only the timestamps differ).
describe('kubectl describe hpa', () => {
  const cluster = new Cluster({ seed: 1 });
  const fs = new MemoryWorkspace();
  const ctx = { cluster, fs, namespace: 'default' };
  const k = (line: string) => {
    const r = runKubectl(line.split(' ').filter(Boolean), ctx);
    cluster.runUntilIdle();
    return r;
  };

  it('answers an empty namespace and a missing name as kubectl does', () => {
    expect(k('describe hpa')).toMatchObject({ out: 'No resources found in default namespace.\n', code: 0 });
    expect(k('describe hpa nope')).toMatchObject({ out: 'Error from server (NotFound): horizontalpodautoscalers.autoscaling "nope" not found\n', code: 1 });
  });

  it('shows an HPA made by kubectl autoscale with the status the sim leaves it: no current metric, no conditions', () => {
    k('create deployment web --image=nginx --replicas=2');
    k('autoscale deployment web --cpu=50% --min=1 --max=5');
    cluster.advance(30_000);
    expect(k('describe horizontalpodautoscaler web').out).toBe(`Name:                                                  web
Namespace:                                             default
Labels:                                                <none>
Annotations:                                           <none>
CreationTimestamp:                                     Thu, 01 Jan 2026 08:00:00 +0000
Reference:                                             Deployment/web
Metrics:                                               ( current / target )
  resource cpu on pods  (as a percentage of request):  <unknown> / 50%
Min replicas:                                          1
Max replicas:                                          5
Deployment pods:                                       0 current / 0 desired
Events:                                                <none>
`);
  });

  it('shows every metric kind, the behavior, the status conditions and the events', () => {
    fs.write('hpa.yaml', HPA);
    fs.write('status.json', STATUS);
    k('apply -f hpa.yaml');
    k('patch hpa all --subresource=status --type=merge --patch-file=status.json');
    const uid = k('get hpa all -o jsonpath={.metadata.uid}').out;
    const created = k('get hpa all -o jsonpath={.metadata.creationTimestamp}').out;
    fs.write('event.yaml', event(uid, created));
    k('create -f event.yaml');
    cluster.advance(89_000);
    const all = `Name:                                                                     all
Namespace:                                                                default
Labels:                                                                   app=web
                                                                          tier=front
Annotations:                                                              note: hello
CreationTimestamp:                                                        Thu, 01 Jan 2026 08:00:30 +0000
Reference:                                                                Deployment/web
Metrics:                                                                  ( current / target )
  resource cpu on pods  (as a percentage of request):                     75% (150m) / 50%
  resource memory on pods:                                                52428800 / 100Mi
  resource cpu of container "app" on pods  (as a percentage of request):  30% (300m) / 60%
  resource memory of container "app" on pods:                             100Mi / 200Mi
  "packets-per-second" on pods:                                           1500m / 1k
  "requests-per-second" on Ingress/main-route (target value):             12k / 10k
  "hits" on Service/web (target average value):                           1 / 2
  "queue_messages_ready" (target average value):                          25 / 30
  "queue \\"x\\"" (target value):                                           2 / 1500m
Min replicas:                                                             1
Max replicas:                                                             10
Behavior:
  Scale Up:
    Stabilization Window: 0 seconds
    Select Policy: Max
    Policies:
      - Type: Pods     Value: 4    Period: 15 seconds
      - Type: Percent  Value: 100  Period: 15 seconds
  Scale Down:
    Stabilization Window: 300 seconds
    Select Policy: Min
    Policies:
      - Type: Percent  Value: 10  Period: 60 seconds
      - Type: Pods     Value: 2   Period: 60 seconds
Deployment pods:       2 current / 3 desired
Conditions:
  Type            Status  Reason              Message
  ----            ------  ------              -------
  AbleToScale     True    SucceededRescale    the HPA controller was able to update the target scale to 3
  ScalingActive   True    ValidMetricFound    the HPA was able to successfully calculate a replica count from cpu resource utilization (percentage of request)
  ScalingLimited  False   DesiredWithinRange  the desired count is within the acceptable range
Events:
  Type    Reason             Age   From                       Message
  ----    ------             ----  ----                       -------
  Normal  SuccessfulRescale  89s   horizontal-pod-autoscaler  New size: 3; reason: cpu resource utilization (percentage of request) above target
`;
    expect(k('describe hpa all').out).toBe(all);
    // the autoscaling/v1 name is described from the v2 object, as kubectl tries v2 first
    expect(k('describe hpa.v1.autoscaling all').out).toBe(all);
    // without a name: every HPA of the namespace by name, one blank line between
    expect(k('describe hpa').out).toMatch(/^Name: +all\n[^]*\n\n\nName: +web\n[^]*Events: +<none>\n$/);
  });
});
