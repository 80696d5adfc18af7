# Bound ServiceAccount tokens expire on the virtual clock and die with the object they are bound to (notes 12.1)
kubectl create serviceaccount bob
kubectl create rolebinding bob-view --clusterrole=view --serviceaccount=default:bob
# kubectl checks the unit, the API server the range
kubectl create token bob --duration=1500ms
kubectl create token bob --duration=-1s
kubectl create token bob --duration=1s
kubectl create token bob --duration=5m
kubectl create token bob --duration=1193047h
TOKEN=$(kubectl create token bob --duration=10m)
kubectl config set-credentials bob --token=$TOKEN
kubectl config set-context bob --cluster=kubernetes --user=bob
kubectl --context=bob get pods
kubectl --context=bob auth whoami -o jsonpath='{.status.userInfo.username}'
# the admin's client certificate is sent along and authenticates first
kubectl --token=$TOKEN auth whoami -o jsonpath='{.status.userInfo.username}'
kubectl --context=bob get pods --as=jane
sleep 10m
kubectl --context=bob get pods
# past exp by more than the minute of leeway
sleep 61
kubectl --context=bob get pods
kubectl --context=bob auth can-i list pods
kubectl --user=bob --token=not.a.token get pods
# bound to a Secret: gone with it
kubectl create secret generic s --from-literal=a=b
BOUND=$(kubectl create token bob --bound-object-kind=Secret --bound-object-name=s)
kubectl config set-credentials bob --token=$BOUND
kubectl --context=bob get pods
kubectl delete secret s
kubectl --context=bob get pods
# a pod's projected token: the kubelet renews it after 80% of its life; the old one stops working when it expires
kubectl apply -f - <<'YAML'
apiVersion: v1
kind: Pod
metadata:
  name: curl
spec:
  serviceAccountName: bob
  containers:
  - name: main
    image: curlimages/curl
    command: ["sleep", "infinity"]
    volumeMounts:
    - name: token
      mountPath: /var/run/secrets/tokens
  volumes:
  - name: token
    projected:
      sources:
      - serviceAccountToken:
          path: token
          expirationSeconds: 600
YAML
kubectl wait --for=condition=Ready pod/curl
kubectl exec curl -- sh -c 'cat /var/run/secrets/tokens/token > /tmp/first'
kubectl exec curl -- sh -c 'curl -sk -H "Authorization: Bearer $(cat /tmp/first)" https://kubernetes/api/v1/namespaces/default/pods -o /dev/null -w "%{http_code}\n"'
sleep 7m
kubectl exec curl -- sh -c '[ "$(cat /tmp/first)" = "$(cat /var/run/secrets/tokens/token)" ] && echo same || echo renewed'
sleep 1m
kubectl exec curl -- sh -c '[ "$(cat /tmp/first)" = "$(cat /var/run/secrets/tokens/token)" ] && echo same || echo renewed'
sleep 3m
kubectl exec curl -- sh -c 'curl -sk -H "Authorization: Bearer $(cat /tmp/first)" https://kubernetes/api/v1/namespaces/default/pods'
kubectl exec curl -- sh -c 'curl -sk -H "Authorization: Bearer $(cat /var/run/secrets/tokens/token)" https://kubernetes/api/v1/namespaces/default/pods -o /dev/null -w "%{http_code}\n"'
