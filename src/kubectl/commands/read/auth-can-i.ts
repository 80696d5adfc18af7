/**
 * `kubectl auth can-i VERB RESOURCE[/NAME]` and `--list`. The decision comes from an authorizer the
 * simulation may register as `cluster.services.authorizer` (RBAC); without one, the admin user
 * (kubeadm's kubernetes-admin, in system:masters) may do everything.
 */
import { resourceKey, type ResourceType } from '../../../sim/apiserver/resources';
import type { KubectlContext } from '../../context';
import { KubectlError } from '../../errors';
import { tabwrite } from '../../printers/tabwriter';
import { registerCommand } from '../../registry';

/** What an authorizer is asked (authorization.k8s.io SubjectAccessReview attributes). */
export interface AccessAttributes {
  user: string;
  groups: string[];
  verb: string;
  /** Resource requests. */
  group?: string;
  resource?: string;
  subresource?: string;
  name?: string;
  namespace?: string;
  /** Non-resource requests, e.g. `/healthz`. */
  path?: string;
}

export interface AccessDecision {
  allowed: boolean;
  /** Printed after `no - `. */
  reason?: string;
}

/** A pluggable authorizer; register one as `cluster.services.authorizer`. */
export type Authorizer = (attrs: AccessAttributes) => AccessDecision;

const DISCOVERY_URLS = [
  '/.well-known/openid-configuration/',
  '/.well-known/openid-configuration',
  '/api/*',
  '/api',
  '/apis/*',
  '/apis',
  '/healthz',
  '/healthz',
  '/livez',
  '/livez',
  '/openapi/*',
  '/openapi',
  '/openid/v1/jwks/',
  '/openid/v1/jwks',
  '/readyz',
  '/readyz',
  '/version/',
  '/version/',
  '/version',
  '/version',
];

const KNOWN_VERBS = ['get', 'list', 'watch', 'create', 'update', 'patch', 'delete', 'deletecollection', 'use', 'bind', 'impersonate', '*', 'approve', 'sign', 'escalate', 'attest'];

function authorize(ctx: KubectlContext, attrs: AccessAttributes): AccessDecision {
  const a = ctx.cluster.services.authorizer as Authorizer | undefined;
  if (typeof a === 'function') return a(attrs);
  // without RBAC in the simulation, system:masters members are allowed everything
  return attrs.groups.includes('system:masters') ? { allowed: true } : { allowed: false };
}

function identity(p: { flags: Record<string, unknown> }, ctx: KubectlContext): { user: string; groups: string[] } {
  const as = p.flags.as as string | undefined;
  if (as) {
    const groups = ((p.flags['as-group'] as string[] | undefined) ?? []).slice();
    const m = /^system:serviceaccount:([^:]+):(.+)$/.exec(as);
    if (m) groups.push('system:serviceaccounts', `system:serviceaccounts:${m[1]}`);
    groups.push('system:authenticated');
    return { user: as, groups };
  }
  return { user: ctx.user ?? 'kubernetes-admin', groups: ['kubeadm:cluster-admins', 'system:masters', 'system:authenticated'] };
}

registerCommand({
  path: ['auth', 'can-i'],
  short: 'Check whether an action is allowed',
  flags: [
    { name: 'all-namespaces', short: 'A', type: 'bool' },
    { name: 'list', type: 'bool' },
    { name: 'quiet', short: 'q', type: 'bool' },
    { name: 'no-headers', type: 'bool' },
    { name: 'subresource', type: 'string' },
  ],
  run(p, ctx, out) {
    const who = identity(p, ctx);
    const ns = p.flags['all-namespaces'] ? '' : ctx.namespace;
    if (p.flags.list) {
      if (p.args.length) throw new KubectlError('list option must be specified with no arguments');
      const rows: string[][] = [];
      if (!p.flags['no-headers']) rows.push(['Resources', 'Non-Resource URLs', 'Resource Names', 'Verbs']);
      if (authorize(ctx, { ...who, verb: '*', resource: '*', group: '*', namespace: ns }).allowed) {
        rows.push(['*.*', '[]', '[]', '[*]'], ['', '[*]', '[]', '[*]']);
      }
      rows.push(['selfsubjectreviews.authentication.k8s.io', '[]', '[]', '[create]']);
      rows.push(['selfsubjectaccessreviews.authorization.k8s.io', '[]', '[]', '[create]']);
      rows.push(['selfsubjectrulesreviews.authorization.k8s.io', '[]', '[]', '[create]']);
      // system:discovery and system:public-info-viewer, as every authenticated user has them (observed output order)
      for (const url of DISCOVERY_URLS) rows.push(['', `[${url}]`, '[]', '[get]']);
      out.write(tabwrite(rows));
      return;
    }
    if (p.args.length !== 2) {
      throw new KubectlError("you must specify two arguments: verb resource or verb resource/resourceName.\nSee 'kubectl auth can-i -h' for help and examples.");
    }
    const [verb, target] = p.args;
    let attrs: AccessAttributes;
    if (target.startsWith('/')) {
      attrs = { ...who, verb, path: target };
    } else {
      const [res, name] = target.split('/', 2);
      const rt: ResourceType | undefined = ctx.cluster.api.resource(res);
      if (!rt) out.warn(`Warning: the server doesn't have a resource type '${res.split('.')[0]}'`);
      if (!KNOWN_VERBS.includes(verb)) out.warn(`Warning: verb '${verb}' is not a known verb`);
      if (rt && !rt.namespaced && p.set.has('namespace')) out.warn(`Warning: resource '${rt.plural}' is not namespace scoped`);
      attrs = {
        ...who,
        verb,
        group: rt?.group ?? '',
        resource: rt ? resourceKey(rt).split('.')[0] : res,
        subresource: p.flags.subresource as string | undefined,
        name,
        namespace: rt && !rt.namespaced ? '' : ns,
      };
    }
    const d = authorize(ctx, attrs);
    if (p.flags.quiet) {
      if (!d.allowed) out.code = 1;
      return;
    }
    if (d.allowed) out.line('yes');
    else out.fail(d.reason ? `no - ${d.reason}` : 'no');
  },
});
