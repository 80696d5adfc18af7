/**
 * Timers set outside any component (at install, or by a prompt command such as `node stop`) act
 * for the component their label names: the first word of the label.
 */
const TIMER_ACTORS: Record<string, string> = {
  'node-heartbeat': 'kubelet',
  'node-lifecycle': 'node-lifecycle-controller',
  'event-ttl': 'kube-apiserver',
  'pod-gc': 'pod-garbage-collector',
  'taint-eviction': 'taint-eviction-controller',
  lb: 'service-lb-controller',
  'kube-apiserver': 'kube-apiserver',
  'kube-controller-manager': 'kube-controller-manager',
  'kube-scheduler': 'scheduler',
  ingress: 'ingress-nginx-controller',
};

export function timerActor(label: string): string {
  return TIMER_ACTORS[label.split(' ')[0]] ?? '';
}

/** The process each actor belongs to, for the replay's picture of the control plane. */
export type Process = 'kubectl' | 'kube-apiserver' | 'etcd' | 'kube-controller-manager' | 'kube-scheduler' | 'kubelet' | 'kube-proxy' | 'add-on';

const PROCESS_OF: Record<string, Process> = {
  kubectl: 'kubectl',
  'kube-apiserver': 'kube-apiserver',
  apiserver: 'kube-apiserver',
  'kube-controller-manager': 'kube-controller-manager',
  scheduler: 'kube-scheduler',
  'default-scheduler': 'kube-scheduler',
  kubelet: 'kubelet',
  'kube-proxy': 'kube-proxy',
  'endpoints-controller': 'kube-controller-manager',
  'endpointslice-controller': 'kube-controller-manager',
  // these run as pods or in a cloud controller, not in kube-controller-manager
  'ingress-nginx-controller': 'add-on',
  'nginx-ingress-controller': 'add-on',
  'service-lb-controller': 'add-on',
  'network-bootstrap': 'add-on',
};

/** The other controllers and collectors live in kube-controller-manager. */
export function processOf(actor: string): Process {
  return PROCESS_OF[actor] ?? 'kube-controller-manager';
}
