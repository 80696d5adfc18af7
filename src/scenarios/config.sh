# ConfigMaps and Secrets from notes 7.4-7.5: env and volumes, updates, stringData, errors.
kubectl create configmap fortune-config --from-literal=sleep-interval=25 --from-literal=my.conf='gzip on;'
cat > pod.yml <<'X'
apiVersion: v1
kind: Pod
metadata:
  name: config-volume-yh
spec:
  containers:
  - image: nginx:alpine
    name: web-server
    env:
    - name: INTERVAL
      valueFrom:
        configMapKeyRef:
          name: fortune-config
          key: sleep-interval
    volumeMounts:
    - name: config
      mountPath: /etc/nginx/conf.d
      readOnly: true
    - name: config
      mountPath: /etc/nginx/my.conf
      subPath: my.conf
  volumes:
  - name: config
    configMap:
      name: fortune-config
      defaultMode: 0660
X
kubectl apply -f pod.yml
kubectl wait --for=condition=Ready pod/config-volume-yh
kubectl exec config-volume-yh -c web-server -- ls /etc/nginx/conf.d
kubectl exec config-volume-yh -- ls -lL /etc/nginx/conf.d
kubectl exec config-volume-yh -- touch /etc/nginx/conf.d/new.conf
kubectl patch configmap fortune-config -p '{"data":{"sleep-interval":"5","my.conf":"gzip off;"}}'
kubectl exec config-volume-yh -- cat /etc/nginx/conf.d/sleep-interval
sleep 90
kubectl exec config-volume-yh -- cat /etc/nginx/conf.d/sleep-interval
kubectl exec config-volume-yh -- cat /etc/nginx/my.conf
kubectl exec config-volume-yh -- printenv INTERVAL
# a missing key or ConfigMap stops the container before it starts
cat > missing.yml <<'X'
apiVersion: v1
kind: Pod
metadata:
  name: missing-cm
spec:
  containers:
  - name: c
    image: busybox
    command: ["sleep", "3600"]
    env:
    - name: X
      valueFrom:
        configMapKeyRef:
          name: no-such-config
          key: k
---
apiVersion: v1
kind: Pod
metadata:
  name: missing-key
spec:
  containers:
  - name: c
    image: busybox
    command: ["sleep", "3600"]
    env:
    - name: X
      valueFrom:
        secretKeyRef:
          name: mysecret
          key: nope
---
apiVersion: v1
kind: Pod
metadata:
  name: envfrom
spec:
  containers:
  - name: c
    image: busybox
    command: ["sleep", "3600"]
    envFrom:
    - configMapRef:
        name: my-config-map
X
cat > secret.yml <<'X'
apiVersion: v1
kind: Secret
metadata:
  name: mysecret
type: Opaque
data:
  username: YWRtaW4=
stringData:
  password: 1f2d1e2e67df
X
kubectl apply -f secret.yml
kubectl get secret mysecret -o jsonpath='{.data}'
kubectl create configmap my-config-map --from-literal=1badkey=x --from-literal=GOOD=y
kubectl apply -f missing.yml
sleep 10
kubectl get pods missing-cm missing-key envfrom
kubectl get events --field-selector involvedObject.name=missing-cm,reason=Failed
kubectl get events --field-selector involvedObject.name=missing-key,reason=Failed
kubectl get events --field-selector involvedObject.name=envfrom,reason=InvalidEnvironmentVariableNames
kubectl exec envfrom -- printenv GOOD
