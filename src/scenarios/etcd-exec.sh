# etcd as kubeadm clusters reach it: etcdctl in the etcd static pod, with the certificates its etcd-certs hostPath mounts and 127.0.0.1:2379 on the host network
kubectl -n kube-system get pod etcd-k8s-master -o jsonpath='{.spec.hostNetwork} {range .spec.volumes[*]}{.name}={.hostPath.path} {end}'
kubectl -n kube-system exec etcd-k8s-master -- etcdctl --cacert /etc/kubernetes/pki/etcd/ca.crt --cert /etc/kubernetes/pki/etcd/server.crt --key /etc/kubernetes/pki/etcd/server.key get /registry/namespaces --prefix --keys-only
kubectl -n kube-system exec etcd-k8s-master -- etcdctl --cacert /etc/kubernetes/pki/etcd/ca.crt --cert /etc/kubernetes/pki/etcd/server.crt --key /etc/kubernetes/pki/etcd/server.key endpoint health
# a new object is a new key
kubectl create namespace demo
kubectl -n kube-system exec etcd-k8s-master -- etcdctl --cacert /etc/kubernetes/pki/etcd/ca.crt --cert /etc/kubernetes/pki/etcd/server.crt --key /etc/kubernetes/pki/etcd/server.key get /registry/namespaces/demo --keys-only
# without the CA the client cannot verify the member: no answer within the 5s command timeout
date
kubectl -n kube-system exec etcd-k8s-master -- etcdctl --cert /etc/kubernetes/pki/etcd/server.crt --key /etc/kubernetes/pki/etcd/server.key member list
date
# the pod mounts only /etc/kubernetes/pki/etcd: the cluster CA is not in the container
kubectl -n kube-system exec etcd-k8s-master -- etcdctl --cacert /etc/kubernetes/pki/ca.crt --cert /etc/kubernetes/pki/etcd/server.crt --key /etc/kubernetes/pki/etcd/server.key member list
# the image is distroless: etcd, etcdctl and etcdutl, no shell
kubectl -n kube-system exec etcd-k8s-master -- etcd --version
kubectl -n kube-system exec etcd-k8s-master -- etcdutl version
kubectl -n kube-system exec etcd-k8s-master -- sh -c 'ls /'
