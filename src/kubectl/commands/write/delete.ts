/** `kubectl delete`: by file, TYPE NAME, TYPE/NAME, `-l`, `--all`; grace periods, cascading, waiting. */
import type { DeleteOptions } from '../../../sim/apiserver/request-options';
import { ApiError } from '../../../sim/types';
import { KubectlError } from '../../errors';
import type { CommandDef } from '../../command';
import { cmdErr, type CmdErr, DRY_RUN_FLAG, dryRunOf, flushErrors, FILENAME_FLAGS, kindRefOf, OUTPUT_FLAG } from './common';
import { planTargets, type Target } from './targets';
import { waitUntil, FOREVER_MS } from './waiting';
import { parseGoDuration } from '../../../sim/parse-duration';

export const deleteCommands: CommandDef[] = [];

type Cascade = NonNullable<DeleteOptions['propagationPolicy']>;

/** delete_flags.go parseCascadingFlag, with the deprecated boolean values. */
function cascadeOf(v: string | undefined, warn: (s: string) => void): Cascade {
  switch (v ?? 'background') {
    case 'background':
      return 'Background';
    case 'foreground':
      return 'Foreground';
    case 'orphan':
      return 'Orphan';
    case 'true':
      warn(`warning: --cascade=${v} is deprecated (boolean value) and can be replaced with --cascade=background.`);
      return 'Background';
    case 'false':
      warn(`warning: --cascade=${v} is deprecated (boolean value) and can be replaced with --cascade=orphan.`);
      return 'Orphan';
    default:
      throw new KubectlError(`invalid cascade value (${v}). Must be "background", "foreground", or "orphan"`);
  }
}

deleteCommands.push({
  path: ['delete'],
  short: 'Delete resources by file names, stdin, resources and names, or by resources and label selector',
  flags: [
    ...FILENAME_FLAGS,
    DRY_RUN_FLAG,
    OUTPUT_FLAG,
    { name: 'all', type: 'bool' },
    { name: 'all-namespaces', short: 'A', type: 'bool' },
    { name: 'selector', short: 'l', type: 'string' },
    { name: 'field-selector', type: 'string' },
    { name: 'grace-period', type: 'int', default: -1 },
    { name: 'force', type: 'bool' },
    { name: 'now', type: 'bool' },
    { name: 'wait', type: 'bool', default: true },
    { name: 'timeout', type: 'duration', default: '0s' },
    { name: 'cascade', type: 'string', noOptDefault: 'background' },
    { name: 'ignore-not-found', type: 'bool' },
    { name: 'interactive', short: 'i', type: 'bool' },
    { name: 'raw', type: 'string' },
  ],
  run(p, ctx, out) {
    const cascade = cascadeOf(p.flags.cascade as string | undefined, (s) => out.warn(s));
    const all = !!p.flags.all;
    const selector = p.flags.selector as string | undefined;
    const fieldSelector = p.flags['field-selector'] as string | undefined;
    const ignoreNotFound = p.set.has('ignore-not-found') ? !!p.flags['ignore-not-found'] : all || !!selector || !!fieldSelector;
    let grace = p.flags['grace-period'] as number;
    const force = !!p.flags.force;
    if (p.flags.now) {
      if (grace !== -1) throw new KubectlError('--now and --grace-period cannot be specified together');
      grace = 1;
    }
    // --grace-period=0 without --force means 1 (kubectl protects against accidental data loss)
    if (grace === 0 && !force) grace = 1;
    if (force && grace < 0) grace = 0;
    const dry = dryRunOf(p);
    // Complete runs the builder (its argument errors come first), Validate checks the options
    const select = planTargets(p, ctx, { args: p.args, selector, fieldSelector, selectAll: all });
    const output = p.flags.output as string | undefined;
    if (output && output !== 'name') throw new KubectlError(`unexpected -o output mode: ${output}. We only support '-o name'`);
    if (grace === 0 && force) {
      out.warn('Warning: Immediate deletion does not wait for confirmation that the running resource has been terminated. The resource may continue to run on the cluster indefinitely.');
    } else if (grace > 0 && force) {
      throw new KubectlError('--force and --grace-period greater than 0 cannot be specified together');
    }
    const timeout = parseGoDuration(String(p.flags.timeout ?? '0s')) ?? 0;

    const sel = select();
    // delete fetches nothing first: with -f, errs are the reader's, which come after the deletions' errors
    const errors: CmdErr[] = sel.reader ? [] : [...sel.errs];
    const deleted: { t: Target; uid?: string }[] = [];
    let warnedScope = false;
    for (const t of sel.targets) {
      if (p.set.has('namespace') && !t.rt.namespaced && !warnedScope) {
        out.warn('Warning: deleting cluster-scoped resources, not scoped to the provided namespace');
        warnedScope = true;
      }
      let uid: string | undefined;
      if (dry !== 'client') {
        try {
          const res = ctx.cluster.api.delete(t.rt, t.namespace, t.name, {
            dryRun: dry === 'server',
            gracePeriodSeconds: grace >= 0 ? grace : undefined,
            propagationPolicy: cascade,
            namespace: t.namespace,
            user: ctx.user,
          });
          uid = res.metadata.uid;
        } catch (e) {
          if (e instanceof ApiError && e.reason === 'NotFound' && ignoreNotFound) continue;
          errors.push(cmdErr(e, 'deleting', t.source));
          continue;
        }
      }
      deleted.push({ t, uid });
      const ref = kindRefOf(t.rt);
      if (output === 'name') {
        out.line(`${ref}/${t.name}`);
        continue;
      }
      let op = grace === 0 ? 'force deleted' : 'deleted';
      if (t.rt.namespaced) op += ` from ${t.namespace} namespace`;
      if (dry === 'client') op += ' (dry run)';
      else if (dry === 'server') op += ' (server dry run)';
      out.line(`${ref} "${t.name}" ${op}`);
    }
    errors.push(...(sel.reader ?? []));
    flushErrors(out, errors);
    if (!sel.targets.length && !errors.length) {
      out.line('No resources found');
      return;
    }
    if (!p.flags.wait || dry !== 'none' || !deleted.length) return;
    // kubectl waits until every deleted object (same UID) is gone
    const api = ctx.cluster.api;
    const gone = () => deleted.every(({ t, uid }) => api.tryGet(t.rt, t.namespace, t.name)?.metadata.uid !== uid);
    if (!waitUntil(ctx.cluster, gone, timeout || FOREVER_MS)) {
      const left = deleted.filter(({ t, uid }) => api.tryGet(t.rt, t.namespace, t.name)?.metadata.uid === uid);
      for (const { t } of left) out.fail(`error: timed out waiting for the condition on ${t.rt.group ? `${t.rt.plural}.${t.rt.group}` : t.rt.plural}/${t.name}`);
    }
  },
});
