# NetworkPolicy (notes 13.4): isolation in a namespace, between namespaces, egress and DNS
kubectl run database --image=nginx --labels=app=database --port=80
kubectl expose pod database --port=80
kubectl run webserver --image=nginx:alpine --labels=app=webserver
kubectl expose pod webserver --port=80
kubectl run other --image=busybox -- sleep 99999
kubectl create namespace manning
kubectl label namespace manning tenant=manning
kubectl run client -n manning --image=busybox -- sleep 99999
sleep 30
kubectl exec other -- wget -qO- -T 2 database
kubectl apply -f - <<'YAML'
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: postgres-netpolicy
spec:
  podSelector:
    matchLabels:
      app: database
  ingress:
  - from:
    - podSelector:
      matchLabels:
        app: webserver
YAML
kubectl apply -f - <<'YAML'
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: postgres-netpolicy
spec:
  podSelector:
    matchLabels:
      app: database
  ingress:
  - from:
    - podSelector:
        matchLabels:
          app: webserver
    ports:
    - port: 80
YAML
kubectl exec webserver -- wget -qO- -T 2 database
kubectl exec other -- wget -qO- -T 2 database
kubectl exec other -- wget -qO- database
kubectl exec -n manning client -- wget -qO- -T 2 database.default
kubectl apply -f - <<'YAML'
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: tenants
spec:
  podSelector:
    matchLabels:
      app: database
  ingress:
  - from:
    - namespaceSelector:
        matchLabels:
          tenant: manning
      podSelector:
        matchLabels:
          app: webserver
YAML
kubectl exec -n manning client -- wget -qO- -T 2 database.default
kubectl label pod -n manning client app=webserver
kubectl exec -n manning client -- wget -qO- -T 2 database.default
kubectl apply -f - <<'YAML'
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: database-egress
spec:
  podSelector:
    matchLabels:
      app: database
  policyTypes: ["Egress"]
  egress:
  - to:
    - podSelector:
        matchLabels:
          app: webserver
YAML
kubectl exec database -- curl -sS -m 3 webserver
kubectl apply -f - <<'YAML'
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: allow-dns
spec:
  podSelector: {}
  policyTypes: ["Egress"]
  egress:
  - to:
    - namespaceSelector: {}
      podSelector:
        matchLabels:
          k8s-app: kube-dns
    ports:
    - protocol: UDP
      port: 53
YAML
kubectl exec database -- curl -s -m 3 webserver
kubectl exec database -- curl -sSk -m 3 https://kubernetes.default/version
kubectl exec database -- curl -so /dev/null -m 3 -w '%{http_code} %{exitcode}\n' webserver
kubectl exec database -- curl -so /dev/null -m 3 -w '%{http_code} %{exitcode}\n' https://kubernetes.default/version
kubectl exec other -- wget -qO- -T 2 webserver
kubectl get networkpolicy
kubectl describe networkpolicy tenants
