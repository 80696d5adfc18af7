import { own, setOwn } from '../own';
import { decodeBase64Bytes } from '../base64';
import type { ApiServer } from '../apiserver/apiserver';
import { checkAccess, resourceRequest } from '../apiserver/auth/as-user';
import { nodeUser } from '../apiserver/auth/components';
import { admitNodeWrite } from '../apiserver/auth/node-restriction';
import { issueToken } from '../apiserver/auth/token';
import { ApiError, type KObject } from '../types';
import { decodeSecret, fieldValue, resourceValue } from './env';
import { bytes } from '../quantity';
import { memoryVolumeBytes, type Disk } from './disk';
import { Tree } from './fs';
import { kubeletGet } from './node-reads';
import { setVolumeOwnership } from './volume-ownership';

/** A mounted volume's content and how `mount`/`df` show it. */
export interface VolumeRt {
  tree: Tree;
  source: string;
  fstype: string;
  readOnly?: boolean;
  disk: Disk;
}

/** Where shared storage lives: per-node hostPath trees and network or PV trees outside any node. */
export interface Storage {
  hostPath(node: string, path: string, create: boolean): Tree | undefined;
  pv(key: string): Tree;
  /** Empty a volume's tree (the recycler's `rm -rf /scrub/*`). */
  wipe(key: string): void;
}

/** The kubelets' storage: hostPath trees on each node (made on first use), PV and NFS trees outside any node. */
export function newStorage(nodes: ReadonlyMap<string, { hostPaths: Map<string, Tree> }>, now: () => number): Storage {
  const pvTrees = new Map<string, Tree>();
  return {
    hostPath: (node, path, create) => {
      const n = nodes.get(node);
      if (!n) return undefined;
      let t = n.hostPaths.get(path);
      if (!t && create) {
        t = new Tree(now());
        n.hostPaths.set(path, t);
      }
      return t;
    },
    pv: (name) => {
      let t = pvTrees.get(name);
      if (!t) {
        t = new Tree(now(), 0o755);
        pvTrees.set(name, t);
      }
      return t;
    },
    wipe: (key) => {
      pvTrees.get(key)?.root.children!.clear();
    },
  };
}

/** Where a PV's data lives: an NFS export is shared by every volume naming it, other PVs by name. */
export function volumeDataKey(pv: KObject | undefined, name: string): string {
  const nfs = pv?.spec?.nfs;
  return nfs ? `nfs:${nfs.server}:${nfs.path}` : name;
}

export type VolumeSetup = { ok: true; volumes: Map<string, VolumeRt> } | { ok: false; volume: string; error: string; waitOn?: string };

/** Timestamped data directory name, as the atomic writer names it. */
function dataDir(ms: number): string {
  const d = new Date(ms);
  const p = (n: number, w = 2) => String(n).padStart(w, '0');
  return `..${d.getUTCFullYear()}_${p(d.getUTCMonth() + 1)}_${p(d.getUTCDate())}_${p(d.getUTCHours())}_${p(d.getUTCMinutes())}_${p(d.getUTCSeconds())}.${p(ms % 1000, 3)}${'314159'}`;
}

/** A file of a volume; content computed on first read when it is a function. */
/** `size`: the byte count `ls -l` shows for binary content, whose bytes the text cannot keep. */
type VolumeFile = { path: string; content: string | (() => string); mode: number; size?: number };

/** Lay files out like the kubelet's atomic writer: `key -> ..data/key`, `..data -> ..<timestamp>`. */
function atomicTree(files: VolumeFile[], ms: number, fsGroup: number | undefined, rootMode: number): Tree {
  const tree = new Tree(ms, rootMode);
  const dir = dataDir(ms);
  // the data directory exists even for an empty payload (an optional object that is missing)
  tree.mkdirs([dir], ms);
  const top = new Set<string>();
  for (const f of files) {
    tree.put(`${dir}/${f.path}`, f.content, ms, f.mode);
    if (f.size !== undefined) tree.node(`${dir}/${f.path}`.split('/'))!.size = f.size;
    top.add(f.path.split('/')[0]);
  }
  tree.link('..data', dir, ms);
  for (const t of top) tree.link(t, `..data/${t}`, ms);
  // the atomic writer's volumes are read-only: roMask
  setVolumeOwnership(tree.root, fsGroup, true);
  return tree;
}

