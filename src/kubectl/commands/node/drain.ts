import type { KObject } from '../../../sim/types';
import { ApiError } from '../../../sim/types';
import type { ApiServer } from '../../../sim/apiserver/apiserver';
import { evictPod } from '../../../sim/apiserver/eviction';
import { goDuration } from '../../../sim/duration';
import { parseGoDuration } from '../../../sim/parse-duration';
import { KubectlError } from '../../errors';
import type { CommandDef } from '../../command';
import type { KubectlContext, Output } from '../../context';
import type { ParsedArgs } from '../../flags';
import { setUnschedulable } from './cordon';

export const drainCommands: CommandDef[] = [];

const DS_FATAL = 'DaemonSet-managed Pods (use --ignore-daemonsets to ignore)';
const UNMANAGED_FATAL = 'Pods declare no controller (use --force to override)';
const LOCAL_FATAL = 'Pods with local storage (use --delete-emptydir-data to override)';
/** cmd/drain's EvictErrorRetryDelay: how long a refused eviction waits before it is asked again. */
const EVICT_RETRY_S = 5;
/** waitForDelete polls each evicted or deleted pod once a second. */
const POLL_S = 1;
/** Without --timeout kubectl waits until interrupted: the simulation stops it after 10 virtual minutes, as Ctrl+C would. */
const NO_TIMEOUT_CAP_S = 600;
const STOPPED = `playground: kubectl drain keeps retrying until interrupted when --timeout is 0 (its default); stopped after ${NO_TIMEOUT_CAP_S / 60}m of simulated time, as Ctrl+C would (exit code 130). Give --timeout to bound the wait.`;

type DryRun = 'none' | 'client' | 'server';

/** GetPodsForDeletion: the node's pods, each either to go or reported (errors stop the drain, warnings do not). */
function podsForDeletion(api: ApiServer, node: string, p: ParsedArgs): { pods: KObject[]; errors: Map<string, string[]>; warnings: Map<string, string[]> } {
  const all = api.store.byIndex('pods', 'nodeName', node).filter((x) => x.status?.phase !== 'Succeeded' && x.status?.phase !== 'Failed');
  all.sort((a, b) => `${a.metadata.namespace}/${a.metadata.name}`.localeCompare(`${b.metadata.namespace}/${b.metadata.name}`));
  const errors = new Map<string, string[]>();
  const warnings = new Map<string, string[]>();
  const pods: KObject[] = [];
  const add = (m: Map<string, string[]>, k: string, pod: KObject) => m.set(k, [...(m.get(k) ?? []), `${pod.metadata.namespace}/${pod.metadata.name}`]);
  for (const pod of all) {
    if (pod.metadata.annotations?.['kubernetes.io/config.mirror']) continue;
    const ctrl = (pod.metadata.ownerReferences ?? []).find((r) => r.controller);
    if (ctrl?.kind === 'DaemonSet') {
      if (p.flags['ignore-daemonsets']) add(warnings, 'ignoring DaemonSet-managed Pods', pod);
      else add(errors, DS_FATAL, pod);
      continue;
    }
    if (!ctrl) {
      if (p.flags.force) add(warnings, 'deleting Pods that declare no controller', pod);
      else {
        add(errors, UNMANAGED_FATAL, pod);
        continue;
      }
    }
    if ((pod.spec?.volumes ?? []).some((v: { emptyDir?: unknown }) => v.emptyDir) && !p.flags['delete-emptydir-data'] && !p.flags['delete-local-data']) {
      add(errors, LOCAL_FATAL, pod);
      continue;
    }
    pods.push(pod);
  }
  return { pods, errors, warnings };
}

/** One pod's way through evictPods or deletePods: when it acts next, and whether it is over. */
interface PodTask {
  pod: KObject;
  step: 'evict' | 'wait' | 'done';
  at: number;
}

/**
 * DeleteOrEvictPods, on the virtual clock: each pod's goroutine evicts (retrying a refusal every 5 s)
 * and then polls every second until the pod is gone; with --disable-eviction the pods are deleted
 * and polled. Returns the errors (`aggregated`: evictPods' aggregate, else deletePods' single error), or
 * undefined when interrupted.
 */
