/**
 * `kubectl auth can-i VERB RESOURCE[/NAME]` and `--list`: a SelfSubjectAccessReview or
 * SelfSubjectRulesReview answered by the API server's authorizer for the current (or `--as`) user.
 */
import { authorize, rulesFor } from '../../../sim/apiserver/auth/rbac';
import type { RequestAttributes } from '../../../sim/apiserver/auth/rules';
import type { ResourceType } from '../../../sim/apiserver/resources';
import { NON_RESOURCE_VERBS, resourceFor } from '../../rbac/role-rules';
import { KubectlError } from '../../errors';
import { simCluster, userOf } from '../../identity';
import { breakdownRule, combineResourceGroup, compactRules, goList, sortRules } from '../../rbac/compact-rules';
import { tabwrite } from '../../printers/tabwriter';
import type { CommandDef } from '../../command';

export const authCanICommands: CommandDef[] = [];

const RESOURCE_VERBS = ['get', 'list', 'watch', 'create', 'update', 'patch', 'delete', 'deletecollection', 'use', 'bind', 'impersonate', '*', 'approve', 'sign', 'escalate', 'attest'];
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
    // the WarningPrinter adds a newline to messages that end in one: each warning is followed by an empty line
    const warn = (m: string) => out.warn(`Warning: ${m}\n\n`);
    let req: RequestAttributes;
    if (target.startsWith('/')) {
      if (sub) throw new KubectlError('--subresource can not be used with NonResourceURL');
      if (!NON_RESOURCE_VERBS.includes(verb)) warn(`verb '${verb}' is not a known verb`);
      req = { resourceRequest: false, verb, path: target };
    } else {
      const slash = target.indexOf('/');
      const arg = slash < 0 ? target : target.slice(0, slash);
      const name = slash < 0 ? '' : target.slice(slash + 1);
      const mapped = canIResource(arg, warn);
      // the scope and verb warnings need a resource discovery knows (any for '*'), and no --all-namespaces
      if (!allNs && (mapped.rt || mapped.resource === '*')) {
        if (mapped.rt && !mapped.rt.namespaced) warn(mapped.group ? `resource '${mapped.resource}' is not namespace scoped in group '${mapped.group}'` : `resource '${mapped.resource}' is not namespace scoped`);
        if (!RESOURCE_VERBS.includes(verb)) warn(`verb '${verb}' is not a known verb`);
      }
      req = { resourceRequest: true, verb, apiGroup: mapped.group, resource: mapped.resource, subresource: sub, name, namespace: ns };
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

/**
 * cani.go resourceFor: `*` as is; otherwise `resource.version.group`, then `resource.group`, as the
 * RESTMapper finds them (lowercased); an unknown one (warned about, unless users or groups) is sent as typed.
 */
function canIResource(arg: string, warn: (m: string) => void): { rt?: ResourceType; resource: string; group: string } {
  if (arg === '*') return { resource: '*', group: '' };
  const lower = arg.toLowerCase();
  const dot = lower.indexOf('.');
  const resource = dot < 0 ? lower : lower.slice(0, dot);
  const group = dot < 0 ? '' : lower.slice(dot + 1);
  const parts = lower.split('.');
  const full = parts.length >= 3 ? resourceFor(parts[0], parts.slice(2).join('.')) : undefined;
  const rt = full && full.version === parts[1] ? full : resourceFor(resource, group);
  if (rt) return { rt, resource: rt.plural, group: rt.group };
  if (!NON_STANDARD.includes(group ? `${resource}.${group}` : resource)) {
    warn(group ? `the server doesn't have a resource type '${resource}' in group '${group}'` : `the server doesn't have a resource type '${resource}'`);
  }
  return { resource: arg, group: '' };
}
