kubectl create configmap configmap-yaohong --from-literal=foo=bar --from-literal=sleep-interval=25
kubectl create configmap my-conf-yh --from-file=config-file.conf
kubectl create configmap my-conf-yh-key --from-file=customkey=config-file.conf
kubectl create configmap my-conf-yh-dir --from-file=conf-dir
kubectl create configmap my-conf-yh-all --from-file=conf-dir/ --from-file=bar=foobar.conf --from-literal=some=thing
kubectl get configmap
kubectl describe configmap my-conf-yh-all
