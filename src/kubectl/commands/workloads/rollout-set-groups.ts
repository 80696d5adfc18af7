/** `kubectl rollout`, `kubectl set` and `kubectl auth` without (or with an unknown) subcommand: kubectl's group help, exit code 1. */
import type { KubectlContext, Output } from '../../context';
import type { ParsedArgs } from '../../flags';
import type { CommandDef } from '../../command';

export const rolloutSetGroupsCommands: CommandDef[] = [];

const ROLLOUT_HELP = `Manage the rollout of one or many resources.
        
 Valid resource types include:

  *  deployments
  *  daemonsets
  *  statefulsets

Examples:
  # Rollback to the previous deployment
  kubectl rollout undo deployment/abc
  
  # Check the rollout status of a daemonset
  kubectl rollout status daemonset/foo
  
  # Restart a deployment
  kubectl rollout restart deployment/abc
  
  # Restart deployments with the 'app=nginx' label
  kubectl rollout restart deployment --selector=app=nginx

Available Commands:
  history       View rollout history
  pause         Mark the provided resource as paused
  restart       Restart a resource
  resume        Resume a paused resource
  status        Show the status of the rollout
  undo          Undo a previous rollout

Usage:
  kubectl rollout SUBCOMMAND [options]

Use "kubectl rollout <command> --help" for more information about a given command.
Use "kubectl options" for a list of global command-line options (applies to all commands).
`;

const SET_HELP = `Configure application resources.

 These commands help you make changes to existing application resources.

Available Commands:
  env              Update environment variables on a pod template
  image            Update the image of a pod template
  resources        Update resource requests/limits on objects with pod templates
  selector         Set the selector on a resource
  serviceaccount   Update the service account of a resource
  subject          Update the user, group, or service account in a role binding or cluster role binding

Usage:
  kubectl set SUBCOMMAND [options]

Use "kubectl set <command> --help" for more information about a given command.
Use "kubectl options" for a list of global command-line options (applies to all commands).
`;

const AUTH_HELP = `Inspect authorization.

Available Commands:
  can-i         Check whether an action is allowed
  reconcile     Reconciles rules for RBAC role, role binding, cluster role, and cluster role binding objects
  whoami        Experimental: Check self subject attributes

Usage:
  kubectl auth [flags] [options]

Use "kubectl auth <command> --help" for more information about a given command.
Use "kubectl options" for a list of global command-line options (applies to all commands).
`;

/** `helpTo`: rollout prints its help on stdout, set (DefaultSubCommandRun on ErrOut) on stderr. */
function group(name: string, help: string, notSimulated: Set<string>, helpTo: 'stdout' | 'stderr') {
  return (p: ParsedArgs, _ctx: KubectlContext, out: Output): void => {
    const [sub] = p.args;
    if (sub === undefined) {
      if (helpTo === 'stderr') return out.fail(help);
      out.write(help);
      out.code = 1;
    } else if (notSimulated.has(sub)) {
      out.fail(`error: "kubectl ${name} ${sub}" is not simulated in this playground`);
    } else {
      out.fail(`error: unknown command "${sub}"\nSee 'kubectl ${name} -h' for help and examples`);
    }
  };
}

rolloutSetGroupsCommands.push({ path: ['rollout'], short: 'Manage the rollout of a resource', flags: [], run: group('rollout', ROLLOUT_HELP, new Set(), 'stdout') });
rolloutSetGroupsCommands.push({ path: ['auth'], short: 'Inspect authorization', flags: [], run: group('auth', AUTH_HELP, new Set(['reconcile']), 'stderr') });
rolloutSetGroupsCommands.push({ path: ['set'], short: 'Set specific features on objects', flags: [], run: group('set', SET_HELP, new Set(), 'stderr') });
