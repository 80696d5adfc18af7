/**
 * Reads the `.d.ts` files of the kubernetes-types package and writes a compact field schema:
 * `src/generated/schema.json` (types, required fields, enums, kinds) and
 * `src/generated/schema-docs.json` (descriptions, loaded lazily by the editor).
 * A small hand-written parser: the files have a regular shape (imports, JSDoc, interfaces).
 */
import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const pkgDir = join(root, 'node_modules', 'kubernetes-types');
const outDir = join(root, 'src', 'generated');

/** A property type as stored in the schema (see src/sim/apiserver/schema/types.ts). */
interface Prop {
  t: string;
  r?: string;
  it?: Prop;
  e?: string[];
}
interface Def {
  p: Record<string, Prop>;
  req?: string[];
  gvk?: [string, string];
}

/** Fields whose Go type is int64 (the .d.ts only says `number`). */
const INT64 = new Set([
  'generation',
  'observedGeneration',
  'deletionGracePeriodSeconds',
  'terminationGracePeriodSeconds',
  'activeDeadlineSeconds',
  'runAsUser',
  'runAsGroup',
  'fsGroup',
  'supplementalGroups',
  'tolerationSeconds',
  'gracePeriodSeconds',
  'expirationSeconds',
  'startingDeadlineSeconds',
  'revision',
  'uid',
  'gid',
]);

/** Enumerations the API documents as "Possible enum values" (kubernetes-types drops that list). */
const ENUMS: Record<string, string[]> = {
  'core.v1.PodSpec.restartPolicy': ['Always', 'Never', 'OnFailure'],
  'core.v1.PodSpec.dnsPolicy': ['ClusterFirst', 'ClusterFirstWithHostNet', 'Default', 'None'],
  'core.v1.PodSpec.preemptionPolicy': ['Never', 'PreemptLowerPriority'],
  'core.v1.Container.imagePullPolicy': ['Always', 'IfNotPresent', 'Never'],
  'core.v1.Container.terminationMessagePolicy': ['FallbackToLogsOnError', 'File'],
  'core.v1.Container.restartPolicy': ['Always'],
  'core.v1.ContainerPort.protocol': ['SCTP', 'TCP', 'UDP'],
  'core.v1.ServicePort.protocol': ['SCTP', 'TCP', 'UDP'],
  'core.v1.ServiceSpec.type': ['ClusterIP', 'ExternalName', 'LoadBalancer', 'NodePort'],
  'core.v1.ServiceSpec.sessionAffinity': ['ClientIP', 'None'],
  'core.v1.ServiceSpec.externalTrafficPolicy': ['Cluster', 'Local'],
  'core.v1.ServiceSpec.internalTrafficPolicy': ['Cluster', 'Local'],
  'core.v1.ServiceSpec.ipFamilyPolicy': ['PreferDualStack', 'RequireDualStack', 'SingleStack'],
  'core.v1.HTTPGetAction.scheme': ['HTTP', 'HTTPS'],
  'core.v1.Toleration.operator': ['Equal', 'Exists'],
  'core.v1.Toleration.effect': ['NoExecute', 'NoSchedule', 'PreferNoSchedule'],
  'core.v1.Taint.effect': ['NoExecute', 'NoSchedule', 'PreferNoSchedule'],
  'core.v1.NodeSelectorRequirement.operator': ['DoesNotExist', 'Exists', 'Gt', 'In', 'Lt', 'NotIn'],
  'core.v1.PersistentVolumeSpec.persistentVolumeReclaimPolicy': ['Delete', 'Recycle', 'Retain'],
  'core.v1.PersistentVolumeSpec.volumeMode': ['Block', 'Filesystem'],
  'core.v1.PersistentVolumeClaimSpec.volumeMode': ['Block', 'Filesystem'],
  'core.v1.EnvVarSource.fieldRef': [],
  'apps.v1.DeploymentStrategy.type': ['Recreate', 'RollingUpdate'],
  'apps.v1.StatefulSetSpec.podManagementPolicy': ['OrderedReady', 'Parallel'],
  'apps.v1.StatefulSetUpdateStrategy.type': ['OnDelete', 'RollingUpdate'],
  'apps.v1.DaemonSetUpdateStrategy.type': ['OnDelete', 'RollingUpdate'],
  'batch.v1.CronJobSpec.concurrencyPolicy': ['Allow', 'Forbid', 'Replace'],
  'batch.v1.JobSpec.completionMode': ['Indexed', 'NonIndexed'],
  'networking.v1.HTTPIngressPath.pathType': ['Exact', 'ImplementationSpecific', 'Prefix'],
  'networking.v1.NetworkPolicyPort.protocol': ['SCTP', 'TCP', 'UDP'],
  'storage.v1.StorageClass.reclaimPolicy': ['Delete', 'Recycle', 'Retain'],
  'storage.v1.StorageClass.volumeBindingMode': ['Immediate', 'WaitForFirstConsumer'],
};

