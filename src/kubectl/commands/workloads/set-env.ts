/** `kubectl set env RESOURCE/NAME KEY_1=VAL_1 ... KEY_N=VAL_N` (kubectl pkg/cmd/set/set_env.go). */
import type { CommandDef } from '../../command';
import type { KubectlContext, Output } from '../../context';
import { KubectlError } from '../../errors';
import type { ParsedArgs } from '../../flags';
import { SET_ENV_HELP } from '../../help/set-env';
import { DRY_RUN_FLAG, dryRunOf, OUTPUT_FLAG } from '../write/common';
import { SELECTION_FLAGS } from './common';
import { parseEnv, splitEnvFromResources } from './set-env-parse';
import { checkSetPrinter, infoName, podTemplatePatches, selectedContainers, sendPatches, SET_PRINT_FLAGS, setObjects, type SetEnvVar } from './set-common';

export const setEnvCommands: CommandDef[] = [];

/** updateEnv: removed names dropped, existing ones replaced in place, new ones appended once each. */
function updateEnv(existing: SetEnvVar[], env: SetEnvVar[], remove: string[]): SetEnvVar[] {
  const covered = new Set(remove);
  const out: SetEnvVar[] = [];
  for (const e of existing) {
    if (covered.has(e.name)) continue;
    const newer = env.find((n) => n.name === e.name);
    if (newer) covered.add(e.name);
    out.push(newer ?? e);
  }
  for (const e of env) {
    if (covered.has(e.name)) continue;
    covered.add(e.name);
    out.push(e);
  }
  return out;
}

/** envutil.GetEnvVarRefString: what `--list` prints for a valueFrom reference. */
function refText(from: NonNullable<SetEnvVar['valueFrom']>): string {
  if (from.configMapKeyRef) return `configmap ${from.configMapKeyRef.name ?? ''}, key ${from.configMapKeyRef.key ?? ''}`;
  if (from.secretKeyRef) return `secret ${from.secretKeyRef.name ?? ''}, key ${from.secretKeyRef.key ?? ''}`;
  if (from.fieldRef) return `field path ${from.fieldRef.fieldPath ?? ''}`;
  if (from.resourceFieldRef) {
    const container = from.resourceFieldRef.containerName ? `${from.resourceFieldRef.containerName}/` : '';
    return `resource field ${container}${from.resourceFieldRef.resource ?? ''}`;
  }
  return 'invalid valueFrom';
}

function validate(p: ParsedArgs, resources: string[]): void {
  if (p.flags.local && dryRunOf(p) === 'server') throw new KubectlError('cannot specify --local and --dry-run=server - did you mean --dry-run=client?');
  if (!((p.flags.filename as string[] | undefined) ?? []).length && resources.length < 1) {
    throw new KubectlError('one or more resources must be specified as <resource> <name> or <resource>/<name>');
  }
  if (p.flags.list && p.flags.output) throw new KubectlError('--list and --output may not be specified together');
  if (((p.flags.keys as string[] | undefined) ?? []).length && !p.flags.from) throw new KubectlError('when specifying --keys, a configmap or secret must be provided with --from');
  // resolving references needs lookups the playground does not make
  if (p.flags.resolve) throw new KubectlError('"kubectl set env --resolve" is not simulated in this playground');
}

/**
 * `--from`: a variable for each key of the ConfigMaps' or Secrets' data (the listed `--keys` only),
 * named by the key in capitals with other characters as `_` (a warning when that changes it). Go ranges over the map in random
 * order; the playground takes the keys sorted, to stay deterministic. Undefined when the builder failed.
 */
