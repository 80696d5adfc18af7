# ResourceQuotas of one's own: the controller fills in status, admission refuses what does not fit
# (or lacks the requests and limits a compute quota asks for) and charges what does; the texts are
# kube-apiserver's and kubectl v1.34.5's (describe compared against `npm run api`).
kubectl create namespace team
kubectl create quota compute -n team --hard=pods=2,requests.cpu=1,limits.cpu=2,requests.memory=256Mi,limits.memory=512Mi
kubectl create quota objects -n team --hard=count/deployments.apps=1,services=2,services.nodeports=0,configmaps=2
kubectl create quota besteffort -n team --hard=pods=1 --scopes=BestEffort
kubectl get quota -n team
kubectl describe quota compute -n team
kubectl describe quota besteffort -n team
kubectl run bare --image=nginx -n team
kubectl apply -n team -f - <<EOF
apiVersion: v1
kind: Pod
metadata:
  name: small
spec:
  containers:
  - name: web
    image: nginx
    resources:
      requests: {cpu: 250m, memory: 64Mi}
      limits: {cpu: 500m, memory: 128Mi}
EOF
kubectl apply -n team -f - <<EOF
apiVersion: v1
kind: Pod
metadata:
  name: big
spec:
  containers:
  - name: web
    image: nginx
    resources:
      requests: {cpu: "1", memory: 300Mi}
      limits: {cpu: "1", memory: 300Mi}
EOF
kubectl describe quota compute -n team
kubectl apply -n team -f - <<EOF
apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: 3
  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels: {app: web}
    spec:
      containers:
      - name: web
        image: nginx
        resources:
          requests: {cpu: 100m, memory: 32Mi}
          limits: {cpu: 200m, memory: 64Mi}
EOF
sleep 30
kubectl get pods -n team
kubectl get quota -n team
kubectl get events -n team --field-selector reason=FailedCreate -o jsonpath='{.items[0].message}'
kubectl create deployment other --image=nginx -n team
kubectl expose deployment web -n team --type=NodePort --port=80
kubectl create configmap c1 -n team --from-literal=a=b
kubectl create configmap c2 -n team --from-literal=a=b
kubectl create configmap c3 -n team --dry-run=server --from-literal=a=b
kubectl describe quota objects -n team
kubectl delete pod small -n team
sleep 60
kubectl get events -n team --field-selector involvedObject.kind=ReplicaSet
kubectl get pods -n team
kubectl describe quota compute -n team
