/** `kubectl create token SA`: a TokenRequest for a ServiceAccount (the way to get a token since v1.24). */
import { requestToken } from '../../../sim/apiserver/auth/token-request';
import { ApiError, type KObject } from '../../../sim/types';
import { NON_TABLE_FORMATS, printObjects } from '../../printers';
import { KubectlError } from '../../errors';
import type { ParsedArgs } from '../../flags';
import { requireAccess, simCluster } from '../../identity';
import type { CommandDef } from '../../command';
import { parseGoDuration } from '../../../sim/parse-duration';

export const createTokenCommands: CommandDef[] = [];

/** Kinds a token can be bound to (create_token.go boundObjectKinds), sorted as kubectl lists them. */
const BOUND_OBJECT_KINDS = ['Node', 'Pod', 'Secret'];

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
    const kind = String(p.flags['bound-object-kind'] ?? '');
    const uid = String(p.flags['bound-object-uid'] ?? '');
    const boundObjectRef = kind ? { kind, apiVersion: 'v1', name: String(p.flags['bound-object-name'] ?? ''), ...(uid ? { uid } : {}) } : undefined;
    let review: KObject;
    try {
      review = requestToken(simCluster(ctx).api, { namespace: ns, name, audiences: (p.flags.audience as string[] | undefined) ?? [], expirationSeconds: Math.floor(ms / 1000), boundObjectRef, nowMs: ctx.cluster.now() });
    } catch (e) {
      if (e instanceof ApiError) throw new KubectlError(`failed to create token: ${e.message}`);
      throw e;
    }
    const token = String(review.status?.token ?? '');
    if (output === undefined) {
      out.line(token);
      return;
    }
    out.write(output === 'name' ? `tokenrequest.authentication.k8s.io/${name}\n` : printObjects([review], output, { allowedFormats: NON_TABLE_FORMATS, keepKeyOrder: true }));
  },
});
