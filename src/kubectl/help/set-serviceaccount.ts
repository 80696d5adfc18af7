import { setTemplateOptions } from './flags';

/** What `kubectl set serviceaccount --help` (alias `sa`) prints, as kubectl v1.34.5 prints it. */
export const SET_SERVICEACCOUNT_HELP = `Update the service account of pod template resources.

 Possible resources (case insensitive) can be:

 replicationcontroller (rc), deployment (deploy), daemonset (ds), job, replicaset (rs), statefulset

Aliases:
serviceaccount, sa

Examples:
  # Set deployment nginx-deployment's service account to serviceaccount1
  kubectl set serviceaccount deployment nginx-deployment serviceaccount1
  
  # Print the result (in YAML format) of updated nginx deployment with the service account from local file, without hitting the API server
  kubectl set sa -f nginx-deployment.yaml serviceaccount1 --local --dry-run=client -o yaml

Options:
${setTemplateOptions('set serviceaccount', false)}
Usage:
  kubectl set serviceaccount (-f FILENAME | TYPE NAME) SERVICE_ACCOUNT [options]

Use "kubectl options" for a list of global command-line options (applies to all commands).
`;
