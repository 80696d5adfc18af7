# The Kubernetes docs' StatefulSet (web / nginx / www) on three pre-provisioned volumes
cat > pvs.yaml <<'EOF'
apiVersion: v1
kind: List
items:
- apiVersion: v1
  kind: PersistentVolume
  metadata:
    name: pv-a
  spec:
    capacity:
      storage: 1Gi
    accessModes: ["ReadWriteOnce"]
    storageClassName: my-storage-class
    nfs:
      server: nfs.example.com
      path: /export/pv-a
- apiVersion: v1
  kind: PersistentVolume
  metadata:
    name: pv-b
  spec:
    capacity:
      storage: 1Gi
    accessModes: ["ReadWriteOnce"]
    storageClassName: my-storage-class
    nfs:
      server: nfs.example.com
      path: /export/pv-b
- apiVersion: v1
  kind: PersistentVolume
  metadata:
    name: pv-c
  spec:
    capacity:
      storage: 1Gi
    accessModes: ["ReadWriteOnce"]
    storageClassName: my-storage-class
    nfs:
      server: nfs.example.com
      path: /export/pv-c
EOF
cat > web.yaml <<'EOF'
apiVersion: v1
kind: Service
metadata:
  name: nginx
  labels:
    app: nginx
spec:
  ports:
  - port: 80
    name: web
  clusterIP: None
  selector:
    app: nginx
---
apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: web
spec:
  selector:
    matchLabels:
      app: nginx
  serviceName: "nginx"
  replicas: 3
  minReadySeconds: 10
  template:
    metadata:
      labels:
        app: nginx
    spec:
      terminationGracePeriodSeconds: 10
      containers:
      - name: nginx
        image: registry.k8s.io/nginx-slim:0.24
        ports:
        - containerPort: 80
          name: web
        volumeMounts:
        - name: www
          mountPath: /usr/share/nginx/html
  volumeClaimTemplates:
  - metadata:
      name: www
    spec:
      accessModes: [ "ReadWriteOnce" ]
      storageClassName: "my-storage-class"
      resources:
        requests:
          storage: 1Gi
EOF
kubectl apply -f pvs.yaml
kubectl apply -f web.yaml
kubectl get pods -l app=nginx
sleep 15
kubectl get pods -l app=nginx
sleep 60
kubectl get statefulset web
kubectl get pvc
kubectl get pods -l app=nginx -o custom-columns=NAME:.metadata.name,HOSTNAME:.spec.hostname,SUBDOMAIN:.spec.subdomain
kubectl run -it --rm dns --image=busybox --restart=Never -- nslookup web-1.nginx
kubectl run -it --rm dns --image=busybox --restart=Never -- nslookup -type=srv nginx
kubectl exec web-1 -- sh -c 'echo web-1 was here > /usr/share/nginx/html/index.html'
kubectl delete pod web-1
sleep 30
kubectl exec web-1 -- cat /usr/share/nginx/html/index.html
kubectl scale statefulset web --replicas=1
kubectl get pods -l app=nginx
sleep 15
kubectl get pods -l app=nginx
sleep 30
kubectl get pods -l app=nginx
kubectl get pvc
kubectl scale statefulset web --replicas=3
sleep 60
kubectl exec web-1 -- cat /usr/share/nginx/html/index.html
kubectl set image statefulset web nginx=registry.k8s.io/nginx-slim:0.27
sleep 20
kubectl get pods -l app=nginx -o custom-columns=NAME:.metadata.name,IMAGE:.spec.containers[0].image
kubectl rollout status statefulset web
kubectl get pods -o wide
node stop k8s-node2
sleep 400
kubectl get pods -l app=nginx -o wide
kubectl delete pod web-2 --force --grace-period=0
sleep 60
kubectl get pods -l app=nginx
kubectl delete pod web-1 --force --grace-period=0
sleep 60
kubectl get pods -l app=nginx -o wide
