# etcd quorum: 3 members survive losing 1 (a new leader is elected); losing 2 makes every request that needs etcd time out
# etcd serves clients over TLS only and wants a client certificate of its CA (kubeadm: --client-cert-auth=true)
TLS="--cacert=/etc/kubernetes/pki/etcd/ca.crt --cert=/etc/kubernetes/pki/etcd/server.crt --key=/etc/kubernetes/pki/etcd/server.key"
etcdctl $TLS member list -w table
etcdctl $TLS endpoint status --cluster -w table
etcdctl $TLS endpoint health --cluster
etcd stop k8s-master
sleep 3
etcdctl $TLS --endpoints=https://192.168.0.201:2379 endpoint status --cluster -w table
kubectl create deployment web --image=nginx
etcd stop etcd-2
kubectl get --raw "/apis/apps/v1/namespaces/default/deployments?resourceVersion=0" | grep -c '"name":"web"'
date
kubectl create deployment web2 --image=nginx
date
kubectl get pods
date
kubectl get pods --watch
kubectl scale deployment web --replicas=2
etcdctl $TLS member list
etcdctl $TLS --endpoints=192.168.0.202:2379 member list --consistency=s
etcdctl $TLS --endpoints=192.168.0.202:2379 endpoint health -w table
sleep 2
etcdctl $TLS --endpoints=192.168.0.202:2379 endpoint status -w table
kubectl get --raw /apis/apps/v1/namespaces/default/deployments
kubectl get --raw "/apis/apps/v1/namespaces/default/deployments?resourceVersion=0"
kubectl apply -f - <<EOF
apiVersion: v1
kind: ConfigMap
metadata:
  name: settings
EOF
kubectl delete deployment web
date
kubectl get cs
date
sleep 120
etcd start etcd-2
sleep 3
kubectl create deployment web2 --image=nginx
sleep 30
kubectl get deploy
kubectl get nodes
kubectl get cs etcd-0
etcd start k8s-master
etcdctl $TLS endpoint status --cluster
