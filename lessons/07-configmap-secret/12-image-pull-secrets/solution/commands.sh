kubectl create secret docker-registry regcred --docker-username=yaohong --docker-password=k8s-in-action --docker-email=yh@example.com
kubectl delete pod private-kubia --ignore-not-found
kubectl apply -f private-pod.yaml
kubectl patch serviceaccount default -p '{"imagePullSecrets":[{"name":"regcred"}]}'
kubectl run auto-kubia --image=yaohong/kubia-private:v1
kubectl wait --for=condition=Ready pod/private-kubia pod/auto-kubia --timeout=120s
kubectl get pod auto-kubia -o jsonpath='{.spec.imagePullSecrets}'
