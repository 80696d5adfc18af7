kubectl replace -f kubia-deployment.yaml
