/**
 * `kubectl auth can-i VERB RESOURCE[/NAME]` and `--list`: a SelfSubjectAccessReview or
 * SelfSubjectRulesReview answered by the API server's authorizer for the current (or `--as`) user.
 */
import { authorize, rulesFor } from '../../../sim/apiserver/auth/rbac';
import type { RequestAttributes } from '../../../sim/apiserver/auth/rules';
import { resourceKey, type ResourceType } from '../../../sim/apiserver/resources';
import { KubectlError } from '../../errors';
import { simCluster, userOf } from '../../identity';
import { breakdownRule, combineResourceGroup, compactRules, goList, sortRules } from '../../rbac/compact-rules';
import { tabwrite } from '../../printers/tabwriter';
import type { CommandDef } from '../../command';

export const authCanICommands: CommandDef[] = [];

const RESOURCE_VERBS = ['get', 'list', 'watch', 'create', 'update', 'patch', 'delete', 'deletecollection', 'use', 'bind', 'impersonate', '*', 'approve', 'sign', 'escalate', 'attest'];
const NON_RESOURCE_VERBS = ['get', 'put', 'post', 'head', 'options', 'delete', 'patch', '*'];
/** Resources the server serves without discovery (impersonate targets). */
const NON_STANDARD = ['users', 'groups'];

authCanICommands.push({
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
    const api = simCluster(ctx).api;
    const user = userOf(ctx);
    const allNs = !!p.flags['all-namespaces'];
    const ns = allNs ? '' : ctx.namespace;
    if (p.flags.list) {
      if (p.args.length) throw new KubectlError('list option must be specified with no arguments');
      if (p.flags.quiet || allNs || p.flags.subresource) throw new KubectlError("list option can't be specified with neither quiet, all-namespaces nor subresource options");
      const { rules, errors } = rulesFor(api, user, ns);
      if (errors.length) out.warn(`Warning: the list may be incomplete: ${errors.length === 1 ? errors[0] : `[${errors.join(', ')}]`}`);
      const rows: string[][] = [];
      if (!p.flags['no-headers']) rows.push(['Resources', 'Non-Resource URLs', 'Resource Names', 'Verbs']);
      for (const r of sortRules(compactRules(rules.flatMap(breakdownRule)))) {
        rows.push([combineResourceGroup(r.resources, r.apiGroups), goList(r.nonResourceURLs), goList(r.resourceNames), goList(r.verbs)]);
      }
      out.write(tabwrite(rows));
      return;
    }
    if (p.args.length !== 2) {
      throw new KubectlError("you must specify two arguments: verb resource or verb resource/resourceName.\nSee 'kubectl auth can-i -h' for help and examples.");
    }
    const [verb, target] = p.args;
    const sub = (p.flags.subresource as string | undefined) ?? '';
    let req: RequestAttributes;
    if (target.startsWith('/')) {
      if (sub) throw new KubectlError('--subresource can not be used with NonResourceURL');
      if (!NON_RESOURCE_VERBS.includes(verb)) out.warn(`Warning: verb '${verb}' is not a known verb`);
      req = { resourceRequest: false, verb, path: target };
    } else {
      const [res, name] = splitOnce(target);
      let rt: ResourceType | undefined;
      let resource = res;
      let group = '';
      if (res !== '*') {
        rt = api.resource(res.toLowerCase());
        if (rt) {
          resource = resourceKey(rt).split('.')[0];
          group = rt.group;
        } else if (!NON_STANDARD.includes(res.toLowerCase())) {
          const [r0, ...g] = res.toLowerCase().split('.');
          out.warn(g.length ? `Warning: the server doesn't have a resource type '${r0}' in group '${g.join('.')}'` : `Warning: the server doesn't have a resource type '${r0}'`);
        }
      }
      if (rt && !rt.namespaced && !allNs) out.warn(group ? `Warning: resource '${resource}' is not namespace scoped in group '${group}'` : `Warning: resource '${resource}' is not namespace scoped`);
      if (!RESOURCE_VERBS.includes(verb)) out.warn(`Warning: verb '${verb}' is not a known verb`);
      req = { resourceRequest: true, verb, apiGroup: group, resource, subresource: sub, name: name ?? '', namespace: ns };
    }
    if (p.flags['no-headers']) throw new KubectlError('--no-headers cannot be set without --list specified');
    const d = authorize(api, user, req);
    if (p.flags.quiet) {
      if (!d.allowed) out.code = 1;
      return;
    }
    if (d.allowed) out.line('yes');
    else {
      out.line(d.reason ? `no - ${d.reason}` : 'no');
      out.code = 1;
    }
  },
});

function splitOnce(s: string): [string, string | undefined] {
  const i = s.indexOf('/');
  return i < 0 ? [s, undefined] : [s.slice(0, i), s.slice(i + 1)];
}
