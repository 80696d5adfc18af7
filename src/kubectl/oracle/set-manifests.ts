/**
 * The manifests the `kubectl set --local` oracle cases read (set-cases.ts). Long because it is data:
 * each text is fed unchanged to the real kubectl v1.34 and to the project's.
 */

/** A Service with one port. */
const SERVICE = `apiVersion: v1
kind: Service
metadata:
  name: s
spec:
  ports:
  - port: 80
`;

/** A Deployment with an init container and two containers, the first with a CPU limit. */
const DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: nginx
  labels: {app: nginx}
spec:
  replicas: 2
  selector:
    matchLabels: {app: nginx}
  template:
    metadata:
      labels: {app: nginx}
    spec:
      initContainers:
      - name: init
        image: busybox
      containers:
      - name: nginx
        image: nginx
        resources:
          limits: {cpu: 1}
      - name: side
        image: busybox
`;

/** A StatefulSet, a CronJob and a Service in one file. */
const MULTI = `apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: db
spec:
  serviceName: db
  selector:
    matchLabels: {app: db}
  template:
    metadata:
      labels: {app: db}
    spec:
      containers:
      - name: mysql
        image: mysql:5.6
        volumeMounts:
        - name: data
          mountPath: /var/lib/mysql
  volumeClaimTemplates:
  - metadata:
      name: data
    spec:
      accessModes: ["ReadWriteOnce"]
      resources:
        requests:
          storage: 1Gi
---
apiVersion: batch/v1
kind: CronJob
metadata:
  name: cj
spec:
  schedule: "*/1 * * * *"
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: OnFailure
          containers:
          - name: hello
            image: busybox
---
${SERVICE}`;

/** Manifests the cases read (every pod-template kind, kinds without one, a CRD, mistyped fields of named Go types, a pod with most fields, JSON, a List). */
export const SET_FILES: Record<string, string> = {
  'set/dep.yaml': DEPLOYMENT,
  // the same Deployment in namespace x
  'set/depns.yaml': DEPLOYMENT.replace('  name: nginx\n  labels', '  name: nginx\n  namespace: x\n  labels'),
  'set/svc.yaml': SERVICE,
  'set/role.yaml': `apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata:
  name: r
`,
  'set/crd.yaml': `apiVersion: example.com/v1
kind: Foo
metadata:
  name: f
`,
  'set/bad.yaml': `apiVersion: apps/v1
kind: Deployment
metadata:
  name: d
spec:
  bogus: 1
  replicas: "2"
`,
  'set/pod.yaml': `apiVersion: v1
kind: Pod
metadata:
  name: web
  namespace: prod
spec:
  containers:
  - name: app
    image: nginx
    ports:
    - containerPort: 80
    resources:
      requests:
        cpu: 0.25
        memory: 64Mi
  - name: app-sidecar
    image: busybox
    command: ["sleep", "3600"]
`,
  'set/multi.yaml': MULTI,
  'set/ds.yaml': `apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: fluentd
  labels:
    k8s-app: fluentd
spec:
  selector:
    matchLabels:
      name: fluentd
  template:
    metadata:
      labels:
        name: fluentd
    spec:
      tolerations:
      - key: node-role.kubernetes.io/control-plane
        operator: Exists
        effect: NoSchedule
      containers:
      - name: fluentd
        image: fluentd:v2
        livenessProbe:
          httpGet:
            path: /healthz
            port: 8080
        env:
        - name: A
          value: "1"
        - name: B
          valueFrom:
            fieldRef:
              fieldPath: metadata.name
      volumes:
      - name: varlog
        hostPath:
          path: /var/log
      - name: cfg
        configMap:
          name: c
          defaultMode: 0644
      - name: e
        emptyDir: {}
`,
  'set/rc.yaml': `apiVersion: v1
kind: ReplicationController
metadata:
  name: kubia
spec:
  replicas: 3
  selector:
    app: kubia
  template:
    metadata:
      labels:
        app: kubia
    spec:
      containers:
      - name: kubia
        image: luksa/kubia
        ports:
        - containerPort: 8080
