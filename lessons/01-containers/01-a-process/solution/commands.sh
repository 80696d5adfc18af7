kubectl run box --image=busybox --restart=Never -- sleep 3600
