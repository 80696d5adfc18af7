/** `kubectl create job` (also `--from=cronjob/NAME`) and `kubectl create cronjob`. */
import { KubectlError } from '../../errors';
import type { CommandDef } from '../../command';
import { createGenerated, GENERATOR_FLAGS, meta, nameArg } from './generate';

export const createBatchCommands: CommandDef[] = [];


/** The pod template kubectl generates: one container named after the object, `resources: {}` as the typed struct prints. */
function podTemplate(name: string, image: string, command: string[], restartPolicy: string) {
  return {
    metadata: {},
    spec: { containers: [{ name, image, ...(command.length ? { command } : {}), resources: {} }], restartPolicy },
  };
}

createBatchCommands.push({
  path: ['create', 'job'],
  short: 'Create a job with the specified name',
  flags: [...GENERATOR_FLAGS, { name: 'image', type: 'string' }, { name: 'from', type: 'string' }],
  run(p, ctx, out) {
    const name = nameArg(p, 'create job');
    const image = p.flags.image as string | undefined;
    const from = p.flags.from as string | undefined;
    if (!image && !from) throw new KubectlError('either --image or --from must be specified');
    if (from && p.command.length) throw new KubectlError('cannot specify --from and command');
    if (from) {
      const [kind, cjName] = from.split('/');
      const rt = ctx.cluster.api.resource(kind);
      if (!rt || rt.kind !== 'CronJob' || !cjName) throw new KubectlError('from must be an existing cronjob');
      const cj = ctx.cluster.api.get(rt, ctx.namespace, cjName);
      const tpl = cj.spec?.jobTemplate ?? {};
      const m = meta(name, p, ctx, true);
      if (tpl.metadata?.labels) m.labels = tpl.metadata.labels;
      m.annotations = { 'cronjob.kubernetes.io/instantiate': 'manual', ...(tpl.metadata?.annotations ?? {}) };
      m.ownerReferences = [{ apiVersion: 'batch/v1', kind: 'CronJob', name: cjName, uid: cj.metadata.uid!, controller: true }];
      createGenerated({ kind: 'Job', apiVersion: 'batch/v1', metadata: m, spec: structuredClone(tpl.spec ?? {}), status: {} }, p, ctx, out, 'failed to create job: ');
      return;
    }
    const job = { kind: 'Job', apiVersion: 'batch/v1', metadata: meta(name, p, ctx, true), spec: { template: podTemplate(name, image!, p.command, 'Never') }, status: {} };
    createGenerated(job, p, ctx, out, 'failed to create job: ');
  },
});

for (const path of [['create', 'cronjob'], ['create', 'cj']]) {
  createBatchCommands.push({
    path,
    short: 'Create a cron job with the specified name',
    flags: [...GENERATOR_FLAGS, { name: 'image', type: 'string', required: true }, { name: 'schedule', type: 'string', required: true }, { name: 'restart', type: 'string' }],
    run(p, ctx, out) {
      const name = nameArg(p, 'create cronjob');
      const restart = (p.flags.restart as string | undefined) || 'OnFailure';
      if (restart !== 'OnFailure' && restart !== 'Never') throw new KubectlError(`invalid restart policy: ${restart}`);
      const cj = {
        kind: 'CronJob',
        apiVersion: 'batch/v1',
        metadata: meta(name, p, ctx, true),
        spec: {
          schedule: p.flags.schedule as string,
          jobTemplate: { metadata: { name }, spec: { template: podTemplate(name, p.flags.image as string, p.command, restart) } },
        },
        status: {},
      };
      createGenerated(cj, p, ctx, out, 'failed to create cronjob: ');
    },
  });
}
