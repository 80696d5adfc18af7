# The deprecated AppArmor annotation in a pod template draws the template's warning (pkg/api/pod/warnings.go)
kubectl apply -f - <<EOF
apiVersion: apps/v1
kind: Deployment
metadata:
  name: aa
spec:
  selector:
    matchLabels: {app: aa}
  template:
    metadata:
      labels: {app: aa}
      annotations:
        container.apparmor.security.beta.kubernetes.io/web: runtime/default
        container.apparmor.security.beta.kubernetes.io/missing: runtime/default
    spec:
      containers:
      - name: web
        image: nginx
      - name: side
        image: busybox
        command: [sleep, "3600"]
        securityContext:
          appArmorProfile: {type: RuntimeDefault}
EOF
kubectl label deploy aa x=y
kubectl set image deploy/aa web=nginx:alpine
kubectl apply -f - <<EOF
apiVersion: batch/v1
kind: CronJob
metadata:
  name: cj
spec:
  schedule: "*/5 * * * *"
  jobTemplate:
    spec:
      template:
        metadata:
          annotations:
            container.apparmor.security.beta.kubernetes.io/cj: unconfined
        spec:
          restartPolicy: OnFailure
          containers:
          - name: cj
            image: busybox
EOF
kubectl apply -f - <<EOF
apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: ds
spec:
  selector:
    matchLabels: {app: ds}
  template:
    metadata:
      labels: {app: ds}
      annotations:
        container.apparmor.security.beta.kubernetes.io/init: localhost/prof
    spec:
      initContainers:
      - name: init
        image: busybox
      containers:
      - name: main
        image: busybox
        command: [sleep, "3600"]
EOF
