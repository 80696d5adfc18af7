# Notes 6.6.2: MySQL on an NFS-backed PV survives its node's failure: rows written through mysql -e are read back after the pod moves.
cat > mysql-pv.yml <<'EOF'
apiVersion: v1
kind: PersistentVolume
metadata:
  name: mysql-pv
spec:
  accessModes:
    - ReadWriteOnce
  capacity:
    storage: 1Gi
  persistentVolumeReclaimPolicy: Retain
  storageClassName: nfs
  nfs:
    path: /nfsdata/mysql-pv
    server: 10.10.0.11
EOF
cat > mysql-pvc.yml <<'EOF'
apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: mysql-pvc
spec:
  accessModes:
    - ReadWriteOnce
  resources:
    requests:
      storage: 1Gi
  storageClassName: nfs
  volumeName: mysql-pv     # yh-pv1 也是 1Gi 的 nfs PV：直接点名要 mysql-pv / yh-pv1 fits too: ask for mysql-pv by name
EOF
cat > mysql.yml <<'EOF'
apiVersion: v1
kind: Service
metadata:
  name: mysql
spec:
  ports:
  - port: 3306
  selector:
    app: mysql
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: mysql
spec:
  selector:
    matchLabels:
      app: mysql
  strategy:
    type: Recreate
  template:
    metadata:
      labels:
        app: mysql
    spec:
      affinity:              # 像笔记一样先落在 k8s-node2 / start on k8s-node2, as in the notes
        nodeAffinity:
          preferredDuringSchedulingIgnoredDuringExecution:
          - weight: 100
            preference:
              matchExpressions:
              - key: kubernetes.io/hostname
                operator: In
                values: [k8s-node2]
      tolerations:           # 节点失联 10 秒后就迁走（默认 300 秒）/ leave an unreachable node after 10 s (default 300 s)
      - key: node.kubernetes.io/unreachable
        operator: Exists
        effect: NoExecute
        tolerationSeconds: 10
      - key: node.kubernetes.io/not-ready
        operator: Exists
        effect: NoExecute
        tolerationSeconds: 10
      containers:
      - image: mysql:5.6
        name: mysql
        env:
        - name: MYSQL_ROOT_PASSWORD
          value: password
        ports:
        - containerPort: 3306
          name: mysql
        volumeMounts:
        - name: mysql-persistent-storage
          mountPath: /var/lib/mysql
      volumes:
      - name: mysql-persistent-storage
        persistentVolumeClaim:
          claimName: mysql-pvc
EOF
kubectl apply -f mysql-pv.yml
kubectl apply -f mysql-pvc.yml
kubectl apply -f mysql.yml
kubectl rollout status deployment/mysql --timeout=180s
kubectl get pod -l app=mysql -o wide
kubectl run -it --rm --image=mysql:5.6 --restart=Never mysql-client -- mysql -h mysql -ppassword -e "use mysql; create table my_id( id int(4) ); insert my_id values( 111 ); select * from my_id;"
node stop k8s-node2
sleep 120
kubectl get nodes
kubectl get pod -l app=mysql -o wide
kubectl run -it --rm --image=mysql:5.6 --restart=Never mysql-client -- mysql -h mysql -ppassword -e "use mysql; select * from my_id;"
