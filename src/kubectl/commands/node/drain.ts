import type { KObject } from '../../../sim/types';
import { KubectlError } from '../../errors';
import type { CommandDef } from '../../command';
import { setUnschedulable } from './cordon';

export const drainCommands: CommandDef[] = [];

const DS_FATAL = 'DaemonSet-managed Pods (use --ignore-daemonsets to ignore)';
const UNMANAGED_FATAL = 'Pods declare no controller (use --force to override)';
const LOCAL_FATAL = 'Pods with local storage (use --delete-emptydir-data to override)';

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
    let fatal: string | undefined;
    const remaining: string[] = [];
    for (const arg of p.args) {
      const name = arg.replace(/^(node|nodes|no)\//, '');
      setUnschedulable(ctx, out, name, true);
      const pods = api.store.byIndex('pods', 'nodeName', name).filter((x) => x.status?.phase !== 'Succeeded' && x.status?.phase !== 'Failed');
      pods.sort((a, b) => `${a.metadata.namespace}/${a.metadata.name}`.localeCompare(`${b.metadata.namespace}/${b.metadata.name}`));
      const errors = new Map<string, string[]>();
      const warnings = new Map<string, string[]>();
      const evict: KObject[] = [];
      const add = (m: Map<string, string[]>, k: string, pod: KObject) => m.set(k, [...(m.get(k) ?? []), `${pod.metadata.namespace}/${pod.metadata.name}`]);
      for (const pod of pods) {
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
        evict.push(pod);
      }
      if (errors.size) {
        const msgs = [...errors.entries()].map(([m, list]) => `cannot delete ${m}: ${list.join(', ')}`);
        const err = msgs.length === 1 ? msgs[0] : `[${msgs.join(', ')}]`;
        out.fail(`error: unable to drain node "${name}" due to error:${err}, continuing command...`);
        remaining.push(name);
        fatal = err;
        continue;
      }
      if (warnings.size) out.warn(`Warning: ${[...warnings.entries()].map(([m, list]) => `${m}: ${list.join(', ')}`).join('; ')}`);
      for (const pod of evict) out.line(`evicting pod ${pod.metadata.namespace}/${pod.metadata.name}`);
      const grace = p.flags['grace-period'] as number;
      for (const pod of evict) api.delete('pods', pod.metadata.namespace, pod.metadata.name!, grace >= 0 ? { gracePeriodSeconds: grace } : {});
      const gone = (pod: KObject) => {
        const cur = api.tryGet('pods', pod.metadata.namespace, pod.metadata.name!);
        return !cur || cur.metadata.uid !== pod.metadata.uid;
      };
      const printed = new Set<string>();
      ctx.cluster.advanceUntil(() => {
        for (const pod of evict) {
          if (!printed.has(pod.metadata.uid!) && gone(pod)) {
            printed.add(pod.metadata.uid!);
            out.line(`pod/${pod.metadata.name} evicted`);
          }
        }
        return printed.size === evict.length;
      }, 600_000);
      out.line(`node/${name} drained`);
    }
    if (remaining.length) {
      out.fail(`There are pending nodes to be drained:\n${remaining.map((n) => ` ${n}`).join('\n')}`);
      out.fail(fatal!);
    }
  },
});
