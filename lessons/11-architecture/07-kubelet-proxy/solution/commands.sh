kubectl apply -f live-pod.yaml
sleep 30
container break-probes live
sleep 60
