/** `kubectl create service clusterip|nodeport|loadbalancer|externalname NAME [--tcp=port:target] ...`. */
import type { KObject } from '../../../sim/types';
import { KubectlError } from '../../errors';
import type { FlagSpec } from '../../flags';
import type { CommandDef } from '../../command';
import { createGenerated, GENERATOR_FLAGS, meta, nameArg } from '../write/generate';
import { parsePortSpec } from './ports';

export const createServiceCommands: CommandDef[] = [];

/** RFC 1123 subdomain, as kubectl checks --external-name. */
const DNS1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;

interface Variant {
  sub: string;
  type: 'ClusterIP' | 'NodePort' | 'LoadBalancer' | 'ExternalName';
  short: string;
  flags: FlagSpec[];
}

const VARIANTS: Variant[] = [
  { sub: 'clusterip', type: 'ClusterIP', short: 'Create a ClusterIP service', flags: [{ name: 'tcp', type: 'strings' }, { name: 'clusterip', type: 'string' }] },
  { sub: 'nodeport', type: 'NodePort', short: 'Create a NodePort service', flags: [{ name: 'tcp', type: 'strings' }, { name: 'node-port', type: 'int', default: 0 }] },
  { sub: 'loadbalancer', type: 'LoadBalancer', short: 'Create a LoadBalancer service', flags: [{ name: 'tcp', type: 'strings' }] },
  { sub: 'externalname', type: 'ExternalName', short: 'Create an ExternalName service', flags: [{ name: 'tcp', type: 'strings' }, { name: 'external-name', type: 'string', required: true }] },
];

/** The Service kubectl's ServiceOptions.createService builds, with keys in the order kubectl prints them. */
function generateService(name: string, v: Variant['type'], o: { tcp: string[]; clusterIP?: string; nodePort?: number; externalName?: string }): KObject {
  const ports = o.tcp.map((spec) => {
    const { port, targetPort } = parsePortSpec(spec);
    const p: Record<string, unknown> = { name: spec.replace(/:/g, '-') };
    if (o.nodePort) p.nodePort = o.nodePort;
    Object.assign(p, { port, protocol: 'TCP', targetPort });
    return p;
  });
  const spec: Record<string, unknown> = {};
  if (o.clusterIP) spec.clusterIP = o.clusterIP;
  if (o.externalName) spec.externalName = o.externalName;
  if (ports.length) spec.ports = ports;
  spec.selector = { app: name };
  spec.type = v;
  return {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { labels: { app: name }, name },
    spec,
    status: { loadBalancer: {} },
  };
}

for (const v of VARIANTS) for (const service of ['service', 'svc']) {
  createServiceCommands.push({
    path: ['create', service, v.sub],
    short: v.short,
    flags: [...GENERATOR_FLAGS, ...v.flags],
    run(p, ctx, out) {
      const name = nameArg(p, `create service ${v.sub}`);
      const tcp = ((p.flags.tcp as string[] | undefined) ?? []).filter((s) => s !== '');
      const clusterIP = p.flags.clusterip as string | undefined;
      const externalName = p.flags['external-name'] as string | undefined;
      if (v.type === 'ExternalName') {
        if (!externalName || externalName.length > 253 || !DNS1123_SUBDOMAIN.test(externalName)) throw new KubectlError(`invalid service external name ${externalName ?? ''}`);
      } else if (tcp.length === 0 && clusterIP !== 'None') {
        throw new KubectlError('at least one tcp port specifier must be provided');
      }
      const obj = generateService(name, v.type, { tcp, clusterIP, nodePort: (p.flags['node-port'] as number | undefined) || undefined, externalName });
      const m = meta(name, p, ctx, true);
      obj.metadata = { labels: { app: name }, name, ...(m.namespace ? { namespace: m.namespace } : {}) };
      createGenerated(obj, p, ctx, out, `failed to create ${v.type} service: `);
    },
  });
}
