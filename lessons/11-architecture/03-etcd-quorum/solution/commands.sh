TLS="--cacert=/etc/kubernetes/pki/etcd/ca.crt --cert=/etc/kubernetes/pki/etcd/server.crt --key=/etc/kubernetes/pki/etcd/server.key"
etcdctl $TLS member list -w table
etcdctl $TLS endpoint status --cluster -w table
etcd stop etcd-2
kubectl create deployment web --image=nginx
etcd stop etcd-3
kubectl create deployment web2 --image=nginx
kubectl get deployments
sleep 2
etcdctl $TLS endpoint status -w table
etcd start etcd-3
sleep 3
kubectl create deployment web2 --image=nginx
etcd start etcd-2
sleep 2
etcdctl $TLS endpoint health --cluster
