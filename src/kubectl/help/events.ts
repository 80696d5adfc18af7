import { ALLOW_MISSING_TEMPLATE_KEYS, OUTPUT, SHOW_MANAGED_FIELDS, TEMPLATE } from './flags';

/** kubectl events' help text, as kubectl v1.34.5 prints it. */

/** What `kubectl <path> --help` prints, by command path (kubectl v1.34.5). */
export const HELP: Record<string, string> = {
  'events': `Display events.

 Prints a table of the most important information about events. You can request events for a namespace, for all namespace, or filtered to only those pertaining to a specified resource.

Examples:
  # List recent events in the default namespace
  kubectl events
  
  # List recent events in all namespaces
  kubectl events --all-namespaces
  
  # List recent events for the specified pod, then wait for more events and list them as they arrive
  kubectl events --for pod/web-pod-13je7 --watch
  
  # List recent events in YAML format
  kubectl events -oyaml
  
  # List recent only events of type 'Warning' or 'Normal'
  kubectl events --types=Warning,Normal

Options:
    -A, --all-namespaces=false:
	If present, list the requested object(s) across all namespaces. Namespace in current context is ignored even if specified with --namespace.

${ALLOW_MISSING_TEMPLATE_KEYS}
    --chunk-size=500:
	Return large lists in chunks rather than all at once. Pass 0 to disable. This flag is beta and may change in the future.

    --for='':
	Filter events to only those pertaining to the specified resource.

    --no-headers=false:
	When using the default output format, don't print headers.

${OUTPUT}
${SHOW_MANAGED_FIELDS}
${TEMPLATE}
    --types=[]:
	Output only events of given types.

    -w, --watch=false:
	After listing the requested events, watch for more events.

Usage:
  kubectl events [(-o|--output=)json|yaml|name|go-template|go-template-file|template|templatefile|jsonpath|jsonpath-as-json|jsonpath-file] [--for TYPE/NAME] [--watch] [--types=Normal,Warning] [options]

Use "kubectl options" for a list of global command-line options (applies to all commands).
`,
};