/** Array-valued enums: the item values. */
const ITEM_ENUMS: Record<string, string[]> = {
  'core.v1.PersistentVolumeSpec.accessModes': ['ReadOnlyMany', 'ReadWriteMany', 'ReadWriteOnce', 'ReadWriteOncePod'],
  'core.v1.PersistentVolumeClaimSpec.accessModes': ['ReadOnlyMany', 'ReadWriteMany', 'ReadWriteOnce', 'ReadWriteOncePod'],
  'networking.v1.NetworkPolicySpec.policyTypes': ['Egress', 'Ingress'],
};

function walk(dir: string, out: string[]): string[] {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p, out);
    else if (name.endsWith('.d.ts')) out.push(p);
  }
  return out;
}

/** `core/v1.d.ts` → `core.v1`. */
function moduleId(file: string): string {
  return relative(pkgDir, file).replace(/\.d\.ts$/, '').split(/[\\/]/).join('.');
}

function cleanDoc(lines: string[]): string {
  return lines
    .map((l) => l.replace(/^\s*\/\*\*\s?/, '').replace(/\s*\*\/\s*$/, '').replace(/^\s*\*\s?/, ''))
    .join('\n')
    .trim();
}

const defs: Record<string, Def> = {};
const docs: Record<string, string> = {};
const aliases: Record<string, string> = {};

function parseFile(file: string): void {
  const mod = moduleId(file);
  const text = readFileSync(file, 'utf8');
  const imports = new Map<string, string>();
  for (const m of text.matchAll(/^import \{([^}]*)\} from "([^"]+)";/gm)) {
    const target = moduleId(resolve(dirname(file), m[2]) + '.d.ts');
    for (const n of m[1].split(',')) imports.set(n.trim(), target);
  }
  const refOf = (name: string) => `${imports.get(name) ?? mod}.${name}`;
  const lines = text.split('\n');
  let doc: string[] = [];
  let inDoc = false;
  let cur: { id: string; def: Def } | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const trimmed = line.trim();
    if (inDoc) {
      doc.push(line);
      if (trimmed.endsWith('*/')) inDoc = false;
      continue;
    }
    if (trimmed.startsWith('/**')) {
      doc = [line];
      inDoc = !trimmed.endsWith('*/');
      continue;
    }
    let m = /^export interface (\w+) \{/.exec(line);
    if (m) {
      cur = { id: `${mod}.${m[1]}`, def: { p: {} } };
      defs[cur.id] = cur.def;
      const d = cleanDoc(doc);
      if (d) docs[cur.id] = d;
      doc = [];
      continue;
    }
    m = /^export type (\w+) = (\w+);/.exec(line);
    if (m) {
      aliases[`${mod}.${m[1]}`] = m[2];
      doc = [];
      continue;
    }
    if (line === '}') {
      cur = undefined;
      continue;
    }
    m = /^ {4}("?[\w$-]+"?)(\?)?: (.*)$/.exec(line);
    if (cur && m) {
      const name = m[1].replace(/"/g, '');
      let typeText = m[3];
      // map types span several lines: `{ [name: string]: X; }`
      if (typeText === '{') {
        while (!lines[++i].trim().startsWith('}')) typeText += ' ' + lines[i].trim();
        typeText += ' }';
      }
      typeText = typeText.replace(/;$/, '');
      const prop = parseType(typeText, refOf, name);
      if (name === 'apiVersion' || name === 'kind') {
        const lit = /^"(.*)"$/.exec(typeText);
        if (lit) {
          cur.def.gvk = cur.def.gvk ?? ['', ''];
          cur.def.gvk[name === 'apiVersion' ? 0 : 1] = lit[1];
          prop.t = 'string';
        }
      }
      const key = `${cur.id}.${name}`;
      if (ENUMS[key]?.length) prop.e = ENUMS[key];
      if (ITEM_ENUMS[key] && prop.it) prop.it.e = ITEM_ENUMS[key];
      const d = cleanDoc(doc);
      if (d) {
        docs[key] = d;
        const en = /Possible enum values:([\s\S]*)/.exec(d);
        if (en && !prop.e) prop.e = [...en[1].matchAll(/- `"([^"]*)"`/g)].map((x) => x[1]);
      }
      cur.def.p[name] = prop;
      if (!m[2]) (cur.def.req ??= []).push(name);
      doc = [];
    }
  }
}

