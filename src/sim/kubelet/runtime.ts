import type { SimContext } from '../context';
import type { Rng } from '../random';
import type { NodeAgent } from './agent';
import type { ContainerRt, PodRt } from './state';

/** What the kubelet's own parts (processes, probes, the root filesystem) use of it, beside what other layers see. */
export interface KubeletRuntime extends NodeAgent {
  readonly ctx: SimContext;
  readonly rng: Rng;
  /** A timer that belongs to the pod (cancelled with its other timers). */
  after(rt: PodRt, ms: number, fn: () => void): number;
  /** `spec.containers{name}`: the involved object's field path in the container's events. */
  fieldPath(c: ContainerRt): string;
  event(rt: PodRt, type: 'Normal' | 'Warning', reason: string, message: string, fieldPath?: string): void;
  /** Mark the pod's status for the next status write. */
  writeStatus(rt: PodRt): void;
}
