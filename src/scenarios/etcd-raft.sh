# Each write is a raft entry: the leader appends it and sends it to the followers, the running ones append it, a quorum commits it
kubectl create configmap a --from-literal=k=v
replay
etcd stop etcd-3
kubectl create configmap b --from-literal=k=v
replay
etcd members 5
etcd stop etcd-4
kubectl create configmap c --from-literal=k=v
replay
etcdctl --cacert=/etc/kubernetes/pki/etcd/ca.crt --cert=/etc/kubernetes/pki/etcd/server.crt --key=/etc/kubernetes/pki/etcd/server.key endpoint status
