import { describe, expect, it } from 'vitest';
import { parseManifests } from '../manifest';
import { testApi } from '../testing';
import { imageTag } from './pod';

/** Create what `kubectl create … --dry-run=client -o yaml` printed (kubectl v1.32), as a learner would. */
const createFrom = (yaml: string) => {
  const api = testApi();
  return api.create(parseManifests(yaml, 'f.yaml')[0].obj);
};

describe('defaulting', () => {
  it('fills a Deployment from `kubectl create deployment kubia --image=luksa/kubia:v1 --replicas=3` like the server', () => {
    const d = createFrom(`apiVersion: apps/v1
kind: Deployment
metadata:
  creationTimestamp: null
  labels:
    app: kubia
  name: kubia
spec:
  replicas: 3
  selector:
    matchLabels:
      app: kubia
  strategy: {}
  template:
    metadata:
      creationTimestamp: null
      labels:
        app: kubia
    spec:
      containers:
      - image: luksa/kubia:v1
        name: kubia
        resources: {}
status: {}
`);
    expect(d.spec).toEqual({
      progressDeadlineSeconds: 600,
      replicas: 3,
      revisionHistoryLimit: 10,
      selector: { matchLabels: { app: 'kubia' } },
      strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: '25%', maxUnavailable: '25%' } },
      template: {
        metadata: { creationTimestamp: null, labels: { app: 'kubia' } },
        spec: {
          containers: [
            {
              image: 'luksa/kubia:v1',
              imagePullPolicy: 'IfNotPresent',
              name: 'kubia',
              resources: {},
              terminationMessagePath: '/dev/termination-log',
              terminationMessagePolicy: 'File',
            },
          ],
          dnsPolicy: 'ClusterFirst',
          restartPolicy: 'Always',
          schedulerName: 'default-scheduler',
          securityContext: {},
          terminationGracePeriodSeconds: 30,
        },
      },
    });
    expect(d.metadata.creationTimestamp).toBe('2026-01-01T08:00:00Z');
    expect(d.status).toEqual({});
  });

  it('defaults a NodePort Service from `kubectl create service nodeport kubia --tcp=80:8080`', () => {
    const s = createFrom(`apiVersion: v1
kind: Service
metadata:
  labels:
    app: kubia
  name: kubia
spec:
  ports:
  - name: 80-8080
    port: 80
    protocol: TCP
    targetPort: 8080
  selector:
    app: kubia
  type: NodePort
status:
  loadBalancer: {}
`);
    expect(s.spec).toMatchObject({ externalTrafficPolicy: 'Cluster', internalTrafficPolicy: 'Cluster', sessionAffinity: 'None', type: 'NodePort' });
    expect(s.status).toEqual({ loadBalancer: {} });
  });

  it('gives a Service type ClusterIP, TCP and targetPort = port; ClientIP affinity 10800 s; LoadBalancer node ports', () => {
    const api = testApi();
    const s = api.create({ apiVersion: 'v1', kind: 'Service', metadata: { name: 's' }, spec: { ports: [{ port: 80 }], sessionAffinity: 'ClientIP' } });
    expect(s.spec).toEqual({
      type: 'ClusterIP',
      ports: [{ port: 80, protocol: 'TCP', targetPort: 80 }],
      sessionAffinity: 'ClientIP',
      sessionAffinityConfig: { clientIP: { timeoutSeconds: 10800 } },
      internalTrafficPolicy: 'Cluster',
    });
    const lb = api.create({ apiVersion: 'v1', kind: 'Service', metadata: { name: 'lb' }, spec: { type: 'LoadBalancer', ports: [{ port: 80 }] } });
    expect(lb.spec.allocateLoadBalancerNodePorts).toBe(true);
    const ext = api.create({ apiVersion: 'v1', kind: 'Service', metadata: { name: 'ext' }, spec: { type: 'ExternalName', externalName: 'example.com' } });
    expect(ext.spec.internalTrafficPolicy).toBeUndefined();
  });

  it('defaults a pod from `kubectl run nginx --image=nginx` with the admission plugins’ additions', () => {
    const p = createFrom(`apiVersion: v1
kind: Pod
metadata:
  labels:
    run: nginx
  name: nginx
spec:
  containers:
  - image: nginx
    name: nginx
    ports:
    - containerPort: 80
    readinessProbe:
      httpGet:
        port: 80
    resources:
      limits:
        cpu: 500m
  dnsPolicy: ClusterFirst
  restartPolicy: Always
status: {}
`);
    const c = p.spec.containers[0];
    expect(c.imagePullPolicy).toBe('Always');
    expect(c.ports).toEqual([{ containerPort: 80, protocol: 'TCP' }]);
    expect(c.readinessProbe).toEqual({ httpGet: { port: 80, path: '/', scheme: 'HTTP' }, timeoutSeconds: 1, periodSeconds: 10, successThreshold: 1, failureThreshold: 3 });
    expect(c.resources).toEqual({ limits: { cpu: '500m' }, requests: { cpu: '500m' } });
    expect(c.volumeMounts).toEqual([{ name: expect.stringMatching(/^kube-api-access-[bcdfghjklmnpqrstvwxz2456789]{5}$/), readOnly: true, mountPath: '/var/run/secrets/kubernetes.io/serviceaccount' }]);
    expect(p.spec).toMatchObject({
      enableServiceLinks: true,
      serviceAccountName: 'default',
      serviceAccount: 'default',
      schedulerName: 'default-scheduler',
      securityContext: {},
      terminationGracePeriodSeconds: 30,
      priority: 0,
      preemptionPolicy: 'PreemptLowerPriority',
      tolerations: [
        { key: 'node.kubernetes.io/not-ready', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 300 },
        { key: 'node.kubernetes.io/unreachable', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 300 },
      ],
    });
    expect(p.status).toEqual({ phase: 'Pending', qosClass: 'Burstable' });
  });

  it('chooses imagePullPolicy by tag', () => {
    expect(imageTag('nginx')).toBe('latest');
    expect(imageTag('nginx:latest')).toBe('latest');
    expect(imageTag('nginx:1.27')).toBe('1.27');
    expect(imageTag('localhost:5000/app')).toBe('latest');
    expect(imageTag('localhost:5000/app:v2')).toBe('v2');
    expect(imageTag('nginx@sha256:abc')).toBe('');
  });

  it('defaults StatefulSets, DaemonSets, Secrets, claims, volumes and namespaces', () => {
    const api = testApi();
    const tpl = { metadata: { labels: { app: 'a' } }, spec: { containers: [{ name: 'a', image: 'a:1' }] } };
    const sts = api.create({ apiVersion: 'apps/v1', kind: 'StatefulSet', metadata: { name: 'web' }, spec: { selector: { matchLabels: { app: 'a' } }, template: tpl } });
    expect(sts.spec).toMatchObject({
      replicas: 1,
      podManagementPolicy: 'OrderedReady',
      updateStrategy: { type: 'RollingUpdate', rollingUpdate: { partition: 0 } },
      revisionHistoryLimit: 10,
      persistentVolumeClaimRetentionPolicy: { whenDeleted: 'Retain', whenScaled: 'Retain' },
    });
    const ds = api.create({ apiVersion: 'apps/v1', kind: 'DaemonSet', metadata: { name: 'ds' }, spec: { selector: { matchLabels: { app: 'a' } }, template: tpl } });
    expect(ds.spec.updateStrategy).toEqual({ type: 'RollingUpdate', rollingUpdate: { maxUnavailable: 1, maxSurge: 0 } });
    expect(api.create({ apiVersion: 'v1', kind: 'Secret', metadata: { name: 's' } }).type).toBe('Opaque');
    const pvc = api.create({ apiVersion: 'v1', kind: 'PersistentVolumeClaim', metadata: { name: 'c' }, spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } } } });
    expect(pvc.spec.volumeMode).toBe('Filesystem');
    expect(pvc.status).toEqual({ phase: 'Pending' });
    const pv = api.create({ apiVersion: 'v1', kind: 'PersistentVolume', metadata: { name: 'pv1' }, spec: { capacity: { storage: '1Gi' }, accessModes: ['ReadWriteOnce'], hostPath: { path: '/d' } } });
    expect(pv.spec).toMatchObject({ persistentVolumeReclaimPolicy: 'Retain', volumeMode: 'Filesystem', hostPath: { path: '/d', type: '' } });
    const ns = api.create({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'team' } });
    expect(ns.spec).toEqual({ finalizers: ['kubernetes'] });
    expect(ns.status).toEqual({ phase: 'Active' });
    expect(ns.metadata.labels).toEqual({ 'kubernetes.io/metadata.name': 'team' });
    const pod = api.create({
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: 'v' },
      spec: { containers: [{ name: 'a', image: 'a:1' }], volumes: [{ name: 'cfg', configMap: { name: 'c' } }, { name: 'tmp' }], automountServiceAccountToken: false },
    });
    expect(pod.spec.volumes).toEqual([{ name: 'cfg', configMap: { name: 'c', defaultMode: 420 } }, { name: 'tmp', emptyDir: {} }]);
  });

  it('defaults NetworkPolicy policyTypes from its rules', () => {
    const api = testApi();
    const np = api.create({ apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy', metadata: { name: 'n' }, spec: { podSelector: {}, egress: [{ ports: [{ port: 53 }] }] } });
    expect(np.spec.policyTypes).toEqual(['Ingress', 'Egress']);
    expect(np.spec.egress[0].ports[0].protocol).toBe('TCP');
  });

  it('defaults an autoscaling/v2 HPA as SetDefaults_HorizontalPodAutoscaler: minReplicas 1, an 80% CPU target without metrics', () => {
    const hpa = createFrom(`apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata:
  name: h
spec:
  scaleTargetRef:
    apiVersion: apps/v1
    kind: Deployment
    name: web
  maxReplicas: 3
`);
    expect(hpa.spec.minReplicas).toBe(1);
    expect(hpa.spec.metrics).toEqual([{ type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 80 } } }]);
    // no behavior given: none stored (SetDefaults_HorizontalPodAutoscalerBehavior fills only a given one)
    expect(hpa.spec.behavior).toBeUndefined();
  });

  it('fills a given HPA behavior with autoscaling/v2 defaults.go rules, keeping what the rule sets', () => {
    const hpa = createFrom(`apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata:
  name: hb
spec:
  scaleTargetRef:
    apiVersion: apps/v1
    kind: Deployment
    name: web
  maxReplicas: 3
  behavior:
    scaleDown:
      stabilizationWindowSeconds: 60
`);
    expect(hpa.spec.behavior).toEqual({
      scaleDown: { stabilizationWindowSeconds: 60, selectPolicy: 'Max', policies: [{ type: 'Percent', value: 100, periodSeconds: 15 }] },
      scaleUp: { stabilizationWindowSeconds: 0, selectPolicy: 'Max', policies: [{ type: 'Pods', value: 4, periodSeconds: 15 }, { type: 'Percent', value: 100, periodSeconds: 15 }] },
    });
  });

  it('leaves the scale-down window of a defaulted behavior unset, as defaultHPAScaleDownRules does', () => {
    const hpa = createFrom(`apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata:
  name: hu
spec:
  scaleTargetRef:
    apiVersion: apps/v1
    kind: Deployment
    name: web
  maxReplicas: 3
  behavior:
    scaleUp:
      selectPolicy: Min
`);
    expect(hpa.spec.behavior.scaleDown).toEqual({ selectPolicy: 'Max', policies: [{ type: 'Percent', value: 100, periodSeconds: 15 }] });
    expect(hpa.spec.behavior.scaleUp.selectPolicy).toBe('Min');
  });
});
