/** What the prompt can look at on a node that kubectl cannot show: a container's layered root file system. */
import type { Cluster } from '../cluster';
import { findContainer } from './faults';
import { rootfsLayers, type RootfsLayers } from './layers';

export function containerLayers(cluster: Cluster, ns: string, pod: string, container?: string): RootfsLayers | string {
  const found = findContainer(cluster, ns, pod, container);
  if (typeof found === 'string') return found;
  const { rt, c } = found;
  if (!c.containerID) return `container "${c.name}" in pod "${pod}" has not been created yet`;
  return rootfsLayers(rt, c, cluster.services.kubelet!.fsOf(rt, c));
}
