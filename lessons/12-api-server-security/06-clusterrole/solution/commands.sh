kubectl create clusterrolebinding cluster-tetst --clusterrole=pv-reader --serviceaccount=kuebsystem:yaohong
kubectl create clusterrole pv-reader --verb=get,list --resource=persistentvolumes
kubectl create clusterrolebinding pv-test --clusterrole=pv-reader --serviceaccount=default:yaohong
