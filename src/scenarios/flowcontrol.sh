# API Priority and Fairness: the configuration a v1.34 API server bootstraps
kubectl get flowschemas
kubectl get prioritylevelconfigurations
kubectl get flowschema probes exempt
kubectl get flowschemas -o name
kubectl get flowschema system-leader-election -o yaml
kubectl get prioritylevelconfiguration exempt -o yaml
kubectl get flowschemas --sort-by=.metadata.name -o custom-columns=NAME:.metadata.name,PL:.spec.priorityLevelConfiguration.name
