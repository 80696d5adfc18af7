# Node taints with kubectl taint: NoSchedule keeps new pods away, NoExecute evicts the pods that do not tolerate it.
kubectl taint nodes k8s-node1 dedicated=gpu:NoSchedule
kubectl taint nodes k8s-node1 dedicated=gpu:NoSchedule
kubectl taint nodes k8s-node1 dedicated=cpu:NoSchedule --overwrite
kubectl taint nodes k8s-node1 a=b:Bad
kubectl taint pods x a=b:NoSchedule
kubectl taint nodes k8s-node1
kubectl get node k8s-node1 -o jsonpath='{.spec.taints}'
kubectl create deployment web --image=nginx --replicas=4
kubectl rollout status deployment web
kubectl get pods -o wide --no-headers
kubectl taint nodes k8s-node1 dedicated:NoSchedule-
kubectl taint nodes k8s-node1 dedicated:NoSchedule-
cat > tolerant.yaml <<'X'
apiVersion: v1
kind: Pod
metadata:
  name: tolerant
spec:
  nodeName: k8s-node2
  tolerations:
  - key: maintenance
    operator: Exists
    effect: NoExecute
    tolerationSeconds: 60
  containers:
  - name: c
    image: nginx
X
kubectl apply -f tolerant.yaml
sleep 5
kubectl taint nodes k8s-node2 maintenance=now:NoExecute
sleep 5
kubectl get pods -o wide --no-headers
sleep 60
kubectl get pod tolerant
kubectl taint nodes --all maintenance-
