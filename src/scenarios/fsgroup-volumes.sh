# fsGroup on volumes: SetVolumeOwnership gives read-only volumes to the group with set-group-ID directories; emptyDir's new files join the group.
kubectl create configmap cfg --from-literal=a=1 --from-literal=b=2
kubectl create secret generic sec --from-literal=p=x
cat > pod.yml <<'X'
apiVersion: v1
kind: Pod
metadata:
  name: fsg
spec:
  securityContext:
    runAsUser: 1000
    runAsGroup: 3000
    fsGroup: 2000
    supplementalGroups: [4000]
  containers:
  - name: c
    image: busybox
    command: ["sleep", "3600"]
    volumeMounts:
    - {name: cfg, mountPath: /etc/cfg}
    - {name: sec, mountPath: /etc/sec}
    - {name: cache, mountPath: /cache}
    - {name: ro, mountPath: /etc/ro}
  volumes:
  - name: cfg
    configMap: {name: cfg}
  - name: sec
    secret: {secretName: sec}
  - name: cache
    emptyDir: {}
  - name: ro
    configMap: {name: cfg, defaultMode: 0400}
X
kubectl apply -f pod.yml
sleep 5
kubectl exec fsg -- id
kubectl exec fsg -- ls -la /etc/cfg
kubectl exec fsg -- ls -la /etc/cfg/..data/
kubectl exec fsg -- ls -la /etc/sec
kubectl exec fsg -- ls -laL /etc/ro
kubectl exec fsg -- ls -ld /cache
kubectl exec fsg -- sh -c "touch /cache/f; mkdir /cache/d; ls -l /cache"
