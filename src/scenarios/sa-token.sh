# A pod talks to the API server with its ServiceAccount token (notes 12.1.2)
kubectl create serviceaccount reader
kubectl create role pod-reader --verb=get,list --resource=pods
kubectl create rolebinding reader --role=pod-reader --serviceaccount=default:reader
kubectl apply -f - <<'YAML'
apiVersion: v1
kind: Pod
metadata:
  name: curl
spec:
  serviceAccountName: reader
  containers:
  - name: main
    image: curlimages/curl
    command: ["sleep", "9999"]
YAML
sleep 30
kubectl exec curl -- ls /var/run/secrets/kubernetes.io/serviceaccount
kubectl exec curl -- cat /var/run/secrets/kubernetes.io/serviceaccount/namespace
kubectl exec curl -- sh -c 'curl -s --cacert /var/run/secrets/kubernetes.io/serviceaccount/ca.crt -H "Authorization: Bearer $(cat /var/run/secrets/kubernetes.io/serviceaccount/token)" https://kubernetes/api/v1/namespaces/default/pods'
kubectl exec curl -- sh -c 'curl -s --cacert /var/run/secrets/kubernetes.io/serviceaccount/ca.crt -H "Authorization: Bearer $(cat /var/run/secrets/kubernetes.io/serviceaccount/token)" https://kubernetes/api/v1/namespaces/default/secrets'
kubectl exec curl -- curl -s --cacert /var/run/secrets/kubernetes.io/serviceaccount/ca.crt https://kubernetes/api/v1/namespaces/default/pods
kubectl exec curl -- curl -s --cacert /var/run/secrets/kubernetes.io/serviceaccount/ca.crt -H 'Authorization: Bearer forged.token.value' https://kubernetes/api/v1/namespaces/default/pods
# the API server's certificate is signed by the cluster's CA, which the image's CA bundle does not hold
kubectl exec curl -- curl -sS https://kubernetes/version
kubectl exec curl -- curl -s https://kubernetes/version
kubectl exec curl -- sh -c 'export CURL_CA_BUNDLE=/var/run/secrets/kubernetes.io/serviceaccount/ca.crt; curl -s https://kubernetes/version'
kubectl exec curl -- curl -sk https://kubernetes/version
kubectl exec curl -- curl -sS --cacert /etc/ssl/cluster-ca.crt https://kubernetes/version
kubectl exec curl -- curl --cacert /var/run/secrets/kubernetes.io/serviceaccount/token https://kubernetes/version
kubectl create token reader
kubectl patch pod curl -p '{"spec":{"serviceAccountName":"default"}}'
# TokenRequest: -o prints the object; a bound object must exist and run as the account
kubectl create token reader -o jsonpath='{.kind} {.spec.audiences} {.spec.expirationSeconds}'
kubectl create token reader --bound-object-kind=Pod --bound-object-name=nope
kubectl create token default --bound-object-kind=Pod --bound-object-name=curl
# set serviceaccount changes a template; a pod's account is fixed
kubectl create deployment web --image=nginx
kubectl set serviceaccount deployment web reader
kubectl get deploy web -o jsonpath='{.spec.template.spec.serviceAccountName}'
kubectl set sa pod curl default
# writes from the pod: as the token's account, with the API server's answers
kubectl create role cm-writer --verb=create,delete --resource=configmaps
kubectl create rolebinding cm-writer --role=cm-writer --serviceaccount=default:reader
kubectl exec curl -- sh -c 'curl -sk -H "Authorization: Bearer $(cat /var/run/secrets/kubernetes.io/serviceaccount/token)" -H "Content-Type: application/json" -d "{\"metadata\":{\"name\":\"from-pod\"}}" https://kubernetes/api/v1/namespaces/default/configmaps -o /dev/null -w "%{http_code}\n"'
kubectl get cm from-pod -o name
kubectl exec curl -- sh -c 'curl -sk -H "Authorization: Bearer $(cat /var/run/secrets/kubernetes.io/serviceaccount/token)" -d "{}" https://kubernetes/api/v1/namespaces/default/configmaps'
kubectl exec curl -- sh -c 'curl -sk -H "Authorization: Bearer $(cat /var/run/secrets/kubernetes.io/serviceaccount/token)" -X DELETE https://kubernetes/api/v1/namespaces/default/configmaps/from-pod -o /dev/null -w "%{http_code}\n"'
kubectl get cm from-pod
