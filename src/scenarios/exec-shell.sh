# Shells inside pods, headless: stdin comes from a heredoc, so kubectl says there is no TTY and the
# shell reads the heredoc as its script (no prompts), like `kubectl exec -it … <<'EOF'` in a script.
kubectl create deployment kubia --image=luksa/kubia --replicas=2
kubectl run client --image=busybox --restart=Never -- sleep 3600
sleep 30
kubectl exec -it deploy/kubia -- sh <<'EOF'
hostname
echo "HOME=$HOME"
cd /tmp && pwd
curl -s http://localhost:8080
exit 3
EOF
kubectl exec -it client -- sh <<'EOF'
wget -qO- http://kubia:8080 || echo "no Service kubia yet"
nslookup kubernetes.default.svc.cluster.local
EOF
kubectl exec -i client -- sh <<'EOF'
echo stdin without a tty: no notice
EOF
kubectl run -it --rm test --image=busybox --restart=Never -- sh <<'EOF'
hostname
env | grep KUBERNETES_SERVICE_HOST
EOF
kubectl get pods -o name
