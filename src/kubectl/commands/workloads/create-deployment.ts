/** `kubectl create deployment NAME --image=... [--replicas=N] [--port=N] [-- COMMAND ARGS...]` (kubectl create_deployment.go). */
import { NAME_ALPHABET } from '../../../sim/random';
import type { KObject } from '../../../sim/types';
import type { KubectlContext, Output } from '../../context';
import { KubectlError } from '../../errors';
import type { ParsedArgs } from '../../flags';
import type { CommandDef } from '../../command';
import { createGenerated, GENERATOR_FLAGS, nameArg } from '../write/generate';

export const createDeploymentCommands: CommandDef[] = [];

/** The container name kubectl derives from an image: last path part, no tag or digest, `_`/`.` sanitized with a random suffix. */
function containerNameFor(image: string, suffix: () => string): string {
  let name = image.split('/').at(-1)!;
  if (name.includes(':')) name = name.split(':')[0];
  if (name.includes('@')) name = name.split('@')[0];
  if (/[_.]/.test(name)) name = `${name.replace(/_/g, '-').replace(/\./g, '-')}-${suffix()}`;
  return name;
}

/** The Deployment `kubectl create deployment` generates, with kubectl's field order. */
function generateDeployment(name: string, images: string[], opts: { replicas: number; port: number; command: string[]; namespace?: string; suffix: () => string }): KObject {
  const labels = { app: name };
  const containers = images.map((image) => ({
    name: containerNameFor(image, opts.suffix),
    image,
    ...(opts.command.length ? { command: [...opts.command] } : {}),
    resources: {},
  }));
  if (opts.port >= 0 && containers.length) {
    const [first] = containers;
    containers[0] = { name: first.name, image: first.image, ...(first.command ? { command: first.command } : {}), ports: [{ containerPort: opts.port }], resources: {} } as typeof first;
  }
  return {
    kind: 'Deployment',
    apiVersion: 'apps/v1',
    metadata: { name, ...(opts.namespace ? { namespace: opts.namespace } : {}), labels: { ...labels } },
    spec: {
      replicas: opts.replicas,
      selector: { matchLabels: { ...labels } },
      template: { metadata: { labels: { ...labels } }, spec: { containers } },
      strategy: {},
    },
    status: {},
  };
}

function run(p: ParsedArgs, ctx: KubectlContext, out: Output): void {
  const name = nameArg(p, 'create deployment');
  const images = (p.flags.image as string[] | undefined) ?? [];
  if (images.length > 1 && p.command.length) throw new KubectlError('cannot specify multiple --image options and command');
  const rng = ctx.cluster.rng.fork(`kubectl create deployment ${name}`);
  const obj = generateDeployment(name, images, {
    replicas: p.flags.replicas as number,
    port: p.flags.port as number,
    command: p.command,
    namespace: p.set.has('namespace') ? ctx.namespace : undefined,
    suffix: () => rng.string(5, NAME_ALPHABET),
  });
  createGenerated(obj, p, ctx, out, 'failed to create deployment: ');
}

for (const alias of ['deployment', 'deploy']) {
  createDeploymentCommands.push({
    path: ['create', alias],
    short: 'Create a deployment with the specified name',
    flags: [
      ...GENERATOR_FLAGS,
      { name: 'image', type: 'strings', required: true },
      { name: 'port', type: 'int', default: -1 },
      { name: 'replicas', short: 'r', type: 'int', default: 1 },
    ],
    run,
  });
}
