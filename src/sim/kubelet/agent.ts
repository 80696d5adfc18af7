import type { ContainerFs } from './fs';
import type { NodeState } from './node-state';
import type { PodTable } from './pod-table';
import type { ContainerRt, PodRt } from './state';

/**
 * What the rest of the cluster may ask of the node agents (the kubelets): their pods and files for
 * exec, logs and serving, and the faults a lesson injects. The Kubelet implements it; callers find
 * it in the cluster's services, so that nothing outside the kubelet depends on its class.
 */
export interface NodeAgent {
  readonly nodes: ReadonlyMap<string, NodeState>;
  readonly pods: PodTable;
  /** Nodes whose machine is down: their kubelet neither acts nor reports. */
  readonly downNodes: ReadonlySet<string>;
  find(ns: string, name: string): PodRt | undefined;
  podsAt(ip: string): PodRt[];
  /** The files of the container listening on ip:port (TCP tools like redis-cli and mysql). */
  listenerFs(ip: string, port: number): ContainerFs | undefined;
  fsOf(rt: PodRt, c: ContainerRt): ContainerFs;
  containerExited(rt: PodRt, c: ContainerRt, code: number, reason?: string, message?: string): void;
  /** Power a node off or on. */
  setNodeDown(name: string, down: boolean): void;
  evict(rt: PodRt, message: string): void;
}