function deleteOrEvict(ctx: KubectlContext, out: Output, pods: KObject[], p: ParsedArgs, dryRun: DryRun): { errors: string[]; aggregated: boolean } | undefined {
  const api = ctx.cluster.api;
  const useEviction = !p.flags['disable-eviction'];
  const timeoutMs = parseGoDuration(String(p.flags.timeout ?? '0s')) ?? 0;
  const grace = p.flags['grace-period'] as number;
  const options = grace >= 0 ? { gracePeriodSeconds: grace } : {};
  const errors: string[] = [];
  const gone = (pod: KObject) => {
    const cur = api.tryGet('pods', pod.metadata.namespace, pod.metadata.name!);
    return !cur || cur.metadata.uid !== pod.metadata.uid;
  };
  const ref = (pod: KObject) => `pods/"${pod.metadata.name}" -n "${pod.metadata.namespace}"`;
  if (!useEviction) {
    for (const pod of pods) {
      try {
        api.delete('pods', pod.metadata.namespace, pod.metadata.name!, { ...options, dryRun: dryRun === 'server' });
      } catch (e) {
        if (!(e instanceof ApiError)) throw e;
        if (e.code !== 404) return { errors: [e.message], aggregated: false };
      }
    }
    if (dryRun === 'server') return { errors: [], aggregated: false };
  }
  // the goroutine started last runs first (Go's scheduler), the others in their order
  const order = useEviction && pods.length > 1 ? [pods[pods.length - 1], ...pods.slice(0, -1)] : pods;
  const tasks: PodTask[] = order.map((pod) => ({ pod, step: useEviction ? 'evict' : 'wait', at: 0 }));
  const start = ctx.cluster.now();
  for (let t = 0; ; t++) {
    const expired = timeoutMs > 0 && t * 1000 >= timeoutMs;
    for (const task of tasks) {
      if (task.step === 'done' || task.at > t) continue;
      if (task.step === 'evict') {
        const pod = task.pod;
        out.line(`evicting pod ${pod.metadata.namespace}/${pod.metadata.name}${dryRun === 'server' ? ' (server dry run)' : ''}`);
        if (expired) {
          errors.push(`error when evicting ${ref(pod)}: global timeout reached: ${goDuration(timeoutMs)}`);
          task.step = 'done';
          continue;
        }
        try {
          evictPod(api, { namespace: pod.metadata.namespace!, name: pod.metadata.name!, eviction: { apiVersion: 'policy/v1', kind: 'Eviction', metadata: { name: pod.metadata.name, namespace: pod.metadata.namespace }, deleteOptions: options }, dryRun: dryRun === 'server' });
        } catch (e) {
          if (!(e instanceof ApiError)) throw e;
          if (e.code === 404) {
            task.step = 'done';
          } else if (e.code === 429) {
            out.writeErr(`error when evicting ${ref(pod)} (will retry after ${EVICT_RETRY_S}s): ${e.message}\n`);
            task.at = t + EVICT_RETRY_S;
            // the retry goes with the pod as it is now (errors leave the one it had)
            task.pod = api.tryGet('pods', pod.metadata.namespace, pod.metadata.name!) ?? pod;
          } else {
            errors.push(`error when evicting ${ref(pod)}: ${e.message}`);
            task.step = 'done';
          }
          continue;
        }
        if (dryRun === 'server') {
          task.step = 'done';
          continue;
        }
        task.step = 'wait';
      }
      // waitForDelete: a poll now, then one a second
      if (gone(task.pod)) {
        out.line(`pod/${task.pod.metadata.name} ${useEviction ? 'evicted' : 'deleted'}`);
        task.step = 'done';
      } else if (expired) {
        // deletePods waits for all of them at once: its deadline ends the wait
        if (!useEviction) return { errors: ['context deadline exceeded'], aggregated: false };
        errors.push(`error when waiting for pod "${task.pod.metadata.name}" in namespace "${task.pod.metadata.namespace}" to terminate: context deadline exceeded`);
        task.step = 'done';
      } else {
        task.at = t + POLL_S;
      }
    }
    if (tasks.every((x) => x.step === 'done')) return { errors, aggregated: true };
    if (!timeoutMs && t >= NO_TIMEOUT_CAP_S) return undefined;
    ctx.cluster.advance(start + (t + 1) * 1000 - ctx.cluster.now());
  }
}

