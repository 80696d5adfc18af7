import type { KubeletRuntime } from './runtime';
import { nodeContext } from './node-context';
import { setupVolumes, type Storage } from './volumes';

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
    k.after(rt, 5_000 + k.rng.int(55_000), () => {
      const node = k.nodes.get(rt.node)!;
      const r = setupVolumes(nodeContext(k.ctx, rt.node).api, rt.pod, storage, { cpu: node.config.cpu, memory: node.config.memory }, k.ctx.clock.now());
      if (!r.ok) return;
      for (const v of vols) {
        const cur = rt.volumes.get(v);
        const next = r.volumes.get(v);
        // the atomic writer swaps ..data to the new directory and removes the old one; subPath mounts hold their own file
        if (cur && next) cur.tree.root.children = next.tree.root.children;
      }
    });
  }
}
