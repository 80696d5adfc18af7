/** `kubectl create role|clusterrole|rolebinding|clusterrolebinding`. */
import type { Output } from '../../context';
import { KubectlError } from '../../errors';
import type { ParsedArgs } from '../../flags';
import type { CommandDef } from '../../command';
import { aggregationLabels, parseResources, policyRules, roleVerbs, STANDARD_RESOURCE_VERBS, unique, validateNonResourceURLs, validateResources } from '../../rbac/role-rules';
import { createGenerated, GENERATOR_FLAGS, meta, nameArg } from './generate';

export const createRbacCommands: CommandDef[] = [];

const RBAC = 'rbac.authorization.k8s.io';

const list = (p: ParsedArgs, name: string): string[] => (p.flags[name] as string[] | undefined) ?? [];

/** The rule flags as kubectl's Complete reads them: verbs and names deduplicated, `*` collapsing verbs and resources. */
function ruleFlags(p: ParsedArgs) {
  return { verbs: roleVerbs(list(p, 'verb')), resources: parseResources(list(p, 'resource')), names: unique(list(p, 'resource-name')), urls: unique(list(p, 'non-resource-url')) };
}

/** Verbs outside the standard list draw a warning on stderr and are kept. */
function warnVerbs(verbs: string[], out: Output): void {
  for (const v of verbs) if (!STANDARD_RESOURCE_VERBS.includes(v)) out.warn(`Warning: '${v}' is not a standard resource verb`);
}

const ROLE_FLAGS = [...GENERATOR_FLAGS, { name: 'verb', type: 'strings' as const }, { name: 'resource', type: 'strings' as const }, { name: 'resource-name', type: 'stringArray' as const }];

createRbacCommands.push({
  path: ['create', 'role'],
  short: 'Create a role with single rule',
  flags: ROLE_FLAGS,
  run(p, ctx, out) {
    const name = nameArg(p, 'create role');
    const f = ruleFlags(p);
    if (!f.verbs.length) throw new KubectlError('at least one verb must be specified');
    warnVerbs(f.verbs, out);
    if (!f.resources.length) throw new KubectlError('at least one resource must be specified');
    validateResources(f.verbs, f.resources);
    createGenerated({ kind: 'Role', apiVersion: `${RBAC}/v1`, metadata: meta(name, p, ctx, true), rules: policyRules(f.verbs, f.resources, f.names, []) }, p, ctx, out);
  },
});

createRbacCommands.push({
  path: ['create', 'clusterrole'],
  short: 'Create a cluster role',
  flags: [...ROLE_FLAGS, { name: 'non-resource-url', type: 'strings' }, { name: 'aggregation-rule', type: 'stringArray' }],
  run(p, ctx, out) {
    // a malformed --aggregation-rule fails as flag parsing does, before anything else
    const agg = aggregationLabels(list(p, 'aggregation-rule'));
    if (typeof agg === 'string') throw new KubectlError(`${agg}\nSee 'kubectl create clusterrole --help' for usage.`);
    const name = nameArg(p, 'create clusterrole');
    const f = ruleFlags(p);
    if (Object.keys(agg).length) {
      if (f.urls.length || f.verbs.length || f.resources.length || f.names.length) {
        throw new KubectlError('aggregation rule must be specified without nonResourceURLs, verbs, resources or resourceNames');
      }
      createGenerated({ kind: 'ClusterRole', apiVersion: `${RBAC}/v1`, metadata: meta(name, p, ctx, false), rules: null, aggregationRule: { clusterRoleSelectors: [{ matchLabels: agg }] } }, p, ctx, out);
      return;
    }
    if (!f.verbs.length) throw new KubectlError('at least one verb must be specified');
    if (!f.resources.length && !f.urls.length) throw new KubectlError('one of resource or nonResourceURL must be specified');
    if (f.resources.length) {
      warnVerbs(f.verbs, out);
      validateResources(f.verbs, f.resources);
    }
    if (f.urls.length) validateNonResourceURLs(f.verbs, f.urls);
    createGenerated({ kind: 'ClusterRole', apiVersion: `${RBAC}/v1`, metadata: meta(name, p, ctx, false), rules: policyRules(f.verbs, f.resources, f.names, f.urls) }, p, ctx, out);
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
