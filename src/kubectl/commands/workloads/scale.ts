/** `kubectl scale --replicas=N (TYPE NAME | TYPE/NAME | -f FILE)` (kubectl pkg/cmd/scale, pkg/scale). */
import type { KubectlContext, Output } from '../../context';
import { KubectlError } from '../../errors';
import type { ParsedArgs } from '../../flags';
import { NON_TABLE_FORMATS, printObjects } from '../../printers';
import type { CommandDef } from '../../command';
import { changeCause, DRY_RUN_FLAG, dryRunOf, OUTPUT_FLAG } from '../write/common';
import { CHANGE_CAUSE_ANNOTATION } from '../../../sim/controllers/deployment-util';
import { failWith, kindOf, recording, SELECTION_FLAGS, writeBack } from './common';
import { selectTargets } from '../write/targets';
import { ApiError } from '../../../sim/types';
import { parseGoDuration } from '../../../sim/parse-duration';

export const scaleCommands: CommandDef[] = [];

/** Kinds with a scale subresource. */
const SCALABLE = new Set(['Deployment', 'ReplicaSet', 'ReplicationController', 'StatefulSet']);

function run(p: ParsedArgs, ctx: KubectlContext, out: Output): void {
  const replicas = p.flags.replicas as number;
  if (replicas < 0) throw new KubectlError('The --replicas=COUNT flag is required, and COUNT must be greater than or equal to 0');
  const current = p.flags['current-replicas'] as number;
  if (current < -1) throw new KubectlError('The --current-replicas must specify an integer of -1 or greater');
  const dry = dryRunOf(p);
  const record = recording(p, out);
  let selection: ReturnType<typeof selectTargets>;
  try {
    selection = selectTargets(p, ctx, { args: p.args, selector: p.flags.selector as string | undefined, all: !!p.flags.all, requireObject: true });
  } catch (e) {
    // a lookup the server could not answer fails the visit like a missing object
    if (!(e instanceof ApiError)) throw e;
    selection = { targets: [], errors: [], errs: [{ e, verb: 'retrieving' }], bulk: false };
  }
  const { targets, errors, errs } = selection;
  if (targets.length === 0) {
    // scale visits every object first; with none it reports the visit's errors (an aggregate of several)
    const messages = errs.map((x) => (typeof x === 'string' ? x : x.e.message));
    throw new KubectlError(`no objects passed to scale${messages.length === 1 ? ` ${messages[0]}` : messages.length ? ` [${messages.join(', ')}]` : ''}`);
  }
  if (p.flags['resource-version'] && targets.length > 1) throw new KubectlError('cannot use --resource-version with multiple resources');
  for (const t of targets) {
    const obj = t.obj!;
    if (!SCALABLE.has(t.rt.kind)) throw new KubectlError('the server could not find the requested resource');
    const actual = obj.spec?.replicas ?? 1;
    if (current >= 0 && current !== actual) throw new KubectlError(`Expected replicas to be ${current}, was ${actual}`);
    const rv = p.flags['resource-version'] as string | undefined;
    if (rv && rv !== obj.metadata.resourceVersion) throw new KubectlError(`Expected resource version to be ${rv}, was ${obj.metadata.resourceVersion}`);
    const upd = structuredClone(obj);
    upd.spec.replicas = replicas;
    if (record) upd.metadata.annotations = { ...(upd.metadata.annotations ?? {}), [CHANGE_CAUSE_ANNOTATION]: changeCause(['scale'], p) };
    const result = dry === 'none' ? writeBack(ctx, upd) : upd;
    const output = p.flags.output as string | undefined;
    if (output === 'name') out.line(`${kindOf(t.rt)}/${t.name}`);
    else if (output) out.write(printObjects([result], output, { allowedFormats: NON_TABLE_FORMATS }));
    else out.line(`${kindOf(t.rt)}/${t.name} scaled${dry === 'client' ? ' (dry run)' : dry === 'server' ? ' (server dry run)' : ''}`);
  }
  const timeout = parseGoDuration(String(p.flags.timeout ?? '0s')) ?? 0;
  if (timeout > 0 && dry === 'none') {
    // --timeout waits for the controller to report the new size
    const done = () => targets.every((t) => (ctx.cluster.api.tryGet(t.rt, t.namespace, t.name)?.status?.replicas ?? 0) === replicas);
    const end = ctx.cluster.now() + timeout;
    while (!done() && ctx.cluster.now() < end) ctx.cluster.advance(Math.min(1000, end - ctx.cluster.now()));
    if (!done()) throw new KubectlError('timed out waiting for the condition');
  }
  failWith(out, errors);
}

scaleCommands.push({
  path: ['scale'],
  short: 'Set a new size for a deployment, replica set, or replication controller',
  flags: [
    ...SELECTION_FLAGS,
    DRY_RUN_FLAG,
    OUTPUT_FLAG,
    { name: 'replicas', type: 'int', default: -1, required: true },
    { name: 'current-replicas', type: 'int', default: -1 },
    { name: 'resource-version', type: 'string' },
    { name: 'all', type: 'bool' },
    { name: 'timeout', type: 'duration', default: '0s' },
    { name: 'record', type: 'bool' },
  ],
  run,
});
