kubectl patch deployment kubia -p '{"spec": {"minReadySeconds": 10}}'