function fromEnv(p: ParsedArgs, ctx: KubectlContext, out: Output): SetEnvVar[] | undefined {
  const sources = setObjects(p, ctx, out, [String(p.flags.from)], 'ignore');
  if (!sources) return undefined;
  const keys = (p.flags.keys as string[] | undefined) ?? [];
  const env: SetEnvVar[] = [];
  for (const { obj } of sources) {
    const ref = obj.kind === 'Secret' ? 'secretKeyRef' : obj.kind === 'ConfigMap' ? 'configMapKeyRef' : undefined;
    if (!ref) throw new KubectlError('unsupported resource specified in --from');
    const data = (obj.data as Record<string, string> | null | undefined) ?? {};
    for (const key of Object.keys(data).sort()) {
      if (keys.length && !keys.includes(key)) continue;
      const name = key.replace(/[^a-zA-Z0-9_]/g, '_').toUpperCase();
      if (name !== key) out.warn(`Warning: key ${key} transferred to ${name}`);
      env.push({ name, valueFrom: { [ref]: { name: obj.metadata?.name ?? '', key } } });
    }
  }
  return env;
}

function run(p: ParsedArgs, ctx: KubectlContext, out: Output): void {
  if (p.flags.all && p.flags.selector) throw new KubectlError('cannot set --all and --selector at the same time');
  const split = splitEnvFromResources(p.args);
  if (!split) throw new KubectlError(`all resources must be specified before environment changes: ${p.args.join(' ')}`);
  checkSetPrinter(p);
  validate(p, split.resources);
  const { env, remove } = parseEnv([...((p.flags.env as string[] | undefined) ?? []), ...split.envArgs], ctx.stdin);
  if (p.flags.from) {
    const from = fromEnv(p, ctx, out);
    if (!from) return;
    env.push(...from);
  }
  // --prefix names every variable of the command, the KEY=VALUE ones too
  const prefix = String(p.flags.prefix ?? '');
  for (const e of env) e.name = `${prefix}${e.name}`;
  const objects = setObjects(p, ctx, out, split.resources, 'ignore');
  if (!objects) return;
  const selector = String(p.flags.containers ?? '*');
  const patches = podTemplatePatches(objects, (upd, spec, { obj, plural }) => {
    const containers = selectedContainers(spec, selector);
    const name = upd.metadata?.name ?? '';
    if (!containers.length) out.warn(`Warning: ${upd.kind}/${name} does not have any containers matching ${JSON.stringify(selector)}`);
    for (const c of containers) {
      const clash = p.flags.overwrite === false && env.map((e) => ({ e, cur: (c.env ?? []).find((x) => x.name === e.name) })).find(({ e, cur }) => cur && (cur.value ?? '') !== (e.value ?? ''));
      if (clash) return { error: `error: ${infoName(obj, plural)} '${clash.cur!.name}' already has a value (${clash.cur!.value ?? ''}), and --overwrite is false\n` };
      const updated = updateEnv(c.env ?? [], env, remove);
      if (updated.length) c.env = updated;
      else delete c.env;
      if (!p.flags.list) continue;
      out.write(`# ${upd.kind} ${name}, container ${c.name}\n`);
      for (const e of c.env ?? []) out.write(e.valueFrom ? `# ${e.name} from ${refText(e.valueFrom)}\n` : `${e.name}=${e.value ?? ''}\n`);
    }
  });
  if (p.flags.list) return;
  // upstream's "at least one environment variable must be provided" follows a sent patch, which needs a change: never reached
  sendPatches(p, ctx, out, patches, [], { operation: 'env updated', failed: 'failed to patch env update to pod template: ' });
}

setEnvCommands.push({
  path: ['set', 'env'],
  short: 'Update environment variables on a pod template',
  help: SET_ENV_HELP,
  flags: [
    ...SELECTION_FLAGS,
    DRY_RUN_FLAG,
    OUTPUT_FLAG,
    { name: 'all', type: 'bool' },
    { name: 'containers', short: 'c', type: 'string', default: '*' },
    { name: 'env', short: 'e', type: 'stringArray' },
    { name: 'from', type: 'string' },
    { name: 'keys', type: 'strings' },
    { name: 'prefix', type: 'string' },
    { name: 'list', type: 'bool' },
    { name: 'resolve', type: 'bool' },
    { name: 'overwrite', type: 'bool', default: true },
    { name: 'local', type: 'bool' },
    ...SET_PRINT_FLAGS,
  ],
  run,
});