---
apiVersion: apps/v1
kind: ReplicaSet
metadata:
  name: rs
spec:
  replicas: 0
  selector:
    matchLabels: {app: rs}
  template:
    metadata:
      labels: {app: rs}
    spec:
      containers:
      - name: c
        image: nginx
`,
  'set/job.yaml': `apiVersion: batch/v1
kind: Job
metadata:
  name: pi
spec:
  backoffLimit: 4
  template:
    spec:
      containers:
      - name: pi
        image: perl
        command: ["perl", "-Mbignum=bpi", "-wle", "print bpi(2000)"]
      restartPolicy: Never
`,
  // the Deployment with its selector misspelt
  'set/dep2.yaml': DEPLOYMENT.replace('  selector:\n', '  xselector:\n'),
  // the same objects, the StatefulSet without its serviceName
  'set/multi2.yaml': MULTI.replace('  serviceName: db\n', '\n'),
  'set/rich.yaml': `apiVersion: v1
kind: Pod
metadata:
  name: rich
  labels: {b: "2", a: "1"}
  annotations: {z: "", y: "x"}
  ownerReferences:
  - apiVersion: apps/v1
    kind: ReplicaSet
    name: rs
    uid: "123"
    controller: true
  finalizers: [f]
spec:
  initContainers:
  - name: init
    image: busybox
    command: [sh, -c, "true"]
    restartPolicy: Always
  containers:
  - name: app
    image: nginx:1.27
    args: ["-g", "daemon off;"]
    workingDir: /w
    ports:
    - {name: http, containerPort: 80, protocol: TCP, hostPort: 0}
    env:
    - {name: A, value: "1"}
    - name: B
      valueFrom:
        secretKeyRef: {name: s, key: k, optional: false}
    - name: C
      valueFrom:
        resourceFieldRef: {resource: limits.cpu, divisor: 1m}
    envFrom:
    - prefix: P_
      configMapRef: {name: cm}
    resources:
      requests: {memory: 1Gi, cpu: 100m}
      claims: [{name: gpu}]
    volumeMounts:
    - {name: cfg, mountPath: /etc/cfg, readOnly: true}
    - {name: data, mountPath: /data, subPath: x}
    livenessProbe:
      httpGet: {path: /healthz, port: http, scheme: HTTP}
      initialDelaySeconds: 3
    readinessProbe:
      exec: {command: [cat, /tmp/ready]}
      periodSeconds: 5
    startupProbe:
      tcpSocket: {port: 80}
    lifecycle:
      preStop:
        sleep: {seconds: 5}
    securityContext:
      runAsUser: 1000
      capabilities: {add: [NET_ADMIN], drop: [ALL]}
      readOnlyRootFilesystem: true
    stdin: true
    tty: false
  volumes:
  - name: cfg
    configMap:
      name: cm
      defaultMode: 0644
      items: [{key: a, path: a.conf, mode: 0400}]
      optional: true
  - name: data
    persistentVolumeClaim: {claimName: pvc, readOnly: false}
  - name: e
    emptyDir: {medium: Memory, sizeLimit: 64Mi}
  - name: p
    projected:
      sources:
      - serviceAccountToken: {path: token, expirationSeconds: 3600}
      - downwardAPI:
          items: [{path: labels, fieldRef: {fieldPath: metadata.labels}}]
  - name: eph
    ephemeral:
      volumeClaimTemplate:
        spec:
          accessModes: [ReadWriteOnce]
          resources: {requests: {storage: 1Gi}}
  nodeSelector: {disk: ssd}
  tolerations:
  - {key: k, operator: Equal, value: v, effect: NoSchedule, tolerationSeconds: 10}
  affinity:
    nodeAffinity:
      requiredDuringSchedulingIgnoredDuringExecution:
        nodeSelectorTerms:
        - matchExpressions: [{key: zone, operator: In, values: [a]}]
    podAntiAffinity:
      preferredDuringSchedulingIgnoredDuringExecution:
      - weight: 10
        podAffinityTerm:
          topologyKey: kubernetes.io/hostname
          labelSelector: {matchLabels: {app: x}}
  topologySpreadConstraints:
  - {maxSkew: 1, topologyKey: zone, whenUnsatisfiable: DoNotSchedule}
  securityContext: {fsGroup: 2000, sysctls: [{name: a, value: b}]}
  hostAliases: [{ip: 1.2.3.4, hostnames: [h]}]
  dnsConfig: {nameservers: [8.8.8.8], options: [{name: ndots, value: "2"}]}
  imagePullSecrets: [{name: reg}]
  resourceClaims: [{name: gpu, resourceClaimTemplateName: t}]
  overhead: {cpu: 0.1}
