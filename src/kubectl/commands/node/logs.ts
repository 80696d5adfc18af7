import type { ClusterServices } from '../../../sim/context';
import { ApiError, type KObject } from '../../../sim/types';
import { KubectlError } from '../../errors';
import { requireAccess, simCluster } from '../../identity';
import type { Output } from '../../context';
import type { CommandDef } from '../../command';
import { pickContainer, resolvePod } from './pods';

export const logsCommands: CommandDef[] = [];

const bad = (msg: string) => new ApiError(400, 'BadRequest', msg);

/** The kubelet's validateContainerLogStatus: which log exists, or why none does. */
/** Log text, with each line prefixed by its RFC3339Nano time when asked. */
export function containerLog(ctx: { services: ClusterServices }, pod: KObject, name: string, previous: boolean, timestamps = false): string {
  const raw = rawLog(ctx, pod, name, previous);
  if (!timestamps || !raw.text) return raw.text;
  const lines = raw.text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return lines.map((l, i) => `${new Date(raw.times[i] ?? 0).toISOString().replace(/\.(\d{3})Z$/, '.$1000000Z')} ${l}\n`).join('');
}

function rawLog(ctx: { services: ClusterServices }, pod: KObject, name: string, previous: boolean): { text: string; times: number[] } {
  const r = (text: string | undefined, times: number[] | undefined) => ({ text: text ?? '', times: times ?? [] });
  const podName = pod.metadata.name!;
  const all = [...(pod.spec?.containers ?? []), ...(pod.spec?.initContainers ?? [])];
  if (!all.some((c: { name: string }) => c.name === name)) throw bad(`container ${name} is not valid for pod ${podName}`);
  if (!pod.spec?.nodeName) return r('', []);
  const statuses = [...(pod.status?.containerStatuses ?? []), ...(pod.status?.initContainerStatuses ?? [])];
  const st = statuses.find((s: { name: string }) => s.name === name);
  if (!st) throw bad(`container "${name}" in pod "${podName}" is waiting to start: ContainerCreating`);
  const rt = ctx.services.kubelet?.find(pod.metadata.namespace!, podName);
  const c = rt?.containers.find((x) => x.name === name);
  if (previous) {
    if (!st.lastState?.terminated?.containerID && !st.lastState?.terminated) throw bad(`previous terminated container "${name}" in pod "${podName}" not found`);
    // while backing off, the last terminated instance is still the current log
    return st.state?.waiting ? r(c?.logs, c?.logTimes) : r(c?.prevLogs, c?.prevLogTimes);
  }
  if (st.state?.running || st.state?.terminated) return r(c?.logs, c?.logTimes);
  if (st.lastState?.terminated) return r(c?.logs, c?.logTimes);
  const reason = st.state?.waiting?.reason ?? 'ContainerCreating';
  if (reason === 'ErrImagePull') throw bad(`container "${name}" in pod "${podName}" is waiting to start: image can't be pulled`);
  if (reason === 'ImagePullBackOff') throw bad(`container "${name}" in pod "${podName}" is waiting to start: trying and failing to pull image`);
  throw bad(`container "${name}" in pod "${podName}" is waiting to start: ${reason}`);
}

function tail(text: string, n: number): string {
  if (n < 0) return text;
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return lines.slice(Math.max(0, lines.length - n)).map((l) => l + '\n').join('');
}

function print(out: Output, text: string, prefix: string): void {
  if (!prefix) out.write(text);
  else out.write(text.split('\n').filter((l, i, a) => l !== '' || i < a.length - 1).map((l) => `${prefix}${l}\n`).join(''));
}

/** `kubectl logs POD [CONTAINER] [-c C] [-p] [-f] [--tail N]`: what the container's process printed. */
logsCommands.push({
  path: ['logs'],
  short: 'Print the logs for a container in a pod',
  flags: [
    { name: 'container', short: 'c', type: 'string' },
    { name: 'previous', short: 'p', type: 'bool' },
    { name: 'follow', short: 'f', type: 'bool' },
    { name: 'tail', type: 'int', default: -1 },
    { name: 'timestamps', type: 'bool' },
    { name: 'all-containers', type: 'bool' },
    { name: 'prefix', type: 'bool' },
    { name: 'since', type: 'duration' },
    { name: 'selector', short: 'l', type: 'string' },
    { name: 'quiet', short: 'q', type: 'bool' },
    { name: 'pod-running-timeout', type: 'duration', default: '20s' },
  ],
  run(p, ctx, out) {
    if (!p.args.length || p.args.length > 2) {
      throw new KubectlError("expected 'logs [-f] [-p] (POD | TYPE/NAME) [-c CONTAINER]'.\nPOD or TYPE/NAME is a required argument for the logs command\nSee 'kubectl logs -h' for help and examples");
    }
    if (p.args.length === 1 && p.flags.selector) throw new KubectlError("only a selector (-l) or a POD name is allowed\nSee 'kubectl logs -h' for help and examples");
    const ns = ctx.namespace;
    const pod = resolvePod(ctx, ns, p.args[0]);
    requireAccess(ctx, { resourceRequest: true, verb: 'get', apiGroup: '', resource: 'pods', subresource: 'log', name: pod.metadata.name, namespace: ns });
    const n = p.flags.tail as number;
    if (p.flags['all-containers']) {
      for (const c of [...(pod.spec?.initContainers ?? []), ...(pod.spec?.containers ?? [])]) {
        const text = tail(containerLog(simCluster(ctx), pod, c.name, !!p.flags.previous, !!p.flags.timestamps), n);
        print(out, text, p.flags.prefix ? `[pod/${pod.metadata.name}/${c.name}] ` : '');
      }
      return;
    }
    const name = (p.flags.container as string | undefined) ?? p.args[1];
    const container = pickContainer(pod, name, !!p.flags.quiet, (s) => out.warn(s));
    const text = tail(containerLog(simCluster(ctx), pod, container, !!p.flags.previous, !!p.flags.timestamps), n);
    print(out, text, p.flags.prefix ? `[pod/${pod.metadata.name}/${container}] ` : '');
  },
});
