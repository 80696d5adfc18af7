/** `kubectl create role|clusterrole|rolebinding|clusterrolebinding`. */
import type { KubectlContext } from '../../context';
import { KubectlError } from '../../errors';
import type { ParsedArgs } from '../../flags';
import type { CommandDef } from '../../command';
import { createGenerated, GENERATOR_FLAGS, meta, nameArg } from './generate';
import { resourceType } from './targets';

export const createRbacCommands: CommandDef[] = [];

const RBAC = 'rbac.authorization.k8s.io';
/** create_role.go validResourceVerbs. */
const VERBS = ['*', 'get', 'delete', 'list', 'create', 'update', 'patch', 'watch', 'proxy', 'deletecollection', 'use', 'bind', 'escalate', 'impersonate'];
const NON_RESOURCE_VERBS = ['*', 'get', 'post', 'put', 'delete', 'patch', 'head', 'options'];

/** create_role.go specialVerbs: verbs that only make sense on these group/resources. */
const SPECIAL_VERBS: Record<string, [string, string][]> = {
  use: [['policy', 'podsecuritypolicies'], ['extensions', 'podsecuritypolicies']],
  bind: [[RBAC, 'roles'], [RBAC, 'clusterroles']],
  escalate: [[RBAC, 'roles'], [RBAC, 'clusterroles']],
  impersonate: [['', 'users'], ['', 'serviceaccounts'], ['', 'groups'], ['authentication.k8s.io', 'userextras'], ['authentication.k8s.io', 'uids']],
};

/** validateResource: special verbs on the resources they belong to, then every resource must be known ('*' ends the check). */
function validateResources(p: ParsedArgs, ctx: KubectlContext): void {
  const verbs = list(p, 'verb');
  for (const arg of list(p, 'resource')) {
    const res = arg.split('/')[0];
    if (!res) throw new KubectlError('resource must be specified if apiGroup/subresource specified');
    if (res === '*') return;
    const rt = ctx.cluster.api.resource(res);
    const [plural, ...g] = res.split('.');
    const resource = rt?.plural ?? plural;
    const group = rt ? rt.group : g.join('.');
    let special = false;
    for (const v of verbs) {
      const allowed = SPECIAL_VERBS[v];
      if (!allowed) continue;
      if (!allowed.some(([ag, ar]) => ag === group && ar === resource)) throw new KubectlError(`can not perform '${v}' on '${resource}' in group '${group}'`);
      special = true;
    }
    // a resource the server does not serve is fine for a special verb (users, groups)
    if (!rt && !special) resourceType(ctx, res);
  }
}

const list = (p: ParsedArgs, name: string): string[] => ((p.flags[name] as string[] | undefined) ?? []).filter(Boolean);

/** One rule per API group (groups sorted), as generateResourcePolicyRules builds them. */
function resourceRules(p: ParsedArgs, ctx: KubectlContext): Record<string, unknown>[] {
  const verbs = list(p, 'verb');
  const resources = list(p, 'resource');
  const names = list(p, 'resource-name');
  if (!verbs.length) throw new KubectlError('at least one verb must be specified');
  if (!resources.length) return [];
  for (const v of verbs) if (!VERBS.includes(v)) throw new KubectlError(`invalid verb: '${v}'`);
  validateResources(p, ctx);
  const byGroup = new Map<string, string[]>();
  for (const r of resources) {
    const [res, sub] = r.split('/');
    let plural = res;
    let group = '';
    if (res !== '*') {
      const rt = ctx.cluster.api.resource(res);
      plural = rt?.plural ?? res.split('.')[0];
      group = rt ? rt.group : res.split('.').slice(1).join('.');
    } else if (res.includes('.')) group = res.split('.').slice(1).join('.');
    const full = sub ? `${plural}/${sub}` : plural;
    byGroup.set(group, [...(byGroup.get(group) ?? []), full]);
  }
  // PolicyRule field order: verbs, apiGroups, resources, resourceNames
  return [...byGroup.keys()].sort().map((g) => ({
    verbs,
    apiGroups: [g],
    resources: byGroup.get(g),
    ...(names.length ? { resourceNames: names } : {}),
  }));
}

const ROLE_FLAGS = [...GENERATOR_FLAGS, { name: 'verb', type: 'strings' as const }, { name: 'resource', type: 'strings' as const }, { name: 'resource-name', type: 'stringArray' as const }];

createRbacCommands.push({
  path: ['create', 'role'],
  short: 'Create a role with single rule',
  flags: ROLE_FLAGS,
  run(p, ctx, out) {
    const name = nameArg(p, 'create role');
    if (!list(p, 'verb').length) throw new KubectlError('at least one verb must be specified');
    if (!list(p, 'resource').length) throw new KubectlError('at least one resource must be specified');
    createGenerated({ kind: 'Role', apiVersion: `${RBAC}/v1`, metadata: meta(name, p, ctx, true), rules: resourceRules(p, ctx) }, p, ctx, out);
  },
});

