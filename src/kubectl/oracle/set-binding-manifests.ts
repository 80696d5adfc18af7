/** Manifests the `kubectl set subject`, `set selector` and `set env` oracle cases read (set-cases.ts), fed unchanged to the real kubectl v1.34 and to the project's. */
export const SET_BINDING_FILES: Record<string, string> = {
  'set/rb.yaml': `apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata:
  name: admin
  namespace: ns1
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: Role
  name: admin
subjects:
- kind: User
  apiGroup: rbac.authorization.k8s.io
  name: bob
- kind: ServiceAccount
  name: robot
  namespace: ns1
`,
  'set/crb.yaml': `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata:
  name: cadmin
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: ClusterRole
  name: admin
`,
  'set/rbnull.yaml': `apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata:
  name: nul
subjects: null
roleRef: {apiGroup: rbac.authorization.k8s.io, kind: Role, name: r}
`,
  'set/rbs.json': `{"kind":"RoleBinding","apiVersion":"rbac.authorization.k8s.io/v1","metadata":{"name":"j"},"roleRef":{"apiGroup":"rbac.authorization.k8s.io","kind":"Role","name":"r"},"subjects":[{"kind":"Group","name":"g","apiGroup":"rbac.authorization.k8s.io"}]}
`,
  'set/sel.yaml': `apiVersion: v1
kind: Service
metadata:
  name: s
  resourceVersion: "12"
spec:
  selector: {old: x}
  ports: [{port: 80, targetPort: web}]
`,
  'set/nosel.yaml': `apiVersion: v1
kind: Service
metadata:
  name: bare
spec:
  clusterIP: None
`,
  'set/env.yaml': `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels: {app: web}
    spec:
      initContainers:
      - name: init
        image: busybox
      containers:
      - name: nginx
        image: nginx
        env:
        - {name: A, value: "1"}
        - name: R
          valueFrom:
            configMapKeyRef: {name: cm, key: k}
        - name: F
          valueFrom:
            fieldRef: {fieldPath: metadata.name}
        - name: S
          valueFrom:
            secretKeyRef: {name: s, key: p}
        - name: L
          valueFrom:
            resourceFieldRef: {containerName: nginx, resource: limits.cpu}
        - name: M
          valueFrom:
            resourceFieldRef: {resource: requests.memory}
        - {name: E}
      - name: side
        image: busybox
`,
  'set/env.txt': `X=1 # comment
Y=two=2
no equals here
# Z=3
`,
};
