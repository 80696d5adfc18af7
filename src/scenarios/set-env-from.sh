# kubectl set env --from: a variable for each key of a ConfigMap or Secret, as references
kubectl create deployment app --image=nginx
kubectl create configmap cfg --from-literal=log.level=debug
kubectl create secret generic creds --from-literal=pass=s3cret
sleep 30
kubectl set env deployment app --from=configmap/cfg --prefix=APP_
kubectl set env deployment app --from=secret/creds
kubectl set env deployment app --list
kubectl set env deployment app --from=deployment/app
kubectl set env deployment app --from=configmap/nosuch
kubectl set env deployment app --from=configmap/cfg --keys=other
kubectl set env deployment app --keys=pass