/** `kubectl drain NODE`: cordon, then evict what may be evicted (filters and messages of kubectl's drain package). */
drainCommands.push({
  path: ['drain'],
  short: 'Drain node in preparation for maintenance',
  flags: [
    { name: 'ignore-daemonsets', type: 'bool' },
    { name: 'force', type: 'bool' },
    { name: 'delete-emptydir-data', type: 'bool' },
    { name: 'delete-local-data', type: 'bool' },
    { name: 'grace-period', type: 'int', default: -1 },
    { name: 'timeout', type: 'duration', default: '0s' },
    { name: 'selector', short: 'l', type: 'string' },
    { name: 'pod-selector', type: 'string' },
    { name: 'disable-eviction', type: 'bool' },
    { name: 'dry-run', type: 'string' },
  ],
  run(p, ctx, out) {
    if (!p.args.length) throw new KubectlError('USAGE: drain NODE [flags]\nSee \'kubectl drain -h\' for help and examples');
    const api = ctx.cluster.api;
    const dryRunFlag = p.flags['dry-run'];
    const dryRun: DryRun = dryRunFlag === 'server' ? 'server' : dryRunFlag === 'client' ? 'client' : 'none';
    const names = p.args.map((arg) => arg.replace(/^(node|nodes|no)\//, ''));
    for (const name of names) setUnschedulable(ctx, out, name, true, dryRun);
    const fatal: string[] = [];
    const plain = new Set<string>();
    const remaining: string[] = [];
    for (const name of names) {
      const { pods, errors, warnings } = podsForDeletion(api, name, p);
      let failure: string | undefined;
      if (errors.size) {
        const msgs = [...errors.entries()].map(([m, list]) => `cannot delete ${m}: ${list.join(', ')}`);
        failure = msgs.length === 1 ? msgs[0] : `[${msgs.join(', ')}]`;
      } else {
        if (warnings.size) out.warn(`Warning: ${[...warnings.entries()].map(([m, list]) => `${m}: ${list.join(', ')}`).join('; ')}`);
        if (dryRun === 'client') {
          for (const pod of pods) out.line(`evicting pod ${pod.metadata.namespace}/${pod.metadata.name} (dry run)`);
        } else {
          const result = deleteOrEvict(ctx, out, pods, p, dryRun);
          if (!result) {
            // not kubectl's output: the prompt says why it ended the wait a real kubectl keeps up
            out.fail(STOPPED, 130);
            return;
          }
          const errs = result.errors;
          if (errs.length) {
            failure = errs.length === 1 ? errs[0] : `[${errs.join(', ')}]`;
            // CheckErr prints an aggregate's messages as they are, a lone error after `error: `
            if (!result.aggregated) plain.add(failure);
            const pending = podsForDeletion(api, name, p).pods;
            if (pending.length) out.writeErr(`There are pending pods in node "${name}" when an error occurred: ${failure}\n${pending.map((x) => `pod/${x.metadata.name}\n`).join('')}`);
          }
        }
      }
      if (failure === undefined) {
        out.line(`node/${name} drained${dryRun === 'none' ? '' : ` (${dryRun} dry run)`}`);
      } else {
        out.fail(`error: unable to drain node "${name}" due to error: ${failure}, continuing command...`);
        fatal.push(failure);
        remaining.push(name);
      }
    }
    if (remaining.length) out.fail(`There are pending nodes to be drained:\n${remaining.map((n) => ` ${n}`).join('\n')}`);
    if (fatal.length) out.fail(fatal.map((f) => (plain.has(f) ? `error: ${f}` : f)).join('\n'));
  },
});
