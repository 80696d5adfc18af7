/**
 * `kubectl set resources --local` cases: the typed builder decodes each file into its Go type, so
 * the printed objects show what that does (Go field order, `strategy: {}`, canonical quantities).
 * The oracle runs each line through the real kubectl v1.34 and the project's and compares the bytes.
 */

/** Manifests the cases read (every pod-template kind, kinds without one, a CRD, a mistyped field). */
export const SET_FILES: Record<string, string> = {
  'set/dep.yaml': `apiVersion: apps/v1
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
`,
  'set/depns.yaml': `apiVersion: apps/v1
kind: Deployment
metadata:
  name: nginx
  namespace: x
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
`,
  'set/svc.yaml': `apiVersion: v1
kind: Service
metadata:
  name: s
spec:
  ports:
  - port: 80
`,
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
  'set/multi.yaml': `apiVersion: apps/v1
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
apiVersion: v1
kind: Service
metadata:
  name: s
spec:
  ports:
  - port: 80
`,
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
  'set/dep2.yaml': `apiVersion: apps/v1
kind: Deployment
metadata:
  name: nginx
  labels: {app: nginx}
spec:
  replicas: 2
  xselector:
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
`,
  'set/multi2.yaml': `apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: db
spec:

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
apiVersion: v1
kind: Service
metadata:
  name: s
spec:
  ports:
  - port: 80
`,
};

/** `kubectl set image --local`: the same typed builder and printing. */
export const SET_IMAGE_LOCAL: string[] = [
  'set image -f set/dep.yaml --local nginx=nginx:2 -o yaml',
  'set image -f set/dep.yaml --local nginx=nginx:2 -o json',
  'set image -f set/dep.yaml --local *=busybox:1.36',
  'set image -f set/dep.yaml --local nginx=nginx',
  'set image -f set/dep.yaml --local nope=x',
  'set image -f set/dep.yaml -f set/svc.yaml --local nope=x',
  'set image -f set/multi.yaml --local mysql=mysql:8 -o yaml',
  'set image -f set/pod.yaml --local app=nginx:1.27 --dry-run=client -o name',
  'set image -f set/dep.yaml --local nginx=x --dry-run=server',
  'set image deploy/x nginx=y --local',
  'set image -f set/crd.yaml --local a=b',
  'set image -f set/dep.yaml --local nginx=x -o wide',
];

