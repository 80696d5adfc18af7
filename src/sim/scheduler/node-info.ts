import { bytes, milliCpu } from '../quantity';
import type { KObject } from '../types';
import { nodeImages, type NodeImages } from './image-locality';

/** A pod's resource requests as the scheduler sums them (init containers: the max; requests default to limits). */
export interface PodRequest {
  cpu: number;
  memory: number;
  /** With the scoring defaults (100m CPU, 200Mi memory) for containers that request nothing. */
  nzCpu: number;
  nzMemory: number;
  ports: string[];
}

const DEFAULT_CPU = 100;
const DEFAULT_MEM = 200 * 1024 * 1024;

function containerReq(c: any): { cpu: number; memory: number } {
  const r = c.resources?.requests ?? {};
  const l = c.resources?.limits ?? {};
  return { cpu: milliCpu(r.cpu ?? l.cpu), memory: bytes(r.memory ?? l.memory) };
}

export function podRequest(pod: KObject): PodRequest {
  let cpu = 0;
  let memory = 0;
  let nzCpu = 0;
  let nzMemory = 0;
  const ports: string[] = [];
  for (const c of pod.spec?.containers ?? []) {
    const r = containerReq(c);
    cpu += r.cpu;
    memory += r.memory;
    nzCpu += r.cpu || DEFAULT_CPU;
    nzMemory += r.memory || DEFAULT_MEM;
    for (const p of c.ports ?? []) if (p.hostPort) ports.push(`${p.protocol ?? 'TCP'}/${p.hostIP ?? '0.0.0.0'}/${p.hostPort}`);
  }
  for (const c of pod.spec?.initContainers ?? []) {
    const r = containerReq(c);
    cpu = Math.max(cpu, r.cpu);
    memory = Math.max(memory, r.memory);
  }
  return { cpu, memory, nzCpu, nzMemory, ports };
}

/** What the scheduler knows per node: the object, allocatable, and what assigned pods use. */
export interface NodeInfo {
  node: KObject;
  allocCpu: number;
  allocMemory: number;
  allocPods: number;
  cpu: number;
  memory: number;
  nzCpu: number;
  nzMemory: number;
  pods: number;
  ports: Map<string, number>;
  /** The images the node reports, by name (ImageLocality). */
  images: NodeImages;
}

export function newNodeInfo(node: KObject): NodeInfo {
  const a = node.status?.allocatable ?? {};
  return {
    node,
    allocCpu: milliCpu(a.cpu ?? '0'),
    allocMemory: bytes(a.memory ?? '0'),
    allocPods: Number(a.pods ?? 110),
    cpu: 0,
    memory: 0,
    nzCpu: 0,
    nzMemory: 0,
    pods: 0,
    ports: new Map(),
    images: nodeImages(node),
  };
}

/** Add (sign 1) or remove (sign -1) a pod's usage. */
export function account(info: NodeInfo, req: PodRequest, sign: 1 | -1): void {
  info.cpu += sign * req.cpu;
  info.memory += sign * req.memory;
  info.nzCpu += sign * req.nzCpu;
  info.nzMemory += sign * req.nzMemory;
  info.pods += sign;
  for (const p of req.ports) {
    const n = (info.ports.get(p) ?? 0) + sign;
    if (n > 0) info.ports.set(p, n);
    else info.ports.delete(p);
  }
}
