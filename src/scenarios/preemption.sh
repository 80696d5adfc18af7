# Pod priority and preemption: PriorityClasses are checked as v1.34 checks them; a high-priority pod that fits nowhere evicts a lower-priority one
cat > classes.yaml <<'EOT'
apiVersion: scheduling.k8s.io/v1
kind: PriorityClass
metadata:
  name: low
value: 1000
description: batch work that may wait
---
apiVersion: scheduling.k8s.io/v1
kind: PriorityClass
metadata:
  name: high
value: 1000000
description: serving traffic
---
apiVersion: scheduling.k8s.io/v1
kind: PriorityClass
metadata:
  name: high-never
value: 1000000
preemptionPolicy: Never
EOT
kubectl apply -f classes.yaml
kubectl get priorityclasses
kubectl create priorityclass system-mine --value=5
kubectl create priorityclass system-node-critical-copy --value=2000001000
kubectl create priorityclass too-high --value=2000000000
kubectl create priorityclass beyond-int32 --value=3000000000
kubectl create priorityclass first-default --value=10 --global-default
kubectl create priorityclass second-default --value=20 --global-default
kubectl delete priorityclass first-default
kubectl run ghost --image=nginx --overrides='{"spec":{"priorityClassName":"gold"}}'
cat > filler.yaml <<'EOT'
apiVersion: apps/v1
kind: Deployment
metadata:
  name: filler
spec:
  replicas: 2
  selector:
    matchLabels:
      app: filler
  template:
    metadata:
      labels:
        app: filler
    spec:
      priorityClassName: low
      containers:
      - name: work
        image: nginx
        resources:
          requests:
            cpu: "3"
EOT
kubectl apply -f filler.yaml
kubectl rollout status deployment filler
kubectl get pods -l app=filler -o custom-columns=NAME:.metadata.name,PRIORITY:.spec.priority,NODE:.spec.nodeName
kubectl run polite --image=nginx --overrides='{"spec":{"priorityClassName":"high-never","containers":[{"name":"polite","image":"nginx","resources":{"requests":{"cpu":"3"}}}]}}'
sleep 2
kubectl get pod polite -o jsonpath='{.spec.preemptionPolicy} {.status.conditions[0].message}{"\n"}'
kubectl delete pod polite
cat > urgent.yaml <<'EOT'
apiVersion: v1
kind: Pod
metadata:
  name: urgent
spec:
  priorityClassName: high
  containers:
  - name: app
    image: nginx
    resources:
      requests:
        cpu: "3"
EOT
kubectl apply -f urgent.yaml
replay
kubectl get pod urgent -o jsonpath='{.spec.priority} nominated={.status.nominatedNodeName}{"\n"}'
kubectl get pods -l app=filler -o 'custom-columns=NAME:.metadata.name,NODE:.spec.nodeName,DISRUPTION:.status.conditions[?(@.type=="DisruptionTarget")].message'
kubectl get events --field-selector reason=Preempted -o custom-columns=REASON:.reason,OBJECT:.involvedObject.name,MESSAGE:.message
sleep 40
kubectl get pods -o wide
kubectl describe pod urgent
kubectl get pods -l app=filler --field-selector status.phase=Pending -o jsonpath='{.items[0].status.conditions[0].message}{"\n"}'
