# ConfigMap, Secret, downwardAPI and projected volumes as the kubelet lays them out: modes, media, updates, subPath.
kubectl create configmap cfg --from-literal=a=1
kubectl create secret generic sec --from-literal=user=admin
cat > pod.yml <<'X'
apiVersion: v1
kind: Pod
metadata:
  name: vols
  labels: {zone: b, app: demo}
  annotations: {note: 'say "hi"'}
spec:
  containers:
  - name: c
    image: busybox
    command: ["sleep", "3600"]
    resources:
      requests: {cpu: 100m, memory: 64Mi}
      limits: {cpu: 500m, memory: 128Mi}
    env:
    - name: CPU_LIMIT
      valueFrom: {resourceFieldRef: {resource: limits.cpu}}
    - name: MEM_MB
      valueFrom: {resourceFieldRef: {resource: requests.memory, divisor: 1Mi}}
    volumeMounts:
    - {name: cm, mountPath: /cm}
    - {name: cm, mountPath: /pinned/a, subPath: a}
    - {name: sec, mountPath: /sec}
    - {name: info, mountPath: /info}
    - {name: all, mountPath: /all}
    - {name: scratch, mountPath: /scratch}
    - {name: absent, mountPath: /absent}
  volumes:
  - name: cm
    configMap: {name: cfg}
  - name: sec
    secret: {secretName: sec}
  - name: info
    downwardAPI:
      items:
      - {path: labels, fieldRef: {fieldPath: metadata.labels}}
      - {path: annotations, fieldRef: {fieldPath: metadata.annotations}}
  - name: all
    projected:
      sources:
      - configMap: {name: cfg}
      - downwardAPI:
          items:
          - {path: cpu-millis, resourceFieldRef: {containerName: c, resource: limits.cpu, divisor: 1m}}
  - name: scratch
    emptyDir: {medium: Memory}
  - name: absent
    configMap: {name: no-such-config, optional: true}
X
kubectl create -f pod.yml
kubectl wait --for=condition=Ready pod/vols
kubectl exec vols -- ls -la /cm
kubectl exec vols -- ls -ld /sec /info /scratch
kubectl exec vols -- ls -la /absent
kubectl exec vols -- cat /info/labels
kubectl exec vols -- cat /info/annotations
kubectl exec vols -- cat /all/cpu-millis
kubectl exec vols -- mount
kubectl describe pod vols
kubectl patch configmap cfg -p '{"data":{"a":"2"}}'
sleep 90
kubectl exec vols -- cat /cm/a /all/a /pinned/a
kubectl exec vols -- ls -la /cm
# an emptyDir over its sizeLimit: the eviction manager evicts the pod at its next round
cat > limit.yml <<'X'
apiVersion: v1
kind: Pod
metadata:
  name: limited
spec:
  containers:
  - name: c
    image: busybox
    command: ["sleep", "3600"]
    volumeMounts:
    - {name: cache, mountPath: /cache}
  volumes:
  - name: cache
    emptyDir: {sizeLimit: 1Mi}
X
kubectl create -f limit.yml
kubectl wait --for=condition=Ready pod/limited
kubectl exec limited -- dd if=/dev/zero of=/cache/small bs=512k count=1
sleep 20
kubectl get pod limited
kubectl exec limited -- dd if=/dev/zero of=/cache/big bs=1M count=1
sleep 20
kubectl get events --field-selector involvedObject.name=limited,reason=Evicted
kubectl get pod limited -o jsonpath='{.status.phase} {.status.reason}: {.status.message}'