function parseType(text: string, refOf: (n: string) => string, field: string): Prop {
  text = text.trim();
  if (text === 'string' || /^".*"$/.test(text)) return { t: 'string' };
  if (text === 'boolean') return { t: 'bool' };
  if (text === 'number') return { t: INT64.has(field) ? 'int64' : 'int32' };
  if (text === 'number | string' || text === 'string | number') return { t: 'intorstring' };
  if (text === 'any' || text === 'unknown' || text === 'object') return { t: 'any' };
  let m = /^Array<(.*)>$/.exec(text);
  if (m) return { t: 'array', it: parseType(m[1], refOf, field) };
  m = /^\{ \[\w+: string\]: (.*); \}$/.exec(text);
  if (m) return { t: 'map', it: parseType(m[1], refOf, field) };
  if (/^\w+$/.test(text)) return { t: 'ref', r: refOf(text) };
  return { t: 'any' };
}

/** Resolve aliases (Quantity, Time, MicroTime are strings; RawExtension/JSON are anything). */
function finish(p: Prop): void {
  if (p.it) finish(p.it);
  if (p.t !== 'ref' || !p.r) return;
  const name = p.r.slice(p.r.lastIndexOf('.') + 1);
  if (name === 'Quantity') Object.assign(p, { t: 'quantity', r: undefined });
  else if (name === 'Time') Object.assign(p, { t: 'time', r: undefined });
  else if (name === 'MicroTime') Object.assign(p, { t: 'microtime', r: undefined });
  else if (name === 'IntOrString') Object.assign(p, { t: 'intorstring', r: undefined });
  else if (name === 'RawExtension' || name === 'JSON' || aliases[p.r] || !defs[p.r]) Object.assign(p, { t: 'any', r: undefined });
  if (p.r === undefined) delete p.r;
}

/**
 * Fields kubernetes-types leaves out: server-set (read-only) metadata, and fields added after
 * the package's release (v1.31–v1.34).
 */
const SUPPLEMENT: Record<string, Record<string, Prop>> = {
  'meta.v1.ObjectMeta': {
    uid: { t: 'string' },
    resourceVersion: { t: 'string' },
    generation: { t: 'int64' },
    creationTimestamp: { t: 'time' },
    deletionTimestamp: { t: 'time' },
    deletionGracePeriodSeconds: { t: 'int64' },
  },
  'core.v1.PodSpec': { resources: { t: 'ref', r: 'core.v1.ResourceRequirements' }, hostnameOverride: { t: 'string' } },
  'core.v1.Lifecycle': { stopSignal: { t: 'string' } },
  'core.v1.ServiceSpec': { trafficDistribution: { t: 'string' } },
};

const t0 = performance.now();
for (const f of walk(pkgDir, []).sort()) parseFile(f);
for (const [id, extra] of Object.entries(SUPPLEMENT)) {
  for (const [name, prop] of Object.entries(extra)) if (defs[id] && !defs[id].p[name]) defs[id].p[name] = prop;
}
const kinds: Record<string, string> = {};
for (const [id, d] of Object.entries(defs)) {
  if (!d.gvk?.[0] || !d.gvk[1]) continue;
  kinds[`${d.gvk[0]}/${d.gvk[1]}`] = id;
  // status is read-only (stripped from the package); the server accepts and ignores it on writes
  if (defs[`${id}Status`] && !d.p.status) d.p.status = { t: 'any' };
}
for (const d of Object.values(defs)) for (const p of Object.values(d.p)) finish(p);
mkdirSync(outDir, { recursive: true });
writeFileSync(join(outDir, 'schema.json'), JSON.stringify({ defs, kinds }));
writeFileSync(join(outDir, 'schema-docs.json'), JSON.stringify(docs));
if (process.env.GEN_SCHEMA_VERBOSE) {
  console.log(`${Object.keys(defs).length} definitions, ${Object.keys(kinds).length} kinds in ${Math.round(performance.now() - t0)} ms`);
}
