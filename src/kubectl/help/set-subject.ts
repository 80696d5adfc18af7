import { ALL, ALLOW_MISSING_TEMPLATE_KEYS, DRY_RUN, FIELD_MANAGER_SET, KUSTOMIZE, OUTPUT, RECURSIVE, SELECTOR, SHOW_MANAGED_FIELDS, TEMPLATE, local } from './flags';

/** What `kubectl set subject --help` prints, as kubectl v1.34.5 prints it. */
export const SET_SUBJECT_HELP = `Update the user, group, or service account in a role binding or cluster role binding.

Examples:
  # Update a cluster role binding for serviceaccount1
  kubectl set subject clusterrolebinding admin --serviceaccount=namespace:serviceaccount1
  
  # Update a role binding for user1, user2, and group1
  kubectl set subject rolebinding admin --user=user1 --user=user2 --group=group1
  
  # Print the result (in YAML format) of updating rolebinding subjects from a local, without hitting the server
  kubectl create rolebinding admin --role=admin --user=admin -o yaml --dry-run=client | kubectl set subject --local -f - --user=foo -o yaml

Options:
${ALL}
${ALLOW_MISSING_TEMPLATE_KEYS}
${DRY_RUN}
${FIELD_MANAGER_SET}
    -f, --filename=[]:
	Filename, directory, or URL to files the resource to update the subjects

    --group=[]:
	Groups to bind to the role

${KUSTOMIZE}
${local('set subject')}
${OUTPUT}
${RECURSIVE}
${SELECTOR}
    --serviceaccount=[]:
	Service accounts to bind to the role

${SHOW_MANAGED_FIELDS}
${TEMPLATE}
    --user=[]:
	Usernames to bind to the role

Usage:
  kubectl set subject (-f FILENAME | TYPE NAME) [--user=username] [--group=groupname] [--serviceaccount=namespace:serviceaccountname] [--dry-run=server|client|none] [options]

Use "kubectl options" for a list of global command-line options (applies to all commands).
`;
