/** `kubectl wait --for=condition=X|delete|create|jsonpath=... --timeout`: lets virtual time pass until met. */
import type { KObject } from '../../../sim/types';
import type { KubectlContext } from '../../context';
import { KubectlError } from '../../errors';
import { JsonPath } from '../../jsonpath';
import { relaxedJsonPath } from '../../printers/templates';
import type { CommandDef } from '../../command';
import { FILENAME_FLAGS, flushErrors, opLine, OUTPUT_FLAG } from './common';
import { selectTargets, type Target } from './targets';
import { waitUntil, FOREVER_MS } from './waiting';
import { parseGoDuration } from '../../../sim/parse-duration';

export const waitCommands: CommandDef[] = [];

/** A check of the live object: true when met; a string is an error that stops the wait. */
type Check = (obj: KObject | undefined) => boolean | string;

/** kubectl splits `a==b=c` on single `=` only. */
function splitJsonPathInput(input: string): string[] {
  const out: string[] = [];
  let cur = '';
  for (let i = 0; i < input.length; i++) {
    if (input[i] === '=') {
      if (input[i + 1] === '=') {
        cur += '==';
        i++;
        continue;
      }
      out.push(cur);
      cur = '';
      continue;
    }
    cur += input[i];
  }
  out.push(cur);
  return out;
}

function conditionCheck(spec: string): { kind: 'delete' | 'create' | 'other'; check: Check } {
  const lower = spec.toLowerCase();
  if (lower === 'delete') return { kind: 'delete', check: (o) => !o };
  if (lower === 'create') return { kind: 'create', check: (o) => !!o };
  if (spec.startsWith('condition=')) {
    let name = spec.slice('condition='.length);
    let value = 'true';
    const eq = name.indexOf('=');
    if (eq >= 0) {
      value = name.slice(eq + 1);
      name = name.slice(0, eq);
    }
    return {
      kind: 'other',
      check: (o) => {
        if (!o) return false;
        const conds: { type?: string; status?: string; observedGeneration?: number }[] = o.status?.conditions ?? [];
        const c = conds.find((x) => (x.type ?? '').toLowerCase() === name.toLowerCase());
        if (!c || (c.status ?? '').toLowerCase() !== value.toLowerCase()) return false;
        // a condition observed for an older generation does not count
        const observed = c.observedGeneration ?? o.status?.observedGeneration;
        return observed === undefined || o.metadata.generation === undefined || observed >= o.metadata.generation;
      },
    };
  }
  if (spec.startsWith('jsonpath=')) {
    const parts = splitJsonPathInput(spec.slice('jsonpath='.length));
    if (parts.length < 1 || parts.length > 2) {
      throw new KubectlError("jsonpath wait format must be --for=jsonpath='{.status.readyReplicas}'=3 or --for=jsonpath='{.status.readyReplicas}'");
    }
    if (!parts[0]) throw new KubectlError('jsonpath expression cannot be empty');
    const jp = new JsonPath(relaxedJsonPath(parts[0]), { allowMissingKeys: true });
    const want = parts.length === 2 ? parts[1].replace(/^['"]+|['"]+$/g, '') : undefined;
    if (parts.length === 2 && !want) throw new KubectlError("jsonpath wait has to have a value after equal sign, like --for=jsonpath='{.status.readyReplicas}'=3");
    return {
      kind: 'other',
      check: (o) => {
        if (!o) return false;
        const res = jp.results(o);
        if (!res.length || !res[0].length) return false;
        if (res.length > 1 || res[0].length > 1) return 'given jsonpath expression matches more than one value';
        if (want === undefined) return true;
        const v = res[0][0];
        if (v !== null && typeof v === 'object') return 'jsonpath leads to a nested object or list which is not supported';
        return String(v) === want;
      },
    };
  }
  throw new KubectlError(`unrecognized condition: "${spec}"`);
}

waitCommands.push({
  path: ['wait'],
  short: 'Experimental: Wait for a specific condition on one or many resources',
  flags: [
    ...FILENAME_FLAGS,
    OUTPUT_FLAG,
    { name: 'for', type: 'stringArray' },
    { name: 'timeout', type: 'duration', default: '30s' },
    { name: 'selector', short: 'l', type: 'string' },
    { name: 'all', type: 'bool' },
    { name: 'all-namespaces', short: 'A', type: 'bool' },
    { name: 'field-selector', type: 'string' },
    { name: 'local', type: 'bool' },
  ],
  run(p, ctx, out) {
    const fors = (p.flags.for as string[] | undefined) ?? [];
    if (!fors.length) throw new KubectlError('unrecognized condition: ""');
    const conds = fors.map(conditionCheck);
    const t = String(p.flags.timeout);
    const timeout = parseGoDuration(t) ?? 0;
    // a negative timeout means a week (kubectl's "wait forever")
    const limit = timeout < 0 ? FOREVER_MS : timeout;
    const isDelete = conds.some((c) => c.kind === 'delete');
    const isCreate = conds.some((c) => c.kind === 'create');
    const deadline = ctx.cluster.now() + limit;
    if (isCreate) {
      const sel = selectTargets(p, ctx, { args: p.args, selector: p.flags.selector as string | undefined, all: !!p.flags.all });
      const exists = () => sel.targets.every((x) => !!ctx.cluster.api.tryGet(x.rt, x.namespace, x.name));
      if (!waitUntil(ctx.cluster, exists, limit)) throw new KubectlError('timed out waiting for the condition');
    }
    const sel = selectTargets(p, ctx, {
      args: p.args,
      selector: p.flags.selector as string | undefined,
      all: !!p.flags.all,
      requireObject: true,
      ignoreNotFound: isDelete,
    });
    if (sel.errs.length) {
      flushErrors(out, sel.errs);
      return;
    }
    if (!sel.targets.length) {
      if (!isDelete) throw new KubectlError('no matching resources found');
      return;
    }
    for (const target of sel.targets) {
      for (const c of conds) {
        const res = waitOne(ctx, target, c.check, Math.max(0, deadline - ctx.cluster.now()), limit === 0, c.kind === 'delete');
        if (res !== true) {
          out.fail(`error: ${res}`);
          return;
        }
        const live = ctx.cluster.api.tryGet(target.rt, target.namespace, target.name) ?? target.obj!;
        out.line(opLine(live, 'condition met', 'none', p.flags.output as string | undefined));
      }
    }
  },
});

/** Wait for one object; returns true or the error text. */
function waitOne(ctx: KubectlContext, t: Target, check: Check, remaining: number, once: boolean, byUid: boolean): true | string {
  const api = ctx.cluster.api;
  const uid = t.obj?.metadata.uid;
  let failure: string | undefined;
  const met = () => {
    const live = api.tryGet(t.rt, t.namespace, t.name);
    // for --for=delete a re-created object (new UID) means the old one is gone
    const cur = byUid && live && uid && live.metadata.uid !== uid ? undefined : live;
    const r = check(cur);
    if (typeof r === 'string') {
      failure = r;
      return true;
    }
    return r;
  };
  if (once) {
    if (met() && !failure) return true;
    return failure ?? `condition not met for ${t.rt.plural}/${t.name}`;
  }
  const ok = waitUntil(ctx.cluster, met, remaining);
  if (failure) return failure;
  return ok ? true : `timed out waiting for the condition on ${t.rt.plural}/${t.name}`;
}