/** The wrapped emptyDir under each atomic-writer volume: a disk directory (mode 0777) for configMap, tmpfs (its root 1777) for the others. */
const ON_DISK = { source: '/dev/sda1', fstype: 'ext4', rootMode: 0o777 };
const IN_MEMORY = { source: 'tmpfs', fstype: 'tmpfs', rootMode: 0o1777 };

/** A read-only volume laid out by the atomic writer, its tree built on first use: most pods' volumes are never read. */
function atomicVolume(files: VolumeFile[], ms: number, fsGroup: number | undefined, medium: typeof ON_DISK, disk: Disk): VolumeRt {
  let tree: Tree | undefined;
  return {
    get tree() {
      return (tree ??= atomicTree(files, ms, fsGroup, medium.rootMode));
    },
    source: medium.source,
    fstype: medium.fstype,
    readOnly: true,
    disk,
  };
}

/** A ConfigMap's or Secret's files: `data` as text, base64 payloads decoded, binary ones with their byte count. */
type Payload = { data: Record<string, string>; sizes: Map<string, number> };

/** Decode base64 values; bytes that are not UTF-8 keep their count beside the lossy text. */
function decodeValues(values: Record<string, unknown> | undefined, into: Payload): void {
  for (const [k, x] of Object.entries(values ?? {})) {
    const text = decodeSecret(String(x));
    let bytes: Uint8Array | undefined;
    try {
      bytes = decodeBase64Bytes(String(x).replace(/\s+/g, ''));
    } catch {
      bytes = undefined;
    }
    setOwn(into.data, k, text);
    if (bytes && !isUtf8(bytes)) into.sizes.set(k, bytes.length);
  }
}

function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** What a configMap (data and binaryData) or secret (data) volume or projection writes. */
function objectPayload(obj: KObject | undefined, isCm: boolean): Payload {
  const out: Payload = { data: {}, sizes: new Map() };
  if (!obj) return out;
  if (isCm) for (const [k, v] of Object.entries(obj.data ?? {})) setOwn(out.data, k, String(v));
  decodeValues(isCm ? obj.binaryData : obj.data, out);
  return out;
}

function keyFiles(
  { data, sizes }: Payload,
  items: { key: string; path: string; mode?: number }[] | undefined,
  defaultMode: number,
): { files: VolumeFile[]; missing?: string } {
  const file = (key: string, path: string, mode: number): VolumeFile => ({ path, content: data[key], mode, ...(sizes.has(key) ? { size: sizes.get(key) } : {}) });
  if (!items) return { files: Object.keys(data).sort().map((k) => file(k, k, defaultMode)) };
  const files = [];
  for (const it of items) {
    if (own<string>(data, it.key) === undefined) return { files: [], missing: it.key };
    files.push(file(it.key, it.path, it.mode ?? defaultMode));
  }
  return { files };
}

/** The volume plugins' words for a key of `items` that the object lacks. */
function missingKey(isCm: boolean, key: string): string {
  return isCm ? `configmap references non-existent config key: ${key}` : `references non-existent secret key: ${key}`;
}

/**
 * The pod's bound ServiceAccount token, as the kubelet requests it: a create of
 * serviceaccounts/<name>/token as its node (the Node authorizer's pod → service account edge); the
 * API server, not the kubelet, reads the ServiceAccount. A refusal is the API server's message.
 */