status:
  phase: Running
  conditions: [{type: Ready, status: "True"}]
  podIP: 10.0.0.1
  containerStatuses:
  - name: app
    ready: true
    restartCount: 0
    image: nginx
    imageID: ""
    state: {running: {startedAt: "2024-01-01T00:00:00Z"}}
`,
  'set/unk.yaml': `apiVersion: apps/v1
kind: Deployment
metadata:
  name: unk
  annotations:
    a: "1"
  bogusMeta: x
spec:
  bogus: 1
  replicas: 1
  selector:
    matchLabels: {app: u}
  template:
    metadata:
      labels: {app: u}
    spec:
      containers:
      - name: c
        image: nginx
        imagePullPolicy: ""
        ports:
        - containerPort: 80
          protocol: TCP
        env: []
        whatever: true
      terminationGracePeriodSeconds: 0
      hostNetwork: false
`,
  'set/list.yaml': `apiVersion: v1
kind: List
items:
- apiVersion: v1
  kind: Pod
  metadata: {name: a}
  spec:
    containers: [{name: c, image: nginx}]
- apiVersion: v1
  kind: ConfigMap
  metadata: {name: b}
`,
  'set/dep.json': `{"apiVersion":"apps/v1","kind":"Deployment","metadata":{"name":"j"},"spec":{"selector":{"matchLabels":{"a":"b"}},"template":{"metadata":{"labels":{"a":"b"}},"spec":{"containers":[{"name":"c","image":"i","resources":{"limits":{"cpu":"1000m"}}}]}}}}
`,
  'set/t-am.yaml': `apiVersion: v1
kind: PersistentVolumeClaim
metadata: {name: p}
spec:
  accessModes: [1]
`,
  'set/t-am2.yaml': `apiVersion: v1
kind: PersistentVolumeClaim
metadata: {name: p}
spec:
  accessModes: RWO
`,
  'set/t-ipp.yaml': `apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  containers:
  - name: c
    image: i
    imagePullPolicy: 2
`,
  'set/t-protocol.yaml': `apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  containers:
  - name: c
    image: i
    ports: [{containerPort: 80, protocol: 1}]
`,
  'set/t-rl.yaml': `apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  containers:
  - name: c
    image: i
    resources: {limits: "1"}
`,
  'set/t-rp.yaml': `apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  containers:
  - name: c
    image: i
  restartPolicy: 1
`,
  'set/nul.yaml': `apiVersion: v1
kind: Pod
metadata: {name: nn}
spec:
  containers: [null, {name: b, image: i, env: [null], resources: {limits: {cpu: null}}}]
`,
  'set/empty.yaml': `apiVersion: v1
kind: Pod
metadata: {name: e}
`,
  'set/tnull.yaml': `apiVersion: apps/v1
kind: Deployment
metadata: {name: e}
spec:
  template: null
`,
  'set/cj.yaml': `apiVersion: batch/v1
kind: CronJob
metadata: {name: e}
`,
  'set/docs.yaml': `---
---
apiVersion: v1
kind: Pod
metadata: {name: e2}
spec: {containers: [{name: a}]}
---
`,
};
