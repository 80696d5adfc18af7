# kubectl's mutating commands on a fresh cluster, with the messages kubectl v1.34 prints.
cat > kubia.yaml <<EOF
apiVersion: apps/v1
kind: Deployment
metadata:
  name: kubia
spec:
  replicas: 2
  selector:
    matchLabels:
      app: kubia
  template:
    metadata:
      labels:
        app: kubia
    spec:
      containers:
      - name: kubia
        image: luksa/kubia
        ports:
        - containerPort: 8080
EOF
kubectl apply -f kubia.yaml
kubectl apply -f kubia.yaml
kubectl annotate deploy kubia team=blue
kubectl apply -f kubia.yaml
kubectl create -f kubia.yaml
kubectl label deploy kubia tier=web
kubectl label deploy kubia tier=db
kubectl label deploy kubia tier=db --overwrite
kubectl label deploy kubia tier-
kubectl patch deploy kubia -p '{"spec":{"replicas":3}}'
kubectl patch deploy kubia -p '{"spec":{"replicas":3}}'
kubectl patch deploy kubia --type=merge -p '{"metadata":{"labels":{"x":"y"}}}'
kubectl patch deploy kubia --type=json -p '[{"op":"remove","path":"/spec/paused"}]'
kubectl create configmap cfg --from-literal=mode=dev
kubectl create secret generic creds --from-literal=user=admin
kubectl create namespace team-a
kubectl create serviceaccount robot -n team-a
kubectl delete deploy kubia
kubectl delete deploy kubia
kubectl replace -f kubia.yaml
kubectl delete cm cfg secret/creds
kubectl apply -f missing.yaml
kubectl create
kubectl delete
