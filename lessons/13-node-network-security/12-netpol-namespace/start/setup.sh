kubectl apply -f - <<'YAML'
apiVersion: v1
kind: ConfigMap
metadata:
  name: database-conf
data:
  default.conf: |
    server {
        listen 5432;
        root /usr/share/nginx/html;
    }
YAML
kubectl apply -f - <<'YAML'
apiVersion: v1
kind: Pod
metadata:
  name: database
  labels:
    app: database
spec:
  containers:
  - name: main
    image: nginx
    ports:
    - containerPort: 5432
    volumeMounts:
    - name: conf
      mountPath: /etc/nginx/conf.d
  volumes:
  - name: conf
    configMap:
      name: database-conf
YAML
kubectl run webserver --image=nginx:alpine --labels=app=webserver
kubectl run other --image=busybox -- sleep 99999
kubectl expose pod database --port=5432
kubectl expose pod webserver --port=80
