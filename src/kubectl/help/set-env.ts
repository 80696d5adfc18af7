import { ALLOW_MISSING_TEMPLATE_KEYS, DRY_RUN, FIELD_MANAGER_SET, KUSTOMIZE, OUTPUT, RECURSIVE, SELECTOR, SHOW_MANAGED_FIELDS, TEMPLATE, local } from './flags';

/** What `kubectl set env --help` prints, as kubectl v1.34.5 prints it. */
export const SET_ENV_HELP = `Update environment variables on a pod template.

 List environment variable definitions in one or more pods, pod templates. Add, update, or remove container environment variable definitions in one or more pod templates (within replication controllers or deployment configurations). View or modify the environment variable definitions on all containers in the specified pods or pod templates, or just those that match a wildcard.

 If "--env -" is passed, environment variables can be read from STDIN using the standard env syntax.

 Possible resources include (case insensitive):

        pod (po), replicationcontroller (rc), deployment (deploy), daemonset (ds), statefulset (sts), cronjob (cj), replicaset (rs)

Examples:
  # Update deployment 'registry' with a new environment variable
  kubectl set env deployment/registry STORAGE_DIR=/local
  
  # List the environment variables defined on a deployments 'sample-build'
  kubectl set env deployment/sample-build --list
  
  # List the environment variables defined on all pods
  kubectl set env pods --all --list
  
  # Output modified deployment in YAML, and does not alter the object on the server
  kubectl set env deployment/sample-build STORAGE_DIR=/data -o yaml
  
  # Update all containers in all replication controllers in the project to have ENV=prod
  kubectl set env rc --all ENV=prod
  
  # Import environment from a secret
  kubectl set env --from=secret/mysecret deployment/myapp
  
  # Import environment from a config map with a prefix
  kubectl set env --from=configmap/myconfigmap --prefix=MYSQL_ deployment/myapp
  
  # Import specific keys from a config map
  kubectl set env --keys=my-example-key --from=configmap/myconfigmap deployment/myapp
  
  # Remove the environment variable ENV from container 'c1' in all deployment configs
  kubectl set env deployments --all --containers="c1" ENV-
  
  # Remove the environment variable ENV from a deployment definition on disk and
  # update the deployment config on the server
  kubectl set env -f deploy.json ENV-
  
  # Set some of the local shell environment into a deployment config on the server
  env | grep RAILS_ | kubectl set env -e - deployment/registry

Options:
    --all=false:
	If true, select all resources in the namespace of the specified resource types

${ALLOW_MISSING_TEMPLATE_KEYS}
    -c, --containers='*':
	The names of containers in the selected pod templates to change - may use wildcards

${DRY_RUN}
    -e, --env=[]:
	Specify a key-value pair for an environment variable to set into each container.

${FIELD_MANAGER_SET}
    -f, --filename=[]:
	Filename, directory, or URL to files the resource to update the env

    --from='':
	The name of a resource from which to inject environment variables

    --keys=[]:
	Comma-separated list of keys to import from specified resource

${KUSTOMIZE}
    --list=false:
	If true, display the environment and any changes in the standard format. this flag will removed when we have kubectl view env.

${local('set env')}
${OUTPUT}
    --overwrite=true:
	If true, allow environment to be overwritten, otherwise reject updates that overwrite existing environment.

    --prefix='':
	Prefix to append to variable names

${RECURSIVE}
    --resolve=false:
	If true, show secret or configmap references when listing variables

${SELECTOR}
${SHOW_MANAGED_FIELDS}
${TEMPLATE}
Usage:
  kubectl set env RESOURCE/NAME KEY_1=VAL_1 ... KEY_N=VAL_N [options]

Use "kubectl options" for a list of global command-line options (applies to all commands).
`;
