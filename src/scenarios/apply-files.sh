# kubectl apply with directories, several files, stdin and the last-applied annotation.
kubectl apply -f app
kubectl apply -f app -R
kubectl apply -f app/cm.yaml,app/nested/cm2.yaml
kubectl create configmap made-by-create --from-literal=a=1
kubectl apply -f - <<EOF
apiVersion: v1
kind: ConfigMap
metadata:
  name: made-by-create
data:
  a: "2"
EOF
kubectl apply -f - --dry-run=client <<EOF
apiVersion: v1
kind: ConfigMap
metadata:
  name: dry
EOF
kubectl apply -f - --dry-run=server <<EOF
apiVersion: v1
kind: ConfigMap
metadata:
  name: dry
EOF
kubectl apply -f - -n other <<EOF
apiVersion: v1
kind: ConfigMap
metadata:
  name: elsewhere
  namespace: default
EOF
kubectl apply -f empty.yaml
