kubectl -n kube-system create -f service-reader.yml
