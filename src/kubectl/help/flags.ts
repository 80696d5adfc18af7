/**
 * The descriptions kubectl v1.34.5 prints under `Options:` for flags many commands share (their
 * printing, file and dry-run flags), each as one entry: the flag with its default, then its text
 * on a tab-indented line, ending with its newline (the help texts put a blank line after it).
 */

export const ALL = `    --all=false:
	Select all resources, in the namespace of the specified resource types
`;
export const ALLOW_MISSING_TEMPLATE_KEYS = `    --allow-missing-template-keys=true:
	If true, ignore any errors in templates when a field or map key is missing in the template. Only applies to golang and jsonpath output formats.
`;
export const DRY_RUN = `    --dry-run='none':
	Must be "none", "server", or "client". If client strategy, only print the object that would be sent, without sending it. If server strategy, submit server-side request without persisting the resource.
`;
export const FIELD_MANAGER_SET = `    --field-manager='kubectl-set':
	Name of the manager used to track field ownership.
`;
export const FILENAME_TO_GET = `    -f, --filename=[]:
	Filename, directory, or URL to files identifying the resource to get from a server.
`;
export const FILENAME_TO_UPDATE = `    -f, --filename=[]:
	Filename, directory, or URL to files identifying the resource to update
`;
export const KUSTOMIZE = `    -k, --kustomize='':
	Process the kustomization directory. This flag can't be used together with -f or -R.
`;
export const OUTPUT = `    -o, --output='':
	Output format. One of: (json, yaml, name, go-template, go-template-file, template, templatefile, jsonpath, jsonpath-as-json, jsonpath-file).
`;
export const RECURSIVE = `    -R, --recursive=false:
	Process the directory used in -f, --filename recursively. Useful when you want to manage related manifests organized within the same directory.
`;
export const SELECTOR = `    -l, --selector='':
	Selector (label query) to filter on, supports '=', '==', '!=', 'in', 'notin'.(e.g. -l key1=value1,key2=value2,key3 in (value3)). Matching objects must satisfy all of the specified label constraints.
`;
export const SHOW_MANAGED_FIELDS = `    --show-managed-fields=false:
	If true, keep the managedFields when printing objects in JSON or YAML format.
`;
export const TEMPLATE = `    --template='':
	Template string or path to template file to use when -o=go-template, -o=go-template-file. The template format is golang templates [http://golang.org/pkg/text/template/#pkg-overview].
`;

/** `--local`, whose text names the command. */
export const local = (command: string) => `    --local=false:\n\tIf true, ${command} will NOT contact api-server but run locally.\n`;

/** The Options block of `set image` and `set serviceaccount`: the same flags in kubectl's alphabetical order, `--selector` only where the command takes one. */
export const setTemplateOptions = (command: string, selector: boolean) =>
  [ALL, ALLOW_MISSING_TEMPLATE_KEYS, DRY_RUN, FIELD_MANAGER_SET, FILENAME_TO_GET, KUSTOMIZE, local(command), OUTPUT, RECURSIVE, ...(selector ? [SELECTOR] : []), SHOW_MANAGED_FIELDS, TEMPLATE].join('\n');
