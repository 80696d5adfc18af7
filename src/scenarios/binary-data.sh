# binaryData: kubectl describe counts its bytes; a mounted binary key keeps its byte count (ls -l).
cat > b.yaml <<'X'
apiVersion: v1
kind: ConfigMap
metadata:
  name: bin
data:
  text: hello
binaryData:
  blob: AP8BAgM=
X
kubectl apply -f b.yaml
kubectl describe cm bin
kubectl get cm bin
cat > p.yaml <<'X'
apiVersion: v1
kind: Pod
metadata:
  name: bp
spec:
  containers:
  - name: c
    image: busybox
    command: ["sleep", "3600"]
    volumeMounts:
    - {name: cfg, mountPath: /cfg}
  volumes:
  - name: cfg
    configMap: {name: bin}
X
kubectl apply -f p.yaml
sleep 5
kubectl exec bp -- ls -lL /cfg
