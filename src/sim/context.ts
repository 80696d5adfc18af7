import type { ActivityLog } from './activity/log';
import type { ApiServer } from './apiserver/apiserver';
import type { UserInfo } from './apiserver/auth/user';
import type { EtcdHealthProbe } from './apiserver/etcd-checks';
import type { VirtualClock } from './clock';
import type { Component } from './component';
import type { ClusterConfig } from './config';
import type { EtcdClientView } from './etcd/etcdctl/etcdctl';
import type { EventRecorder } from './events';
import type { NodeAgent } from './kubelet/agent';
import type { Storage } from './kubelet/volumes';
import type { Hop } from './network/hop';
import type { NetworkState } from './network/state';
import type { Rng } from './random';
import type { LeaderGate } from './controllers/leader-election';
import type { InformerScope } from './informer-access';

/**
 * What one layer of the cluster offers the others, each slot set by the install function of its
 * layer: the network's state (kube-proxy, CoreDNS), the node agents, the volumes' storage. The
 * types here are interfaces, so no layer depends on another's classes.
 */
export interface ClusterServices {
  network?: NetworkState;
  kubelet?: NodeAgent;
  /** Where volumes keep their files (the PV recycler wipes them). */
  storage?: Storage;
  /** The way of the last request sent through the network (curl, wget), for the canvas. */
  lastTrace?: Hop[];
  /** Let virtual time pass with every timer run, as `sleep` inside a container does. */
  advance(ms: number): void;
  /** The API server's etcd health checks (its /healthz, /livez and /readyz probe etcd through them). */
  etcdHealth: EtcdHealthProbe;
  /** The etcd members as a client reaches them (etcdctl in a container of the etcd image). */
  etcd: EtcdClientView;
  /** Whether an identity's informers may list and watch resources (kube-proxy's and CoreDNS's caches ask it). */
  informers: InformerGate;
  /** Leader election of kube-controller-manager and kube-scheduler: their work waits while they do not lead. */
  leaders?: LeaderGate;
}

/** The authorizer's answer to an informer's list and watch: the Forbidden text of the first refused resource, none when all are allowed. */
interface InformerGate {
  refusal(reader: UserInfo, resources: readonly string[]): string | undefined;
  /** The same for informers narrowed to one name or by a field selector (a kubelet's pods and Node). */
  scopedRefusal(reader: UserInfo, scopes: readonly InformerScope[]): string | undefined;
}

/** What every component gets: the API, time, randomness, events, the configuration and the other layers' services. */
export interface SimContext {
  api: ApiServer;
  clock: VirtualClock;
  rng: Rng;
  events: EventRecorder;
  config: ClusterConfig;
  /** The control plane's log for the replay view (components add what the store cannot see, such as scheduling decisions). */
  activity: ActivityLog;
  services: ClusterServices;
}

/** What an install function gets while the cluster is put together: the context and a way to add components. */
export interface ClusterAssembly extends SimContext {
  readonly ctx: SimContext;
  /** `reader`: the identity the component's informers list and watch as (none: they are not authorized). */
  addComponent(c: Component, reader?: UserInfo): void;
}
