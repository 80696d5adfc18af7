import { ALLOW_MISSING_TEMPLATE_KEYS, FILENAME_TO_UPDATE, KUSTOMIZE, OUTPUT, RECURSIVE, SHOW_MANAGED_FIELDS, TEMPLATE } from './flags';

/** Help texts of kubectl's plugin, completion, options and certificate commands, as kubectl v1.34.5 prints them. */

/** What `kubectl <path> --help` prints, by command path (kubectl v1.34.5). */
export const HELP: Record<string, string> = {
  'plugin': `Provides utilities for interacting with plugins.

 Plugins provide extended functionality that is not part of the major command-line distribution. Please refer to the documentation and examples for more information about how write your own plugins.

 The easiest way to discover and install plugins is via the kubernetes sub-project krew: [krew.sigs.k8s.io]. To install krew, visit https://krew.sigs.k8s.io/docs/user-guide/setup/install

Examples:
  # List all available plugins
  kubectl plugin list
  
  # List only binary names of available plugins without paths
  kubectl plugin list --name-only

Available Commands:
  list          List all visible plugin executables on a user's PATH

Usage:
  kubectl plugin [flags] [options]

Use "kubectl plugin <command> --help" for more information about a given command.
Use "kubectl options" for a list of global command-line options (applies to all commands).
`,
  'plugin list': `List all available plugin files on a user's PATH. To see plugins binary names without the full path use --name-only flag.

 Available plugin files are those that are: - executable - anywhere on the user's PATH - begin with "kubectl-"

Examples:
  # List all available plugins
  kubectl plugin list
  
  # List only binary names of available plugins without paths
  kubectl plugin list --name-only

Options:
    --name-only=false:
	If true, display only the binary name of each plugin, rather than its full path

Usage:
  kubectl plugin list [flags] [options]

Use "kubectl options" for a list of global command-line options (applies to all commands).
`,
  'completion': `Output shell completion code for the specified shell (bash, zsh, fish, or powershell). The shell code must be evaluated to provide interactive completion of kubectl commands.  This can be done by sourcing it from the .bash_profile.

 Detailed instructions on how to do this are available here:

        for macOS:
        https://kubernetes.io/docs/tasks/tools/install-kubectl-macos/#enable-shell-autocompletion
        
        for linux:
        https://kubernetes.io/docs/tasks/tools/install-kubectl-linux/#enable-shell-autocompletion
        
        for windows:
        https://kubernetes.io/docs/tasks/tools/install-kubectl-windows/#enable-shell-autocompletion
        
 Note for zsh users: [1] zsh completions are only supported in versions of zsh >= 5.2.

Examples:
  # Installing bash completion on macOS using homebrew
  ## If running Bash 3.2 included with macOS
  brew install bash-completion
  ## or, if running Bash 4.1+
  brew install bash-completion@2
  ## If kubectl is installed via homebrew, this should start working immediately
  ## If you've installed via other means, you may need add the completion to your completion directory
  kubectl completion bash > $(brew --prefix)/etc/bash_completion.d/kubectl
  
  
  # Installing bash completion on Linux
  ## If bash-completion is not installed on Linux, install the 'bash-completion' package
  ## via your distribution's package manager.
  ## Load the kubectl completion code for bash into the current shell
  source <(kubectl completion bash)
  ## Write bash completion code to a file and source it from .bash_profile
  kubectl completion bash > ~/.kube/completion.bash.inc
  printf "
  # kubectl shell completion
  source '$HOME/.kube/completion.bash.inc'
  " >> $HOME/.bash_profile
  source $HOME/.bash_profile
  
  # Load the kubectl completion code for zsh[1] into the current shell
  source <(kubectl completion zsh)
  # Set the kubectl completion code for zsh[1] to autoload on startup
  kubectl completion zsh > "\${fpath[1]}/_kubectl"
  
  
  # Load the kubectl completion code for fish[2] into the current shell
  kubectl completion fish | source
  # To load completions for each session, execute once:
  kubectl completion fish > ~/.config/fish/completions/kubectl.fish
  
  # Load the kubectl completion code for powershell into the current shell
  kubectl completion powershell | Out-String | Invoke-Expression
  # Set kubectl completion code for powershell to run on startup
  ## Save completion code to a script and execute in the profile
  kubectl completion powershell > $HOME\\.kube\\completion.ps1
  Add-Content $PROFILE "$HOME\\.kube\\completion.ps1"
  ## Execute completion code in the profile
  Add-Content $PROFILE "if (Get-Command kubectl -ErrorAction SilentlyContinue) {
  kubectl completion powershell | Out-String | Invoke-Expression
  }"
  ## Add completion code directly to the $PROFILE script
  kubectl completion powershell >> $PROFILE

Usage:
  kubectl completion SHELL [options]

Use "kubectl options" for a list of global command-line options (applies to all commands).
`,
  'options': ``,
  'certificate': `Modify certificate resources.

Available Commands:
  approve       Approve a certificate signing request
  deny          Deny a certificate signing request

Usage:
  kubectl certificate SUBCOMMAND [options]

Use "kubectl certificate <command> --help" for more information about a given command.
Use "kubectl options" for a list of global command-line options (applies to all commands).
`,
  'certificate approve': `Approve a certificate signing request.

 kubectl certificate approve allows a cluster admin to approve a certificate signing request (CSR). This action tells a certificate signing controller to issue a certificate to the requester with the attributes requested in the CSR.

 SECURITY NOTICE: Depending on the requested attributes, the issued certificate can potentially grant a requester access to cluster resources or to authenticate as a requested identity. Before approving a CSR, ensure you understand what the signed certificate can do.

Examples:
  # Approve CSR 'csr-sqgzp'
  kubectl certificate approve csr-sqgzp

Options:
${ALLOW_MISSING_TEMPLATE_KEYS}
${FILENAME_TO_UPDATE}
    --force=false:
	Update the CSR even if it is already approved.

${KUSTOMIZE}
${OUTPUT}
${RECURSIVE}
${SHOW_MANAGED_FIELDS}
${TEMPLATE}
Usage:
  kubectl certificate approve (-f FILENAME | NAME) [options]

Use "kubectl options" for a list of global command-line options (applies to all commands).
`,
  'certificate deny': `Deny a certificate signing request.

 kubectl certificate deny allows a cluster admin to deny a certificate signing request (CSR). This action tells a certificate signing controller to not to issue a certificate to the requester.

Examples:
  # Deny CSR 'csr-sqgzp'
  kubectl certificate deny csr-sqgzp

Options:
${ALLOW_MISSING_TEMPLATE_KEYS}
${FILENAME_TO_UPDATE}
    --force=false:
	Update the CSR even if it is already denied.

${KUSTOMIZE}
${OUTPUT}
${RECURSIVE}
${SHOW_MANAGED_FIELDS}
${TEMPLATE}
Usage:
  kubectl certificate deny (-f FILENAME | NAME) [options]

Use "kubectl options" for a list of global command-line options (applies to all commands).
`,
};