function podToken(api: ApiServer, pod: KObject, expirationSeconds: number, nowMs: number): (() => string) | { refused: string } {
  const ns = pod.metadata.namespace!;
  const name = pod.spec?.serviceAccountName ?? 'default';
  if (pod.spec?.nodeName) {
    try {
      const user = nodeUser(pod.spec.nodeName);
      const rt = api.kindFor('v1', 'ServiceAccount');
      checkAccess(api, user, resourceRequest(rt, 'create', ns, name, 'token'));
      const request = { apiVersion: 'authentication.k8s.io/v1', kind: 'TokenRequest', metadata: { name, namespace: ns }, spec: { boundObjectRef: { apiVersion: 'v1', kind: 'Pod', name: pod.metadata.name, uid: pod.metadata.uid } } };
      admitNodeWrite(api, user, { op: 'CREATE', rt, obj: request, namespace: ns, subresource: 'token' });
    } catch (e) {
      if (e instanceof ApiError && e.code === 403) return { refused: e.message };
      throw e;
    }
  }
  const sa = api.store.get('serviceaccounts', ns, name) ?? { apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name } };
  const node = pod.spec?.nodeName ? api.store.get('nodes', undefined, pod.spec.nodeName) : undefined;
  const jti = api.newTokenId();
  return () => issueToken({ namespace: ns, serviceAccount: sa, expirationSeconds, nowMs, pod, node, jti });
}

const FAKE_CA = '-----BEGIN CERTIFICATE-----\nMIIDBTCCAe2gAwIBAgIIsimulatedcakubernetesplaygroundAAAAAAAAAAAAA\n-----END CERTIFICATE-----\n';

/** The cluster CA as a pod of the namespace sees it: the published `kube-root-ca.crt`, or the kubelet's stand-in where no controller publishes it. */
export function clusterCaPem(api: ApiServer, ns: string): string {
  const cm = api.tryGet('configmaps', ns, 'kube-root-ca.crt');
  return cm ? String(cm.data?.['ca.crt'] ?? '') : FAKE_CA;
}

type DownwardItem = { path: string; mode?: number; fieldRef?: { fieldPath: string }; resourceFieldRef?: { containerName?: string; resource: string; divisor?: string } };

/** One file of a downwardAPI volume or projection: a pod field, or a container's resource in units of the divisor. */
function downwardFile(pod: KObject, it: DownwardItem, defaultMode: number, allocatable: { cpu: string; memory: string }): VolumeFile {
  const ref = it.resourceFieldRef;
  const container = ref && ((pod.spec.containers ?? []).find((c: { name: string }) => c.name === ref.containerName) ?? pod.spec.containers?.[0]);
  return { path: it.path, mode: it.mode ?? defaultMode, content: it.fieldRef ? fieldValue(pod, it.fieldRef.fieldPath) : ref ? resourceValue(container, ref, allocatable) : '' };
}

/** Whether another running pod on this pod's node has the volume mounted (the local plugin's mount references). */
function mountedElsewhere(api: ApiServer, pod: KObject, pvName: string): boolean {
  return api.store.list('pods').some(
    (p) =>
      p.metadata.uid !== pod.metadata.uid &&
      p.spec?.nodeName === pod.spec?.nodeName &&
      p.status?.phase === 'Running' &&
      (p.spec?.volumes ?? []).some((v: { persistentVolumeClaim?: { claimName?: string } }) => {
        const c = v.persistentVolumeClaim?.claimName;
        return !!c && api.tryGet('persistentvolumeclaims', p.metadata.namespace, c)?.spec?.volumeName === pvName;
      }),
  );
}

/** The size of the simulated NFS server's export when no PV states a capacity. */
const NFS_EXPORT_BYTES = 20466256 * 1024;

/** A PV's filesystem: a hostPath or local PV is a directory on the node's disk, any other has its own of the PV's capacity. */
function pvDisk(pv: KObject | undefined, name: string): Disk {
  const dir = pv?.spec?.hostPath?.path ?? pv?.spec?.local?.path;
  if (dir) return { kind: 'node', root: dir };
  const capacity = bytes(pv?.spec?.capacity?.storage);
  return { kind: 'volume', id: volumeDataKey(pv, name), bytes: capacity > 0 ? capacity : NFS_EXPORT_BYTES };
}

