# A pod updates and patches objects through the API server with its ServiceAccount token (notes 12.1.2, 12.2)
kubectl create serviceaccount editor
kubectl create rolebinding editor-edit --clusterrole=edit --serviceaccount=default:editor
kubectl create configmap cfg --from-literal=a=1
kubectl apply -f - <<'YAML'
apiVersion: v1
kind: Pod
metadata:
  name: curl
spec:
  serviceAccountName: editor
  containers:
  - name: main
    image: curlimages/curl
    command: ["sleep", "9999"]
---
apiVersion: v1
kind: Pod
metadata:
  name: viewer
spec:
  containers:
  - name: main
    image: curlimages/curl
    command: ["sleep", "9999"]
YAML
sleep 30
kubectl exec curl -- sh -c 'cd /var/run/secrets/kubernetes.io/serviceaccount; curl -s --cacert ca.crt -H "Authorization: Bearer $(cat token)" -X PATCH -H "Content-Type: application/merge-patch+json" -d "{\"data\":{\"b\":\"2\"}}" https://kubernetes/api/v1/namespaces/default/configmaps/cfg'
kubectl exec curl -- sh -c 'cd /var/run/secrets/kubernetes.io/serviceaccount; curl -s --cacert ca.crt -H "Authorization: Bearer $(cat token)" -X PATCH -H "Content-Type: application/json-patch+json" -d "[{\"op\":\"remove\",\"path\":\"/data/a\"}]" https://kubernetes/api/v1/namespaces/default/configmaps/cfg'
kubectl exec curl -- sh -c 'cd /var/run/secrets/kubernetes.io/serviceaccount; curl -s --cacert ca.crt -H "Authorization: Bearer $(cat token)" -X PUT -H "Content-Type: application/json" -d "{\"apiVersion\":\"v1\",\"kind\":\"ConfigMap\",\"metadata\":{\"name\":\"cfg\"},\"data\":{\"c\":\"3\"}}" https://kubernetes/api/v1/namespaces/default/configmaps/cfg'
# a stale resourceVersion, a rename, a body curl sends as a form, a bad key
kubectl exec curl -- sh -c 'cd /var/run/secrets/kubernetes.io/serviceaccount; curl -s --cacert ca.crt -H "Authorization: Bearer $(cat token)" -X PUT -H "Content-Type: application/json" -d "{\"apiVersion\":\"v1\",\"kind\":\"ConfigMap\",\"metadata\":{\"name\":\"cfg\",\"resourceVersion\":\"1\"}}" https://kubernetes/api/v1/namespaces/default/configmaps/cfg'
kubectl exec curl -- sh -c 'cd /var/run/secrets/kubernetes.io/serviceaccount; curl -s --cacert ca.crt -H "Authorization: Bearer $(cat token)" -X PATCH -H "Content-Type: application/merge-patch+json" -d "{\"metadata\":{\"name\":\"renamed\"}}" https://kubernetes/api/v1/namespaces/default/configmaps/cfg'
kubectl exec curl -- sh -c 'cd /var/run/secrets/kubernetes.io/serviceaccount; curl -s --cacert ca.crt -H "Authorization: Bearer $(cat token)" -X PATCH -d "{}" https://kubernetes/api/v1/namespaces/default/configmaps/cfg'
kubectl exec curl -- sh -c 'cd /var/run/secrets/kubernetes.io/serviceaccount; curl -s --cacert ca.crt -H "Authorization: Bearer $(cat token)" -X PATCH -H "Content-Type: application/merge-patch+json" -d "{\"data\":{\"bad key\":\"x\"}}" https://kubernetes/api/v1/namespaces/default/configmaps/cfg'
# the default ServiceAccount has no rights to patch
kubectl exec viewer -- sh -c 'cd /var/run/secrets/kubernetes.io/serviceaccount; curl -s --cacert ca.crt -H "Authorization: Bearer $(cat token)" -X PATCH -H "Content-Type: application/merge-patch+json" -d "{\"data\":{\"b\":\"2\"}}" https://kubernetes/api/v1/namespaces/default/configmaps/cfg'
kubectl get configmap cfg -o jsonpath='{.data}'
