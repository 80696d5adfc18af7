import { execInContainer } from '../../../sim/kubelet/exec';
import { KubectlError } from '../../errors';
import { requireAccess, simCluster } from '../../identity';
import { registerCommand } from '../../registry';
import { pickContainer, resolvePod } from './pods';

/** `kubectl exec POD [-c CONTAINER] [-i] [-t] -- COMMAND [args...]`. */
registerCommand({
  path: ['exec'],
  short: 'Execute a command in a container',
  flags: [
    { name: 'container', short: 'c', type: 'string' },
    { name: 'stdin', short: 'i', type: 'bool' },
    { name: 'tty', short: 't', type: 'bool' },
    { name: 'quiet', short: 'q', type: 'bool' },
    { name: 'filename', short: 'f', type: 'strings' },
    { name: 'pod-running-timeout', type: 'duration', default: '1m0s' },
  ],
  run(p, ctx, out) {
    if (!p.args.length) throw new KubectlError('pod, type/name or --filename must be specified');
    if (!p.dashDash && p.args.length > 1) {
      throw new KubectlError("exec [POD] [COMMAND] is not supported anymore. Use exec [POD] -- [COMMAND] instead\nSee 'kubectl exec -h' for help and examples");
    }
    if (!p.command.length) throw new KubectlError('you must specify at least one command for the container');
    const ns = ctx.namespace;
    const pod = resolvePod(ctx, ns, p.args[0]);
    const container = pickContainer(pod, p.flags.container as string | undefined, !!p.flags.quiet, (s) => out.warn(s));
    requireAccess(ctx, { resourceRequest: true, verb: 'create', apiGroup: '', resource: 'pods', subresource: 'exec', name: pod.metadata.name, namespace: ns });
    const r = execInContainer(simCluster(ctx), ns, pod.metadata.name!, container, p.command, p.flags.stdin ? ctx.stdin : undefined);
    if (r.out.startsWith('Error from server') || r.out.startsWith('error: ')) {
      out.fail(r.out.replace(/\n$/, ''));
      return;
    }
    out.write(r.out);
    if (r.code !== 0) out.fail(`command terminated with exit code ${r.code}`, r.code);
  },
});
