import { ALLOW_MISSING_TEMPLATE_KEYS, DRY_RUN, FIELD_MANAGER_SET, OUTPUT, SHOW_MANAGED_FIELDS, TEMPLATE, local } from './flags';

/** What `kubectl set selector --help` prints, as kubectl v1.34.5 prints it. */
export const SET_SELECTOR_HELP = `Set the selector on a resource. Note that the new selector will overwrite the old selector if the resource had one prior to the invocation of 'set selector'.

 A selector must begin with a letter or number, and may contain letters, numbers, hyphens, dots, and underscores, up to 63 characters. If --resource-version is specified, then updates will use this resource version, otherwise the existing resource-version will be used. Note: currently selectors can only be set on Service objects.

Examples:
  # Set the labels and selector before creating a deployment/service pair
  kubectl create service clusterip my-svc --clusterip="None" -o yaml --dry-run=client | kubectl set selector --local -f - 'environment=qa' -o yaml | kubectl create -f -
  kubectl create deployment my-dep -o yaml --dry-run=client | kubectl label --local -f - environment=qa -o yaml | kubectl create -f -

Options:
    --all=false:
	Select all resources in the namespace of the specified resource types

${ALLOW_MISSING_TEMPLATE_KEYS}
${DRY_RUN}
${FIELD_MANAGER_SET}
    -f, --filename=[]:
	identifying the resource.

${local('annotation')}
${OUTPUT}
    -R, --recursive=true:
	Process the directory used in -f, --filename recursively. Useful when you want to manage related manifests organized within the same directory.

    --resource-version='':
	If non-empty, the selectors update will only succeed if this is the current resource-version for the object. Only valid when specifying a single resource.

${SHOW_MANAGED_FIELDS}
${TEMPLATE}
Usage:
  kubectl set selector (-f FILENAME | TYPE NAME) EXPRESSIONS [--resource-version=version] [options]

Use "kubectl options" for a list of global command-line options (applies to all commands).
`;