/** Set up every volume of a pod, or say which one fails and what it waits for. */
export function setupVolumes(
  api: ApiServer,
  pod: KObject,
  storage: Storage,
  allocatable: { cpu: string; memory: string },
  ms: number,
): VolumeSetup {
  const ns = pod.metadata.namespace ?? 'default';
  const out = new Map<string, VolumeRt>();
  const fsGroup: number | undefined = pod.spec?.securityContext?.fsGroup;
  const memory = (volume: string, sizeLimit?: string): Disk => ({ kind: 'tmpfs', id: `${pod.metadata.uid}/${volume}`, bytes: memoryVolumeBytes(bytes(allocatable.memory), pod, sizeLimit) });
  // where the kubelet keeps a pod's volume on the node's disk
  const onNode = (plugin: string, volume: string): Disk => ({ kind: 'node', root: `/var/lib/kubelet/pods/${pod.metadata.uid}/volumes/kubernetes.io~${plugin}/${volume}` });
  const fail = (volume: string, error: string, waitOn?: string): VolumeSetup => ({ ok: false, volume, error: `MountVolume.SetUp failed for volume "${volume}" : ${error}`, waitOn });
  for (const v of pod.spec?.volumes ?? []) {
    const name: string = v.name;
    if (v.emptyDir) {
      const mem = v.emptyDir.medium === 'Memory';
      // a tmpfs root is sticky (1777), a disk directory is made 0777; with fsGroup new files join the group (set-group-ID)
      const tree = new Tree(ms, mem ? 0o1777 : 0o777);
      setVolumeOwnership(tree.root, fsGroup, false);
      out.set(name, { tree, source: mem ? 'tmpfs' : '/dev/sda1', fstype: mem ? 'tmpfs' : 'ext4', disk: mem ? memory(name, v.emptyDir.sizeLimit) : onNode('empty-dir', name) });
    } else if (v.configMap || v.secret) {
      const isCm = !!v.configMap;
      const src = v.configMap ?? v.secret;
      const objName = isCm ? src.name : src.secretName;
      const { obj, refused } = kubeletGet(api, isCm ? 'configmaps' : 'secrets', ns, objName);
      if (refused) return fail(name, refused);
      const kind = isCm ? 'configmap' : 'secret';
      if (!obj && !src.optional) return fail(name, `${kind} "${objName}" not found`, `${isCm ? 'configmaps' : 'secrets'}/${ns}/${objName}`);
      const { files, missing } = keyFiles(objectPayload(obj, isCm), src.items, src.defaultMode ?? 0o644);
      if (missing !== undefined && !src.optional) return fail(name, missingKey(isCm, missing), `${isCm ? 'configmaps' : 'secrets'}/${ns}/${objName}`);
      out.set(name, atomicVolume(files, ms, fsGroup, isCm ? ON_DISK : IN_MEMORY, isCm ? onNode('configmap', name) : memory(name)));
    } else if (v.downwardAPI) {
      const files = (v.downwardAPI.items ?? []).map((it: DownwardItem) => downwardFile(pod, it, v.downwardAPI.defaultMode ?? 0o644, allocatable));
      out.set(name, atomicVolume(files, ms, fsGroup, IN_MEMORY, memory(name)));
    } else if (v.projected) {
      const files: VolumeFile[] = [];
      const mode = v.projected.defaultMode ?? 0o644;
      for (const s of v.projected.sources ?? []) {
        // signing is costly and most pods never read their token: sign on first read
        if (s.serviceAccountToken) {
          const token = podToken(api, pod, s.serviceAccountToken.expirationSeconds ?? 3600, ms);
          if ('refused' in token) return fail(name, token.refused);
          files.push({ path: s.serviceAccountToken.path ?? 'token', content: token, mode });
        } else if (s.configMap || s.secret) {
          const isCm = !!s.configMap;
          const src = s.configMap ?? s.secret;
          const { obj, refused } = kubeletGet(api, isCm ? 'configmaps' : 'secrets', ns, src.name);
          if (refused) return fail(name, refused);
          let payload = objectPayload(obj, isCm);
          // kube-root-ca.crt is published by a controller; stand in for it if that controller is not there
          if (!obj && isCm && src.name === 'kube-root-ca.crt') payload = { data: { 'ca.crt': FAKE_CA }, sizes: new Map() };
          else if (!obj && !src.optional) return fail(name, `${isCm ? 'configmap' : 'secret'} "${src.name}" not found`, `${isCm ? 'configmaps' : 'secrets'}/${ns}/${src.name}`);
          const r = keyFiles(payload, src.items, mode);
          if (r.missing !== undefined && !src.optional) return fail(name, missingKey(isCm, r.missing));
          files.push(...r.files);
        } else if (s.downwardAPI) {
          for (const it of s.downwardAPI.items ?? []) files.push(downwardFile(pod, it, mode, allocatable));
        }
      }
      out.set(name, atomicVolume(files, ms, fsGroup, IN_MEMORY, memory(name)));
    } else if (v.hostPath) {
      const type = v.hostPath.type ?? '';
      const create = type === 'DirectoryOrCreate' || type === 'FileOrCreate' || type === '';
      const tree = storage.hostPath(pod.spec.nodeName, v.hostPath.path, create);
      if (!tree) return fail(name, `hostPath type check failed: ${v.hostPath.path} is not a directory`);
      out.set(name, { tree, source: '/dev/sda1', fstype: 'ext4', disk: { kind: 'node', root: v.hostPath.path } });
    } else if (v.persistentVolumeClaim) {
      const claim = v.persistentVolumeClaim.claimName;
      const { obj: pvc, refused } = kubeletGet(api, 'persistentvolumeclaims', ns, claim);
      if (refused) return fail(name, refused);
      if (!pvc) return fail(name, `persistentvolumeclaim "${claim}" not found`, `persistentvolumeclaims/${ns}/${claim}`);
      const pvName = pvc.spec?.volumeName;
      if (!pvName || pvc.status?.phase !== 'Bound') {
        return { ok: false, volume: name, error: `unbound immediate PersistentVolumeClaims`, waitOn: `persistentvolumeclaims/${ns}/${claim}` };
      }
      const got = kubeletGet(api, 'persistentvolumes', undefined, pvName);
      if (got.refused) return fail(name, got.refused);
      const pv = got.obj;
      const tree = pv?.spec?.hostPath ? storage.hostPath(pod.spec.nodeName, pv.spec.hostPath.path, true)! : storage.pv(volumeDataKey(pv, pvName));
      // of the PV plugins only local manages ownership, and only on the node's first mount of the volume
      if (fsGroup !== undefined && pv?.spec?.local && !v.persistentVolumeClaim.readOnly && !mountedElsewhere(api, pod, pvName)) {
        setVolumeOwnership(tree.root, fsGroup, false, pod.spec?.securityContext?.fsGroupChangePolicy);
      }
      const disk = pvDisk(pv, pvName);
      // a PV with a filesystem of its own is a disk attached to the node
      const device = disk.kind === 'node' ? '/dev/sda1' : '/dev/sdb';
      out.set(name, { tree, source: pv?.spec?.nfs ? `${pv.spec.nfs.server}:${pv.spec.nfs.path}` : device, fstype: pv?.spec?.nfs ? 'nfs4' : 'ext4', readOnly: !!v.persistentVolumeClaim.readOnly, disk });
    } else if (v.nfs) {
      const key = `nfs:${v.nfs.server}:${v.nfs.path}`;
      out.set(name, { tree: storage.pv(key), source: `${v.nfs.server}:${v.nfs.path}`, fstype: 'nfs4', readOnly: !!v.nfs.readOnly, disk: { kind: 'volume', id: key, bytes: NFS_EXPORT_BYTES } });
    } else {
      out.set(name, { tree: new Tree(ms, 0o755), source: '/dev/sda1', fstype: 'ext4', disk: onNode(Object.keys(v).find((k) => k !== 'name') ?? 'unknown', name) });
    }
  }
  return { ok: true, volumes: out };
}
