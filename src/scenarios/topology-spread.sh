# Pod topology spread: maxSkew 1 across hostnames; the tainted control-plane node counts as an empty domain (nodeTaintsPolicy Ignore)
cat > spread.yaml <<'X'
apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: 3
  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
    spec:
      topologySpreadConstraints:
      - maxSkew: 1
        topologyKey: kubernetes.io/hostname
        whenUnsatisfiable: DoNotSchedule
        labelSelector:
          matchLabels:
            app: web
        matchLabelKeys:
        - pod-template-hash
      containers:
      - name: nginx
        image: nginx
X
kubectl apply -f spread.yaml
replay
sleep 10
kubectl get pods -o wide --no-headers
kubectl describe pods -l app=web | grep 'Topology Spread'
kubectl describe pods -l app=web | grep FailedScheduling
kubectl patch deployment web --type=json -p='[{"op":"add","path":"/spec/template/spec/topologySpreadConstraints/0/nodeTaintsPolicy","value":"Honor"}]'
sleep 30
kubectl get pods -o wide --no-headers
kubectl scale deployment web --replicas=5
replay
sleep 10
kubectl get pods -o wide --no-headers
cat > bad.yaml <<'X'
apiVersion: v1
kind: Pod
metadata:
  name: bad
spec:
  topologySpreadConstraints:
  - maxSkew: 0
    topologyKey: kubernetes.io/hostname
    whenUnsatisfiable: ScheduleAnyway
    minDomains: 2
  - maxSkew: 1
    topologyKey: kubernetes.io/hostname
    whenUnsatisfiable: ScheduleAnyway
  containers:
  - name: c
    image: nginx
X
kubectl apply -f bad.yaml
# no constraints of its own: the system defaults (hostname maxSkew 3, zone maxSkew 5, ScheduleAnyway) score it
kubectl create deployment soft --image=nginx --replicas=2
replay