export const SET_RESOURCES_LOCAL: string[] = [
  'set resources -f set/dep.yaml --local --limits=cpu=200m,memory=512Mi -o yaml',
  'set resources -f set/dep.yaml --local --limits=cpu=200m,memory=512Mi -o json',
  'set resources -f set/dep.yaml --local --requests=cpu=0.5 -c si* -o json',
  'set resources -f set/dep.yaml --local --limits=cpu=200m',
  'set resources -f set/dep.yaml --local --limits=cpu=200m --dry-run=client',
  'set resources -f set/dep.yaml --local --limits=cpu=1 -c nginx',
  'set resources -f set/dep.yaml --local --limits=cpu=1 -c nginx -o yaml',
  'set resources -f set/dep.yaml --local --limits=cpu=1000m -c nginx -o name',
  'set resources -f set/dep.yaml --local --limits=cpu=0,memory=0 --requests=cpu=0,memory=0 -o yaml',
  'set resources -f set/dep.yaml --local --limits=cpu=1 -c nope',
  'set resources -f set/dep.yaml --local --limits=cpu=1 -c *x',
  'set resources -f set/dep.yaml --local --limits=cpu=1 -c n*x -o name',
  'set resources -f set/dep.yaml --local --limits=cpu=7 -c x* -o yaml',
  'set resources -f set/dep.yaml --local --limits=cpu=1 -c=',
  'set resources -f set/dep.yaml --local --limits=cpu=1 --record -o yaml',
  'set resources -o yaml --record --local -f set/dep.yaml --limits cpu=1 -c=nginx',
  'set resources -f set/dep.yaml --local --limits=cpu',
  'set resources -f set/dep.yaml --local --limits=cpu=abc',
  'set resources -f set/dep.yaml --local --limits=cpu=1=2',
  'set resources -f set/dep.yaml --local --limits=cpu=1,',
  'set resources -f set/dep.yaml --local --limits=cpu= --requests=x',
  'set resources -f set/dep.yaml --local --limits=cpu=1x',
  'set resources -f set/dep.yaml --local --requests=memory=1.5Gi,cpu=+1e3m',
  'set resources -f set/dep.yaml --local --limits=cpu=-1 -o yaml',
  'set resources -f set/dep.yaml --local --limits=cpu=1e3 -o yaml',
  'set resources -f set/dep.yaml --local --limits=cpu=1k,memory=1e9,ephemeral-storage=2Ti,nvidia.com/gpu=1 -o yaml',
  'set resources -f set/dep.yaml --local --limits=cpu=1 --dry-run=server',
  'set resources -f set/dep.yaml --local --limits=cpu=1 --dry-run=bad',
  'set resources -f set/dep.yaml --local --limits=cpu=1 -o wide',
  'set resources -f set/dep.yaml --local --limits=cpu=1 --all -l a=b',
  'set resources -f set/dep.yaml --local --limits=cpu=1 -o jsonpath={.spec.template.spec.containers[0].resources}',
  'set resources -f set/dep.yaml --local',
  'set resources -f set/dep2.yaml --local --limits=cpu=100m -o json',
  'set resources -f set/depns.yaml --local --limits=cpu=1 -n other -o name',
  'set resources -f set/depns.yaml --local --limits=cpu=1 -o yaml',
  'set resources -f set/pod.yaml --local --limits=cpu=1 -c app -o yaml',
  'set resources -f set/pod.yaml --local --limits=cpu=1 -c app* -o json',
  'set resources -f set/pod.yaml --local --limits=memory=1.5Gi,cpu=2.5 -o yaml',
  'set resources -f set/pod.yaml --local --limits=memory=1.5Gi -o yaml -n prod',
  'set resources -f set/multi.yaml --local --limits=cpu=100m -o yaml',
  'set resources -f set/multi.yaml --local --limits=cpu=100m -o json',
  'set resources -f set/multi.yaml --local --limits=cpu=100m',
  'set resources -f set/multi2.yaml --local --limits=cpu=100m -o yaml',
  'set resources -f set/ds.yaml --local --requests=cpu=10m -o yaml',
  'set resources -f set/ds.yaml --local --requests=cpu=10m -o json',
  'set resources -f set/rc.yaml --local --requests=cpu=10m -o yaml',
  'set resources -f set/rc.yaml --local --requests=cpu=10m -o json',
  'set resources -f set/job.yaml --local --requests=cpu=10m -o yaml',
  'set resources -f set/job.yaml --local --requests=cpu=10m -o json',
  'set resources -f set/role.yaml --local --limits=cpu=1',
  'set resources -f set/role.yaml -f set/svc.yaml --local --limits=cpu=1',
  'set resources -f set/role.yaml -f set/svc.yaml -f set/dep.yaml --local --limits=cpu=1 -c nope',
  'set resources -f set/role.yaml -f set/svc.yaml -f set/dep.yaml -f set/multi.yaml --local --limits=cpu=1 -c h* -o yaml',
  'set resources -f set/crd.yaml --local --limits=cpu=1',
  'set resources -f set/bad.yaml --local --limits=cpu=1',
  'set resources -f ./set --local --limits=cpu=3 -o name',
  'set resources -f set/ --local --limits=cpu=3 -o name',
  'set resources -f set/nofile.yaml --local --limits=cpu=1',
  'set resources --local --limits=cpu=1',
  'set resources deploy/x --local --limits=cpu=1',
  'set resources',
];
