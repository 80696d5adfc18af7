/** `kubectl api-resources` and `kubectl api-versions`, from the simulated server's resource list. */
import { apiVersionOf, OTHER_VERSIONS, SERVED, type ResourceType } from '../../../sim/apiserver/resources';
import { KubectlError } from '../../errors';
import { tabwrite } from '../../printers/tabwriter';
import type { CommandDef } from '../../command';

export const apiResourcesCommands: CommandDef[] = [];

const STANDARD_VERBS = ['create', 'delete', 'deletecollection', 'get', 'list', 'patch', 'update', 'watch'];
const CATEGORIES: Record<string, string[]> = {
  pods: ['all'],
  replicationcontrollers: ['all'],
  services: ['all'],
  daemonsets: ['all'],
  deployments: ['all'],
  replicasets: ['all'],
  statefulsets: ['all'],
  horizontalpodautoscalers: ['all'],
  cronjobs: ['all'],
  jobs: ['all'],
};

function categoriesOf(rt: ResourceType): string[] {
  return rt.categories ?? CATEGORIES[rt.plural] ?? [];
}

function verbsOf(rt: ResourceType): string[] {
  return rt.verbs ?? STANDARD_VERBS;
}

/** Group, then name (kubectl's default sort), or by name / kind. */
function sorted(list: ResourceType[], by: string): ResourceType[] {
  const key = (r: ResourceType) => (by === 'name' ? r.plural : by === 'kind' ? r.kind : r.group);
  return [...list].sort((a, b) => {
    const x = key(a);
    const y = key(b);
    if (x !== y) return x < y ? -1 : 1;
    return a.plural < b.plural ? -1 : a.plural > b.plural ? 1 : 0;
  });
}

apiResourcesCommands.push({
  path: ['api-resources'],
  short: 'Print the supported API resources on the server',
  flags: [
    { name: 'output', short: 'o', type: 'string' },
    { name: 'no-headers', type: 'bool' },
    { name: 'namespaced', type: 'bool', default: true },
    { name: 'api-group', type: 'string' },
    { name: 'verbs', type: 'strings' },
    { name: 'categories', type: 'strings' },
    { name: 'sort-by', type: 'string' },
    { name: 'cached', type: 'bool' },
  ],
  run(p, _ctx, out) {
    const output = String(p.flags.output ?? '');
    if (!['', 'json', 'name', 'wide', 'yaml'].includes(output)) {
      throw new KubectlError(`unable to match a printer suitable for the output format "${output}", allowed formats are: json,name,wide,yaml`);
    }
    // the APIResourceList forms are not simulated
    if (!['', 'wide', 'name'].includes(output)) throw new KubectlError(`--output ${output} is not available`);
    const sortBy = String(p.flags['sort-by'] ?? '');
    if (sortBy && sortBy !== 'name' && sortBy !== 'kind') throw new KubectlError(`--sort-by accepts only name or kind`);
    // kubectl lists each resource once, in its group's preferred version
    let list = SERVED.filter((r) => verbsOf(r).length > 0 && !OTHER_VERSIONS.includes(r));
    if (p.set.has('namespaced')) list = list.filter((r) => r.namespaced === !!p.flags.namespaced);
    if (p.set.has('api-group')) list = list.filter((r) => r.group === String(p.flags['api-group']));
    const verbs = (p.flags.verbs as string[] | undefined) ?? [];
    if (verbs.length) list = list.filter((r) => verbs.every((v) => verbsOf(r).includes(v)));
    const cats = (p.flags.categories as string[] | undefined) ?? [];
    if (cats.length) list = list.filter((r) => cats.every((c) => categoriesOf(r).includes(c)));
    list = sorted(list, sortBy);
    if (output === 'name') {
      for (const r of list) out.line(r.group ? `${r.plural}.${r.group}` : r.plural);
      return;
    }
    const rows: string[][] = [];
    if (!p.flags['no-headers']) {
      const h = ['NAME', 'SHORTNAMES', 'APIVERSION', 'NAMESPACED', 'KIND'];
      if (output === 'wide') h.push('VERBS', 'CATEGORIES');
      rows.push(h);
    }
    for (const r of list) {
      const row = [r.plural, r.shortNames.join(','), apiVersionOf(r), String(r.namespaced), r.kind];
      if (output === 'wide') row.push(verbsOf(r).join(','), categoriesOf(r).join(','));
      rows.push(row);
    }
    out.write(tabwrite(rows));
  },
});

apiResourcesCommands.push({
  path: ['api-versions'],
  short: 'Print the supported API versions on the server, in the form of "group/version"',
  flags: [],
  run(_p, _ctx, out) {
    const versions = [...new Set(SERVED.map(apiVersionOf))].sort();
    for (const v of versions) out.line(v);
  },
});
