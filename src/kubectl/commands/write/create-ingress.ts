/** `kubectl create ingress NAME --rule=host/path=svc:port[,tls[=secret]] [--class] [--default-backend] [--annotation]`. */
import { KubectlError } from '../../errors';
import type { CommandDef } from '../../command';
import { createGenerated, GENERATOR_FLAGS, meta, nameArg } from './generate';

export const createIngressCommands: CommandDef[] = [];

const RULE = /^([\w*\-.]*)(\/.*)=([\w-]+):([\w-]+)(,(tls)=?([\w-]+)?)?/;

/** intstr.Parse: a number is a port number, anything else a port name. */
function backend(svc: string) {
  const [name, port] = svc.split(':');
  return { service: { name, port: /^-?\d+$/.test(port) ? { number: Number(port) } : { name: port } } };
}

function httpPath(pathSvc: string) {
  const [p, svc] = pathSvc.split('=');
  let path = '/' + p;
  let pathType = 'Exact';
  // a trailing * makes a Prefix path
  if (path.endsWith('*')) {
    pathType = 'Prefix';
    path = path.slice(0, -1);
  }
  return { path, pathType, backend: backend(svc) };
}

for (const path of [['create', 'ingress'], ['create', 'ing']]) {
  createIngressCommands.push({
    path,
    short: 'Create an ingress with the specified name',
    flags: [
      ...GENERATOR_FLAGS,
      { name: 'rule', type: 'stringArray' },
      { name: 'class', type: 'string' },
      { name: 'default-backend', type: 'string' },
      { name: 'annotation', type: 'stringArray' },
    ],
    run(p, ctx, out) {
      const name = nameArg(p, 'create ingress');
      const rules = (p.flags.rule as string[] | undefined) ?? [];
      const annotations = (p.flags.annotation as string[] | undefined) ?? [];
      const def = p.flags['default-backend'] as string | undefined;
      if (!def && !rules.length) {
        throw new KubectlError('not enough information provided: every ingress has to either specify a default-backend (which catches all traffic) or a list of rules (which catch specific paths)');
      }
      for (const r of rules) if (!RULE.test(r)) throw new KubectlError(`rule ${r} is invalid and should be in format host/path=svcname:svcport[,tls[=secret]]`);
      for (const a of annotations) if (!a.includes('=')) throw new KubectlError(`annotation ${a} is invalid and should be in format key=[value]`);
      if (def && def.split(':').length !== 2) throw new KubectlError('default-backend should be in format servicename:serviceport');

      const tls: { hosts?: string[]; secretName?: string }[] = [];
      const seenHosts = new Set<string>();
      for (const r of rules) {
        const parts = r.split(',');
        if (parts.length !== 2) continue;
        const host = r.split('/')[0];
        const secret = parts[1].split('=')[1] ?? '';
        if (seenHosts.has(host)) continue;
        seenHosts.add(host);
        const same = secret ? tls.find((t) => t.secretName === secret) : undefined;
        if (same) {
          (same.hosts ??= []).push(host);
          continue;
        }
        const entry: { hosts?: string[]; secretName?: string } = {};
        if (host) entry.hosts = [host];
        if (secret) entry.secretName = secret;
        if (entry.hosts || entry.secretName) tls.push(entry);
      }
      const ingressRules: { host?: string; http: { paths: ReturnType<typeof httpPath>[] } }[] = [];
      for (const r of rules) {
        const hostPath = r.split(',')[0];
        const slash = hostPath.indexOf('/');
        const host = hostPath.slice(0, slash);
        const path = httpPath(hostPath.slice(slash + 1));
        const existing = ingressRules.find((x) => (x.host ?? '') === host);
        if (existing) existing.http.paths.push(path);
        else ingressRules.push({ ...(host ? { host } : {}), http: { paths: [path] } });
      }
      const m = meta(name, p, ctx, true);
      if (annotations.length) m.annotations = Object.fromEntries(annotations.map((a) => [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)]));
      const spec: Record<string, unknown> = {};
      if (p.flags.class) spec.ingressClassName = p.flags.class;
      if (def) spec.defaultBackend = backend(def);
      if (tls.length) spec.tls = tls;
      if (ingressRules.length) spec.rules = ingressRules;
      createGenerated({ kind: 'Ingress', apiVersion: 'networking.k8s.io/v1', metadata: m, spec, status: { loadBalancer: {} } }, p, ctx, out, 'failed to create ingress: ');
    },
  });
}