/** What `kubectl options` prints: the global flags ($HOME is /root). */
export const OPTIONS = `The following options can be passed to any command:

    --as='':
	Username to impersonate for the operation. User could be a regular user or a service account in a namespace.

    --as-group=[]:
	Group to impersonate for the operation, this flag can be repeated to specify multiple groups.

    --as-uid='':
	UID to impersonate for the operation.

    --cache-dir='/root/.kube/cache':
	Default cache directory

    --certificate-authority='':
	Path to a cert file for the certificate authority

    --client-certificate='':
	Path to a client certificate file for TLS

    --client-key='':
	Path to a client key file for TLS

    --cluster='':
	The name of the kubeconfig cluster to use

    --context='':
	The name of the kubeconfig context to use

    --disable-compression=false:
	If true, opt-out of response compression for all requests to the server

    --insecure-skip-tls-verify=false:
	If true, the server's certificate will not be checked for validity. This will make your HTTPS connections insecure

    --kubeconfig='':
	Path to the kubeconfig file to use for CLI requests.

    --kuberc='':
	Path to the kuberc file to use for preferences. This can be disabled by exporting KUBECTL_KUBERC=false feature gate or turning off the feature KUBERC=off.

    --log-flush-frequency=5s:
	Maximum number of seconds between log flushes

    --match-server-version=false:
	Require server version to match client version

    -n, --namespace='':
	If present, the namespace scope for this CLI request

    --password='':
	Password for basic authentication to the API server

    --profile='none':
	Name of profile to capture. One of (none|cpu|heap|goroutine|threadcreate|block|mutex)

    --profile-output='profile.pprof':
	Name of the file to write the profile to

    --request-timeout='0':
	The length of time to wait before giving up on a single server request. Non-zero values should contain a corresponding time unit (e.g. 1s, 2m, 3h). A value of zero means don't timeout requests.

    -s, --server='':
	The address and port of the Kubernetes API server

    --tls-server-name='':
	Server name to use for server certificate validation. If it is not provided, the hostname used to contact the server is used

    --token='':
	Bearer token for authentication to the API server

    --user='':
	The name of the kubeconfig user to use

    --username='':
	Username for basic authentication to the API server

    -v, --v=0:
	number for the log level verbosity

    --vmodule=:
	comma-separated list of pattern=N settings for file-filtered logging (only works for the default text log format)

    --warnings-as-errors=false:
	Treat warnings received from the server as errors and exit with a non-zero exit code

`;
