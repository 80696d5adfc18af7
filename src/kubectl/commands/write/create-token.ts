/** `kubectl create token SA`: a TokenRequest for a ServiceAccount (the way to get a token since v1.24). */
import { ISSUER, issueToken } from '../../../sim/apiserver/auth/token';
import type { ApiServer } from '../../../sim/apiserver/apiserver';
import type { KObject } from '../../../sim/types';
import { NON_TABLE_FORMATS, printObjects } from '../../printers';
import { KubectlError } from '../../errors';
import type { ParsedArgs } from '../../flags';
import { requireAccess, simCluster } from '../../identity';
import type { CommandDef } from '../../command';
import { parseGoDuration } from '../../../sim/parse-duration';

export const createTokenCommands: CommandDef[] = [];

/** The API server's default TokenRequest lifetime (--service-account-max-token-expiration aside). */
const DEFAULT_EXPIRATION_SECONDS = 3600;

/** Kinds a token can be bound to (create_token.go boundObjectKinds), sorted as kubectl lists them. */
const BOUND_OBJECT_KINDS = ['Node', 'Pod', 'Secret'];

/** The object a token is bound to, as the TokenRequest REST looks it up (token.go Create). */
function boundObject(p: ParsedArgs, api: ApiServer, ns: string, sa: string): { ref?: Record<string, string>; claims: { pod?: KObject; node?: KObject; secret?: KObject } } {
  const kind = String(p.flags['bound-object-kind'] ?? '');
  if (!kind) return { claims: {} };
  const name = String(p.flags['bound-object-name'] ?? '');
  const uid = String(p.flags['bound-object-uid'] ?? '');
  const resource = kind === 'Pod' ? 'pods' : kind === 'Node' ? 'nodes' : 'secrets';
  const obj = api.tryGet(resource, kind === 'Node' ? undefined : ns, name);
  if (!obj) throw new KubectlError(`failed to create token: ${resource} "${name}" not found`);
  if (kind === 'Pod' && (obj.spec?.serviceAccountName ?? 'default') !== sa) {
    throw new KubectlError(`failed to create token: cannot bind token for serviceaccount "${sa}" to pod running with different serviceaccount name.`);
  }
  if (uid && uid !== obj.metadata.uid) {
    throw new KubectlError(`failed to create token: Operation cannot be fulfilled on ${kind} "${name}": the UID in the bound object reference (${uid}) does not match the UID in record. The object might have been deleted and then recreated`);
  }
  const ref = { kind, apiVersion: 'v1', name, ...(uid ? { uid } : {}) };
  if (kind === 'Pod') return { ref, claims: { pod: obj, node: obj.spec?.nodeName ? api.tryGet('nodes', undefined, obj.spec.nodeName) : undefined } };
  return { ref, claims: kind === 'Node' ? { node: obj } : { secret: obj } };
}

/** TokenOptions.Validate, in its order. */
function validate(p: ParsedArgs, ms: number): void {
  if (ms < 0) throw new KubectlError('--duration must be greater than or equal to 0');
  if (ms % 1000 !== 0) throw new KubectlError('--duration cannot be expressed in units less than seconds');
  if (((p.flags.audience as string[] | undefined) ?? []).some((a) => a === '')) throw new KubectlError('--audience must not be an empty string');
  const kind = String(p.flags['bound-object-kind'] ?? '');
  const name = String(p.flags['bound-object-name'] ?? '');
  if (!kind) {
    if (name) throw new KubectlError('--bound-object-name can only be set if --bound-object-kind is provided');
    if (p.flags['bound-object-uid']) throw new KubectlError('--bound-object-uid can only be set if --bound-object-kind is provided');
  } else {
    if (!BOUND_OBJECT_KINDS.includes(kind)) throw new KubectlError(`supported --bound-object-kind values are ${BOUND_OBJECT_KINDS.join(', ')}`);
    if (!name) throw new KubectlError('--bound-object-name is required if --bound-object-kind is provided');
  }
}

createTokenCommands.push({
  path: ['create', 'token'],
  short: 'Request a service account token',
  flags: [
    { name: 'duration', type: 'duration', default: '0s' },
    { name: 'audience', type: 'stringArray' },
    { name: 'bound-object-kind', type: 'string' },
    { name: 'bound-object-name', type: 'string' },
    { name: 'bound-object-uid', type: 'string' },
    { name: 'output', short: 'o', type: 'string' },
  ],
  run(p, ctx, out) {
    if (p.args.length !== 1) throw new KubectlError(`exactly one NAME is required, got ${p.args.length}\nSee 'kubectl create token -h' for help and examples`);
    const ms = parseGoDuration(String(p.flags.duration)) ?? 0;
    // the printer is made in Complete, before Validate and the request
    const output = p.flags.output as string | undefined;
    if (output !== undefined && output !== 'name' && !NON_TABLE_FORMATS.includes(output.split('=')[0])) {
      throw new KubectlError(`unable to match a printer suitable for the output format "${output}", allowed formats are: ${NON_TABLE_FORMATS.join(',')}`);
    }
    validate(p, ms);
    const name = p.args[0];
    const ns = ctx.namespace;
    requireAccess(ctx, { resourceRequest: true, verb: 'create', apiGroup: '', resource: 'serviceaccounts', subresource: 'token', name, namespace: ns });
    const api = simCluster(ctx).api;
    const sa = api.tryGet('serviceaccounts', ns, name);
    if (!sa) throw new KubectlError(`failed to create token: serviceaccounts "${name}" not found`);
    const seconds = ms > 0 ? Math.floor(ms / 1000) : DEFAULT_EXPIRATION_SECONDS;
    if (seconds < 600) throw new KubectlError('failed to create token: TokenRequest.authentication.k8s.io "' + name + '" is invalid: spec.expirationSeconds: Invalid value: ' + seconds + ': may not specify a duration less than 10 minutes');
    const now = ctx.cluster.now();
    const bound = boundObject(p, api, ns, name);
    const audiences = ((p.flags.audience as string[] | undefined) ?? []).length ? (p.flags.audience as string[]) : [ISSUER];
    const token = issueToken({ namespace: ns, serviceAccount: sa, expirationSeconds: seconds, nowMs: now, jti: `${sa.metadata.uid}-${now}`, audiences, ...bound.claims });
    if (output === undefined) {
      out.line(token);
      return;
    }
    // the TokenRequest the server answers, fields in the Go structs' order
    const review = {
      kind: 'TokenRequest',
      apiVersion: 'authentication.k8s.io/v1',
      metadata: { name, namespace: ns },
      spec: { audiences, expirationSeconds: seconds, boundObjectRef: bound.ref ?? null },
      status: { token, expirationTimestamp: new Date(Math.floor(now / 1000) * 1000 + seconds * 1000).toISOString().replace(/\.\d+Z$/, 'Z') },
    } as unknown as KObject;
    out.write(output === 'name' ? `tokenrequest.authentication.k8s.io/${name}\n` : printObjects([review], output, { allowedFormats: NON_TABLE_FORMATS, keepKeyOrder: true }));
  },
});
