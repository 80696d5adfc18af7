# A container's rootfs: image layers, the kubelet's init files, the writable layer lost on restart, a volume kept
cat > p.yaml <<'EOT'
apiVersion: v1
kind: Pod
metadata:
  name: box
spec:
  containers:
  - name: box
    image: busybox
    command: ["sleep", "3600"]
    volumeMounts:
    - name: data
      mountPath: /data
  volumes:
  - name: data
    emptyDir: {}
EOT
kubectl apply -f p.yaml
sleep 15
container layers box
kubectl exec box -- sh -c 'echo hello > /tmp/note; echo kept > /data/keep'
container layers box
container kill box
sleep 15
container layers box
kubectl exec box -- ls /tmp /data
container layers box --json
container layers nope
container kill box --json
