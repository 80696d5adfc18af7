/** One step a request took, for the canvas: client → Service → endpoint → pod, or → the NetworkPolicy that dropped it. */
export interface Hop {
  kind: 'Client' | 'Node' | 'Ingress' | 'Service' | 'Endpoints' | 'Pod' | 'DNS' | 'External' | 'NetworkPolicy';
  namespace?: string;
  name: string;
  detail?: string;
  /** Client hops only: the address and port the client connected to (`192.168.0.101:30080`, `kubia:80 (10.96.0.12)`). */
  to?: string;
  /** Endpoints hops only: the pods that served the Service's last `of` requests (see spread.ts). */
  spread?: { pod: string; count: number }[];
  of?: number;
  /** NetworkPolicy hops only: the policy dropped the connection here. */
  blocked?: boolean;
}
