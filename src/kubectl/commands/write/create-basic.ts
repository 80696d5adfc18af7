/** `kubectl create namespace|serviceaccount|quota`. */
import { KubectlError } from '../../errors';
import type { CommandDef } from '../../command';
import { createGenerated, GENERATOR_FLAGS, meta, nameArg } from './generate';

export const createBasicCommands: CommandDef[] = [];

for (const path of [['create', 'namespace'], ['create', 'ns']]) {
  createBasicCommands.push({
    path,
    short: 'Create a namespace with the specified name',
    flags: GENERATOR_FLAGS,
    run(p, ctx, out) {
      const name = nameArg(p, 'create namespace');
      createGenerated({ kind: 'Namespace', apiVersion: 'v1', metadata: meta(name, p, ctx, false), spec: {}, status: {} }, p, ctx, out);
    },
  });
}

for (const path of [['create', 'serviceaccount'], ['create', 'sa']]) {
  createBasicCommands.push({
    path,
    short: 'Create a service account with the specified name',
    flags: GENERATOR_FLAGS,
    run(p, ctx, out) {
      const name = nameArg(p, 'create serviceaccount');
      createGenerated({ kind: 'ServiceAccount', apiVersion: 'v1', metadata: meta(name, p, ctx, true) }, p, ctx, out, 'failed to create serviceaccount: ');
    },
  });
}

for (const path of [['create', 'quota'], ['create', 'resourcequota']]) {
  createBasicCommands.push({
    path,
    short: 'Create a quota with the specified name',
    flags: [...GENERATOR_FLAGS, { name: 'hard', type: 'string' }, { name: 'scopes', type: 'string' }],
    run(p, ctx, out) {
      const name = nameArg(p, 'create quota');
      const hard: Record<string, string> = {};
      for (const stmt of String(p.flags.hard ?? '').split(',').filter(Boolean)) {
        const parts = stmt.split('=');
        if (parts.length !== 2) throw new KubectlError(`Invalid argument syntax ${stmt}, expected <resource>=<value>`);
        hard[parts[0]] = parts[1];
      }
      const scopes = String(p.flags.scopes ?? '').split(',').filter((s) => s !== '' || p.flags.scopes === '');
      if (p.flags.scopes !== undefined && scopes.some((s) => !s.trim())) throw new KubectlError('invalid resource quota scope ""');
      const spec: Record<string, unknown> = {};
      if (Object.keys(hard).length) spec.hard = Object.fromEntries(Object.entries(hard).sort(([a], [b]) => (a < b ? -1 : 1)));
      if (p.flags.scopes) spec.scopes = scopes;
      createGenerated({ kind: 'ResourceQuota', apiVersion: 'v1', metadata: meta(name, p, ctx, true), spec, status: {} }, p, ctx, out, 'failed to create quota: ');
    },
  });
}
