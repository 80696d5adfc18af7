import type { WatchEvent } from './types';

/**
 * A control-plane or node component (controller, scheduler, kubelet, proxy).
 * `observe` is called for every watch event of the resources it `watches` (all, when it names none),
 * in order; it should only note what changed.
 * `sync` then does the work noted so far and returns true if it did anything. The cluster syncs a component
 * once per settle, then again only after it observed an event or its last sync worked: a sync with nothing
 * new to do must do nothing.
 * Cost must grow with the change, not with the cluster.
 */
export interface Component {
  readonly name: string;
  /** The resource keys (`pods`, `deployments.apps`) whose events `observe` is given; absent: every resource. */
  readonly watches?: readonly string[];
  observe(ev: WatchEvent): void;
  sync(): boolean;
}
