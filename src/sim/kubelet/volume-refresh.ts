import type { KubeletRuntime } from './runtime';
import { nodeContext } from './node-context';
import type { PodRt } from './state';
import { setupVolumes, type Storage } from './volumes';

/** Set the named volumes of the pod up again and swap their contents in, as the atomic writer does on a pod sync (the others stay as mounted). */
function remount(k: KubeletRuntime, storage: Storage, rt: PodRt, vols: string[]): void {
  const node = k.nodes.get(rt.node)!;
  const pod = { ...rt.pod, spec: { ...rt.pod.spec, volumes: (rt.pod.spec?.volumes ?? []).filter((v: { name: string }) => vols.includes(v.name)) } };
  const r = setupVolumes(nodeContext(k.ctx, rt.node).api, pod, storage, { cpu: node.config.cpu, memory: node.config.memory }, k.ctx.clock.now());
  if (!r.ok) return;
  for (const v of vols) {
    const cur = rt.volumes.get(v);
    const next = r.volumes.get(v);
    // the atomic writer swaps ..data to the new directory and removes the old one; subPath mounts hold their own file
    if (cur && next) cur.tree.root.children = next.tree.root.children;
  }
}

/** ConfigMap and Secret volumes follow changes after the kubelet's next sync (a few seconds to a minute). */
export function refreshVolumesLater(k: KubeletRuntime, storage: Storage, resource: string, ns: string, name: string): void {
  const isCm = resource === 'configmaps';
  const uses = (v: any) =>
    (isCm ? v.configMap?.name === name : v.secret?.secretName === name) ||
    (v.projected?.sources ?? []).some((s: any) => (isCm ? s.configMap?.name : s.secret?.name) === name);
  for (const rt of k.pods.values()) {
    if (rt.ns !== ns || !rt.volumesReady || rt.terminating) continue;
    const vols: string[] = (rt.pod.spec?.volumes ?? []).filter(uses).map((v: { name: string }) => v.name);
    if (!vols.length) continue;
    k.after(rt, 5_000 + k.rng.int(55_000), () => remount(k, storage, rt, vols));
  }
}

/** The token manager asks for a new token after this much of the old one's life (token_manager.go maxTTL). */
const MAX_TOKEN_AGE_S = 24 * 3600;

/** Seconds after issue at which the token manager renews a token of this lifetime: within 20% of its expiry, or once a day (requiresRefresh, jitter left out). */
export function tokenRefreshSeconds(expirationSeconds: number): number {
  return Math.min(expirationSeconds - Math.floor((expirationSeconds * 20) / 100), MAX_TOKEN_AGE_S);
}

/** Projected ServiceAccount tokens are renewed before they expire: each renewal writes a new token into the volume. */
export function scheduleTokenRefresh(k: KubeletRuntime, storage: Storage, rt: PodRt): void {
  const tokenVolumes: { name: string; projected: { sources?: { serviceAccountToken?: { expirationSeconds?: number } }[] } }[] = (rt.pod.spec?.volumes ?? []).filter((v: any) => (v.projected?.sources ?? []).some((s: any) => s.serviceAccountToken));
  if (!tokenVolumes.length) return;
  const lifetimes = tokenVolumes.flatMap((v) => (v.projected.sources ?? []).flatMap((s) => (s.serviceAccountToken ? [s.serviceAccountToken.expirationSeconds ?? 3600] : [])));
  k.after(rt, Math.min(...lifetimes.map(tokenRefreshSeconds)) * 1000, () => {
    if (rt.terminating) return;
    remount(k, storage, rt, tokenVolumes.map((v) => v.name));
    scheduleTokenRefresh(k, storage, rt);
  });
}
