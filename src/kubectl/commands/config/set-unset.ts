/**
 * `kubectl config set|unset PROPERTY`: one field of the kubeconfig by its dotted path
 * (`current-context`, `contexts.NAME.namespace`, `clusters.NAME.server`, `users.NAME.token` ...).
 * A stanza's name may hold dots: the last step is the field when it names one.
 */
import type { CommandDef } from '../../command';
import { KubectlError } from '../../errors';
import type { Kubeconfig } from '../../kubeconfig';
import { configHelp, goList, helpError, kubeconfigOf } from './common';

export const configSetUnsetCommands: CommandDef[] = [];

type Section = 'clusters' | 'users' | 'contexts';

/** The fields of each stanza that `set` can write, and whether the value is a bool or base64 bytes. */
const FIELDS: Record<Section, Record<string, 'string' | 'bool' | 'bytes'>> = {
  clusters: { server: 'string', 'tls-server-name': 'string', 'insecure-skip-tls-verify': 'bool', 'certificate-authority': 'string', 'certificate-authority-data': 'bytes', 'proxy-url': 'string', 'disable-compression': 'bool' },
  users: { 'client-certificate': 'string', 'client-certificate-data': 'bytes', 'client-key': 'string', 'client-key-data': 'bytes', token: 'string', tokenFile: 'string', as: 'string', username: 'string', password: 'string' },
  contexts: { cluster: 'string', user: 'string', namespace: 'string' },
};

interface Target {
  section?: Section;
  name?: string;
  field?: string;
}

/** The stanzas of a section, as Go prints the map in its error (`map[name:0xc...]`, pointers as stand-ins). */
function goMap(cfg: Kubeconfig, section: Section): string {
  const names = [...cfg[section].keys()].sort();
  return `map[${names.map((n, i) => `${n}:0xc000${(0x34690 + i * 0x50).toString(16)}`).join(' ')}]`;
}

function parsePath(cfg: Kubeconfig, path: string): Target {
  if (path === 'current-context') return {};
  const [head, ...rest] = path.split('.');
  if (head !== 'clusters' && head !== 'users' && head !== 'contexts') throw new KubectlError(`unable to parse ${path} after [] at api.Config`);
  const section = head;
  if (!rest.length) return { section };
  const last = rest[rest.length - 1];
  if (rest.length > 1 && last in FIELDS[section]) return { section, name: rest.slice(0, -1).join('.'), field: last };
  if (rest.length > 1) throw new KubectlError(`can't set a map to a value: ${goMap(cfg, section)}`);
  return { section, name: rest.join('.') };
}

configSetUnsetCommands.push({
  path: ['config', 'set'],
  short: 'Set an individual value in a kubeconfig file',
  help: configHelp('set'),
  flags: [{ name: 'set-raw-bytes', type: 'bool' }],
  run(p, ctx, out) {
    if (p.args.length !== 2) return helpError(out, 'set', `Unexpected args: ${goList(p.args)}`);
    const [path, value] = p.args;
    const cfg = kubeconfigOf(ctx);
    const t = parsePath(cfg, path);
    if (!t.section) cfg.currentContext = value;
    else if (!t.field) throw new KubectlError(`can't set a map to a value: ${goMap(cfg, t.section)}`);
    else {
      const kind = FIELDS[t.section][t.field];
      let v: string | boolean = value;
      if (kind === 'bool') {
        if (!/^(1|t|T|TRUE|true|True|0|f|F|FALSE|false|False)$/.test(value)) throw new KubectlError(`strconv.ParseBool: parsing "${value}": invalid syntax`);
        v = /^(1|t|T|TRUE|true|True)$/.test(value);
      } else if (kind === 'bytes' && !p.flags['set-raw-bytes']) {
        if (!/^[A-Za-z0-9+/]*={0,2}$/.test(value) || value.length % 4 !== 0) throw new KubectlError('error decoding input value: illegal base64 data at input byte 0');
      } else if (kind === 'bytes') v = btoa(value);
      const map = cfg[t.section] as Map<string, Record<string, unknown>>;
      const empty = t.section === 'contexts' ? { cluster: '', user: '' } : t.section === 'clusters' ? { server: '' } : {};
      map.set(t.name!, { ...(map.get(t.name!) ?? empty), [t.field]: v });
    }
    out.line(`Property "${path}" set.`);
  },
});

configSetUnsetCommands.push({
  path: ['config', 'unset'],
  short: 'Unset an individual value in a kubeconfig file',
  help: configHelp('unset'),
  flags: [],
  run(p, ctx, out) {
    if (p.args.length !== 1) return helpError(out, 'unset', `Unexpected args: ${goList(p.args)}`);
    const [path] = p.args;
    const cfg = kubeconfigOf(ctx);
    const t = parsePath(cfg, path);
    if (!t.section) cfg.currentContext = '';
    else if (!t.name) cfg[t.section].clear();
    else if (!t.field) cfg[t.section].delete(t.name);
    else {
      const map = cfg[t.section] as Map<string, Record<string, unknown>>;
      const entry = map.get(t.name);
      if (!entry) throw new KubectlError(`current map key \`${t.name}\` is invalid`);
      const next = { ...entry };
      if (t.section === 'contexts' && (t.field === 'cluster' || t.field === 'user')) next[t.field] = '';
      else if (t.section === 'clusters' && t.field === 'server') next.server = '';
      else delete next[t.field];
      map.set(t.name, next);
    }
    out.line(`Property "${path}" unset.`);
  },
});
