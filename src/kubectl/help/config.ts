import { ALLOW_MISSING_TEMPLATE_KEYS, SHOW_MANAGED_FIELDS, TEMPLATE } from './flags';

/** kubectl config's help texts, as kubectl v1.34.5 prints them. */

/** What `kubectl <path> --help` prints, by command path (kubectl v1.34.5). */
export const HELP: Record<string, string> = {
  'config': `Modify kubeconfig files using subcommands like "kubectl config set current-context my-context".

 The loading order follows these rules:

  1.  If the --kubeconfig flag is set, then only that file is loaded. The flag may only be set once and no merging takes place.
  2.  If $KUBECONFIG environment variable is set, then it is used as a list of paths (normal path delimiting rules for your system). These paths are merged. When a value is modified, it is modified in the file that defines the stanza. When a value is created, it is created in the first file that exists. If no files in the chain exist, then it creates the last file in the list.
  3.  Otherwise, \${HOME}/.kube/config is used and no merging takes place.

Available Commands:
  current-context   Display the current-context
  delete-cluster    Delete the specified cluster from the kubeconfig
  delete-context    Delete the specified context from the kubeconfig
  delete-user       Delete the specified user from the kubeconfig
  get-clusters      Display clusters defined in the kubeconfig
  get-contexts      Describe one or many contexts
  get-users         Display users defined in the kubeconfig
  rename-context    Rename a context from the kubeconfig file
  set               Set an individual value in a kubeconfig file
  set-cluster       Set a cluster entry in kubeconfig
  set-context       Set a context entry in kubeconfig
  set-credentials   Set a user entry in kubeconfig
  unset             Unset an individual value in a kubeconfig file
  use-context       Set the current-context in a kubeconfig file
  view              Display merged kubeconfig settings or a specified kubeconfig file

Usage:
  kubectl config SUBCOMMAND [options]

Use "kubectl config <command> --help" for more information about a given command.
Use "kubectl options" for a list of global command-line options (applies to all commands).
`,
  'config view': `Display merged kubeconfig settings or a specified kubeconfig file.

 You can use --output jsonpath={...} to extract specific values using a jsonpath expression.

Examples:
  # Show merged kubeconfig settings
  kubectl config view
  
  # Show merged kubeconfig settings, raw certificate data, and exposed secrets
  kubectl config view --raw
  
  # Get the password for the e2e user
  kubectl config view -o jsonpath='{.users[?(@.name == "e2e")].user.password}'

Options:
${ALLOW_MISSING_TEMPLATE_KEYS}
    --flatten=false:
	Flatten the resulting kubeconfig file into self-contained output (useful for creating portable kubeconfig files)

    --merge=true:
	Merge the full hierarchy of kubeconfig files

    --minify=false:
	Remove all information not used by current-context from the output

    -o, --output='yaml':
	Output format. One of: (json, yaml, name, go-template, go-template-file, template, templatefile, jsonpath, jsonpath-as-json, jsonpath-file).

    --raw=false:
	Display raw byte data and sensitive data

${SHOW_MANAGED_FIELDS}
${TEMPLATE}
Usage:
  kubectl config view [flags] [options]

Use "kubectl options" for a list of global command-line options (applies to all commands).
`,
  'config current-context': `Display the current-context.

Examples:
  # Display the current-context
  kubectl config current-context

Usage:
  kubectl config current-context [flags] [options]

Use "kubectl options" for a list of global command-line options (applies to all commands).
`,
  'config get-contexts': `Display one or many contexts from the kubeconfig file.

Examples:
  # List all the contexts in your kubeconfig file
  kubectl config get-contexts
  
  # Describe one context in your kubeconfig file
  kubectl config get-contexts my-context

Options:
    --no-headers=false:
	When using the default or custom-column output format, don't print headers (default print headers).

    -o, --output='':
	Output format. One of: (name).

Usage:
  kubectl config get-contexts [(-o|--output=)name)] [options]

Use "kubectl options" for a list of global command-line options (applies to all commands).
`,
  'config get-clusters': `Display clusters defined in the kubeconfig.

Examples:
  # List the clusters that kubectl knows about
  kubectl config get-clusters

Usage:
  kubectl config get-clusters [flags] [options]

Use "kubectl options" for a list of global command-line options (applies to all commands).
`,
  'config get-users': `Display users defined in the kubeconfig.

Examples:
  # List the users that kubectl knows about
  kubectl config get-users

Usage:
  kubectl config get-users [flags] [options]

Use "kubectl options" for a list of global command-line options (applies to all commands).
`,
  'config use-context': `Set the current-context in a kubeconfig file.

Aliases:
use-context, use

Examples:
  # Use the context for the minikube cluster
  kubectl config use-context minikube

Usage:
  kubectl config use-context CONTEXT_NAME [options]

Use "kubectl options" for a list of global command-line options (applies to all commands).
`,
  'config set-context': `Set a context entry in kubeconfig.

 Specifying a name that already exists will merge new fields on top of existing values for those fields.

Examples:
  # Set the user field on the gce context entry without touching other values
  kubectl config set-context gce --user=cluster-admin

Options:
    --cluster='':
	cluster for the context entry in kubeconfig

    --current=false:
	Modify the current context

    --namespace='':
	namespace for the context entry in kubeconfig

    --user='':
	user for the context entry in kubeconfig

Usage:
  kubectl config set-context [NAME | --current] [--cluster=cluster_nickname] [--user=user_nickname] [--namespace=namespace] [options]

Use "kubectl options" for a list of global command-line options (applies to all commands).
`,
  'config set-cluster': `Set a cluster entry in kubeconfig.

 Specifying a name that already exists will merge new fields on top of existing values for those fields.

Examples:
  # Set only the server field on the e2e cluster entry without touching other values
  kubectl config set-cluster e2e --server=https://1.2.3.4
  
  # Embed certificate authority data for the e2e cluster entry
  kubectl config set-cluster e2e --embed-certs --certificate-authority=~/.kube/e2e/kubernetes.ca.crt
  
  # Disable cert checking for the e2e cluster entry
  kubectl config set-cluster e2e --insecure-skip-tls-verify=true
  
  # Set the custom TLS server name to use for validation for the e2e cluster entry
  kubectl config set-cluster e2e --tls-server-name=my-cluster-name
  
  # Set the proxy URL for the e2e cluster entry
  kubectl config set-cluster e2e --proxy-url=https://1.2.3.4

Options:
    --certificate-authority='':
	Path to certificate-authority file for the cluster entry in kubeconfig

    --embed-certs=false:
	embed-certs for the cluster entry in kubeconfig

    --insecure-skip-tls-verify=false:
	insecure-skip-tls-verify for the cluster entry in kubeconfig

    --proxy-url='':
	proxy-url for the cluster entry in kubeconfig

    --server='':
	server for the cluster entry in kubeconfig

    --tls-server-name='':
	tls-server-name for the cluster entry in kubeconfig

Usage:
  kubectl config set-cluster NAME [--server=server] [--certificate-authority=path/to/certificate/authority] [--insecure-skip-tls-verify=true] [--tls-server-name=example.com] [options]

Use "kubectl options" for a list of global command-line options (applies to all commands).
`,
  'config set-credentials': `Set a user entry in kubeconfig.

 Specifying a name that already exists will merge new fields on top of existing values.

        Client-certificate flags:
        --client-certificate=certfile --client-key=keyfile
        
        Bearer token flags:
        --token=bearer_token
        
        Basic auth flags:
        --username=basic_user --password=basic_password
        
 Bearer token and basic auth are mutually exclusive.

Examples:
  # Set only the "client-key" field on the "cluster-admin"
  # entry, without touching other values
  kubectl config set-credentials cluster-admin --client-key=~/.kube/admin.key
  
  # Set basic auth for the "cluster-admin" entry
  kubectl config set-credentials cluster-admin --username=admin --password=uXFGweU9l35qcif
  
  # Embed client certificate data in the "cluster-admin" entry
  kubectl config set-credentials cluster-admin --client-certificate=~/.kube/admin.crt --embed-certs=true
  
  # Enable the Google Compute Platform auth provider for the "cluster-admin" entry
  kubectl config set-credentials cluster-admin --auth-provider=gcp
  
  # Enable the OpenID Connect auth provider for the "cluster-admin" entry with additional arguments
  kubectl config set-credentials cluster-admin --auth-provider=oidc --auth-provider-arg=client-id=foo --auth-provider-arg=client-secret=bar
  
  # Remove the "client-secret" config value for the OpenID Connect auth provider for the "cluster-admin" entry
  kubectl config set-credentials cluster-admin --auth-provider=oidc --auth-provider-arg=client-secret-
  
  # Enable new exec auth plugin for the "cluster-admin" entry
  kubectl config set-credentials cluster-admin --exec-command=/path/to/the/executable --exec-api-version=client.authentication.k8s.io/v1beta1
  
  # Enable new exec auth plugin for the "cluster-admin" entry with interactive mode
  kubectl config set-credentials cluster-admin --exec-command=/path/to/the/executable --exec-api-version=client.authentication.k8s.io/v1beta1 --exec-interactive-mode=Never
  
  # Define new exec auth plugin arguments for the "cluster-admin" entry
  kubectl config set-credentials cluster-admin --exec-arg=arg1 --exec-arg=arg2
  
  # Create or update exec auth plugin environment variables for the "cluster-admin" entry
  kubectl config set-credentials cluster-admin --exec-env=key1=val1 --exec-env=key2=val2
  
  # Remove exec auth plugin environment variables for the "cluster-admin" entry
  kubectl config set-credentials cluster-admin --exec-env=var-to-remove-

Options:
    --auth-provider='':
	Auth provider for the user entry in kubeconfig

    --auth-provider-arg=[]:
	'key=value' arguments for the auth provider

    --client-certificate='':
	Path to client-certificate file for the user entry in kubeconfig

    --client-key='':
	Path to client-key file for the user entry in kubeconfig

    --embed-certs=false:
	Embed client cert/key for the user entry in kubeconfig

    --exec-api-version='':
	API version of the exec credential plugin for the user entry in kubeconfig

    --exec-arg=[]:
	New arguments for the exec credential plugin command for the user entry in kubeconfig

    --exec-command='':
	Command for the exec credential plugin for the user entry in kubeconfig

    --exec-env=[]:
	'key=value' environment values for the exec credential plugin

    --exec-interactive-mode='':
	InteractiveMode of the exec credentials plugin for the user entry in kubeconfig

    --exec-provide-cluster-info=false:
	ProvideClusterInfo of the exec credentials plugin for the user entry in kubeconfig

    --password='':
	password for the user entry in kubeconfig

    --token='':
	token for the user entry in kubeconfig

    --username='':
	username for the user entry in kubeconfig

Usage:
  kubectl config set-credentials NAME [--client-certificate=path/to/certfile] [--client-key=path/to/keyfile] [--token=bearer_token] [--username=basic_user] [--password=basic_password] [--auth-provider=provider_name] [--auth-provider-arg=key=value] [--exec-command=exec_command] [--exec-api-version=exec_api_version] [--exec-arg=arg] [--exec-env=key=value] [options]

Use "kubectl options" for a list of global command-line options (applies to all commands).
`,
  'config delete-context': `Delete the specified context from the kubeconfig.

Examples:
  # Delete the context for the minikube cluster
  kubectl config delete-context minikube

Usage:
  kubectl config delete-context NAME [options]

Use "kubectl options" for a list of global command-line options (applies to all commands).
`,
  'config delete-cluster': `Delete the specified cluster from the kubeconfig.

Examples:
  # Delete the minikube cluster
  kubectl config delete-cluster minikube

Usage:
  kubectl config delete-cluster NAME [options]

Use "kubectl options" for a list of global command-line options (applies to all commands).
`,
  'config delete-user': `Delete the specified user from the kubeconfig.

Examples:
  # Delete the minikube user
  kubectl config delete-user minikube

Usage:
  kubectl config delete-user NAME [options]

Use "kubectl options" for a list of global command-line options (applies to all commands).
`,
  'config rename-context': `Renames a context from the kubeconfig file.

 CONTEXT_NAME is the context name that you want to change.

 NEW_NAME is the new name you want to set.

 Note: If the context being renamed is the 'current-context', this field will also be updated.

Examples:
  # Rename the context 'old-name' to 'new-name' in your kubeconfig file
  kubectl config rename-context old-name new-name

Usage:
  kubectl config rename-context CONTEXT_NAME NEW_NAME [options]

Use "kubectl options" for a list of global command-line options (applies to all commands).
`,
  'config set': `Set an individual value in a kubeconfig file.

 PROPERTY_NAME is a dot delimited name where each token represents either an attribute name or a map key.  Map keys may not contain dots.

 PROPERTY_VALUE is the new value you want to set. Binary fields such as 'certificate-authority-data' expect a base64 encoded string unless the --set-raw-bytes flag is used.

 Specifying an attribute name that already exists will merge new fields on top of existing values.

Examples:
  # Set the server field on the my-cluster cluster to https://1.2.3.4
  kubectl config set clusters.my-cluster.server https://1.2.3.4
  
  # Set the certificate-authority-data field on the my-cluster cluster
  kubectl config set clusters.my-cluster.certificate-authority-data $(echo "cert_data_here" | base64 -i -)
  
  # Set the cluster field in the my-context context to my-cluster
  kubectl config set contexts.my-context.cluster my-cluster
  
  # Set the client-key-data field in the cluster-admin user using --set-raw-bytes option
  kubectl config set users.cluster-admin.client-key-data cert_data_here --set-raw-bytes=true

Options:
    --set-raw-bytes=false:
	When writing a []byte PROPERTY_VALUE, write the given string directly without base64 decoding.

Usage:
  kubectl config set PROPERTY_NAME PROPERTY_VALUE [options]

Use "kubectl options" for a list of global command-line options (applies to all commands).
`,
  'config unset': `Unset an individual value in a kubeconfig file.

 PROPERTY_NAME is a dot delimited name where each token represents either an attribute name or a map key.  Map keys may not contain dots.

Examples:
  # Unset the current-context
  kubectl config unset current-context
  
  # Unset namespace in foo context
  kubectl config unset contexts.foo.namespace

Usage:
  kubectl config unset PROPERTY_NAME [options]

Use "kubectl options" for a list of global command-line options (applies to all commands).
`,
};