createRbacCommands.push({
  path: ['create', 'clusterrole'],
  short: 'Create a cluster role',
  flags: [...ROLE_FLAGS, { name: 'non-resource-url', type: 'strings' }, { name: 'aggregation-rule', type: 'string' }],
  run(p, ctx, out) {
    const name = nameArg(p, 'create clusterrole');
    const urls = list(p, 'non-resource-url');
    const agg = p.flags['aggregation-rule'] as string | undefined;
    if (agg) {
      if (urls.length || list(p, 'verb').length || list(p, 'resource').length || list(p, 'resource-name').length) {
        throw new KubectlError('aggregation rule must be specified without nonResourceURLs, verbs, resources or resourceNames');
      }
      const matchLabels = Object.fromEntries(agg.split(',').map((kv) => kv.split('=') as [string, string]));
      createGenerated({ kind: 'ClusterRole', apiVersion: `${RBAC}/v1`, metadata: meta(name, p, ctx, false), rules: null, aggregationRule: { clusterRoleSelectors: [{ matchLabels }] } }, p, ctx, out);
      return;
    }
    if (!list(p, 'verb').length) throw new KubectlError('at least one verb must be specified');
    if (!list(p, 'resource').length && !urls.length) throw new KubectlError('one of resource or nonResourceURL must be specified');
    const rules = resourceRules(p, ctx);
    if (urls.length) {
      const verbs = list(p, 'verb');
      for (const v of verbs) if (!NON_RESOURCE_VERBS.includes(v)) throw new KubectlError(`invalid verb: '${v}' for nonResourceURL`);
      for (const u of urls) {
        if (!u.startsWith('/')) throw new KubectlError('nonResourceURL should start with /');
        if (u.indexOf('*') >= 0 && u.indexOf('*') !== u.length - 1) throw new KubectlError("nonResourceURL only supports wildcard matches when '*' is at the end");
      }
      rules.push({ verbs, nonResourceURLs: urls });
    }
    createGenerated({ kind: 'ClusterRole', apiVersion: `${RBAC}/v1`, metadata: meta(name, p, ctx, false), rules }, p, ctx, out);
  },
});

function subjects(p: ParsedArgs): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  for (const u of list(p, 'user')) out.push({ kind: 'User', apiGroup: RBAC, name: u });
  for (const g of list(p, 'group')) out.push({ kind: 'Group', apiGroup: RBAC, name: g });
  for (const sa of list(p, 'serviceaccount')) {
    const parts = sa.split(':');
    if (parts.length !== 2 || !parts[0] || !parts[1]) throw new KubectlError('serviceaccount must be <namespace>:<name>');
    out.push({ kind: 'ServiceAccount', name: parts[1], namespace: parts[0] });
  }
  return out;
}

const BINDING_FLAGS = [
  ...GENERATOR_FLAGS,
  { name: 'clusterrole', type: 'string' as const },
  { name: 'role', type: 'string' as const },
  { name: 'user', type: 'stringArray' as const },
  { name: 'group', type: 'stringArray' as const },
  { name: 'serviceaccount', type: 'stringArray' as const },
];

createRbacCommands.push({
  path: ['create', 'rolebinding'],
  short: 'Create a role binding for a particular role or cluster role',
  flags: BINDING_FLAGS,
  run(p, ctx, out) {
    const name = nameArg(p, 'create rolebinding');
    const role = p.flags.role as string | undefined;
    const cr = p.flags.clusterrole as string | undefined;
    if (!!role === !!cr) throw new KubectlError('exactly one of clusterrole or role must be specified');
    const subs = subjects(p);
    createGenerated(
      {
        kind: 'RoleBinding',
        apiVersion: `${RBAC}/v1`,
        metadata: meta(name, p, ctx, true),
        ...(subs.length ? { subjects: subs } : {}),
        roleRef: { apiGroup: RBAC, kind: role ? 'Role' : 'ClusterRole', name: role ?? cr },
      },
      p,
      ctx,
      out,
      'failed to create rolebinding: ',
    );
  },
});

createRbacCommands.push({
  path: ['create', 'clusterrolebinding'],
  short: 'Create a cluster role binding for a particular cluster role',
  flags: BINDING_FLAGS.filter((f) => f.name !== 'role').map((f) => (f.name === 'clusterrole' ? { ...f, required: true } : f)),
  run(p, ctx, out) {
    const name = nameArg(p, 'create clusterrolebinding');
    const subs = subjects(p);
    createGenerated(
      {
        kind: 'ClusterRoleBinding',
        apiVersion: `${RBAC}/v1`,
        metadata: meta(name, p, ctx, false),
        ...(subs.length ? { subjects: subs } : {}),
        roleRef: { apiGroup: RBAC, kind: 'ClusterRole', name: (p.flags.clusterrole as string | undefined) ?? '' },
      },
      p,
      ctx,
      out,
      'failed to create clusterrolebinding: ',
    );
  },
});
