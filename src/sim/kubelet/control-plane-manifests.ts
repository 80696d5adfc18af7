/**
 * What kubeadm v1.34 (cmd/kubeadm/app/phases/controlplane) writes into the static pods of
 * kube-apiserver, kube-controller-manager and kube-scheduler besides the common pod: the command
 * (ArgumentsToCommand sorts the arguments by name), the hostPath volumes of volumes.go (sorted by
 * name, on an Ubuntu host where /etc/ca-certificates, /usr/share/ca-certificates and
 * /usr/local/share/ca-certificates exist), the probes of util/staticpod and the CPU requests.
 */
import { CONTROL_PLANE_PKI_DIR } from '../etcd/pki';

/** A hostPath volume with its mount at the same path. */
interface HostMount {
  name: string;
  path: string;
  type: 'DirectoryOrCreate' | 'FileOrCreate';
  readOnly: boolean;
}

const dir = (name: string, path: string, readOnly = true): HostMount => ({ name, path, type: 'DirectoryOrCreate', readOnly });
const file = (name: string, path: string): HostMount => ({ name, path, type: 'FileOrCreate', readOnly: true });

/** /etc/ssl/certs and the directories its symlinks point into (isExtraVolumeMountNeeded on Ubuntu). */
const CA_CERTS = [
  dir('ca-certs', '/etc/ssl/certs'),
  dir('etc-ca-certificates', '/etc/ca-certificates'),
  dir('usr-local-share-ca-certificates', '/usr/local/share/ca-certificates'),
  dir('usr-share-ca-certificates', '/usr/share/ca-certificates'),
];
const K8S_CERTS = dir('k8s-certs', CONTROL_PLANE_PKI_DIR);
const KCM_CONF = '/etc/kubernetes/controller-manager.conf';
const SCHEDULER_CONF = '/etc/kubernetes/scheduler.conf';

const MOUNTS: Record<string, HostMount[]> = {
  'kube-apiserver': [...CA_CERTS, K8S_CERTS],
  // the flexvolume directory stays writable: third-party plugins talk through sockets in it
  'kube-controller-manager': [...CA_CERTS, K8S_CERTS, file('kubeconfig', KCM_CONF), dir('flexvolume-dir', '/usr/libexec/kubernetes/kubelet-plugins/volume/exec', false)],
  'kube-scheduler': [file('kubeconfig', SCHEDULER_CONF)],
};

const byName = <T extends { name: string }>(a: T, b: T) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

/** The pod's volumes and the container's volumeMounts for a component, each sorted by name. */
export function controlPlaneVolumes(component: string): { volumes: object[]; volumeMounts: object[] } {
  const mounts = [...(MOUNTS[component] ?? [])].sort(byName);
  return {
    volumes: mounts.map((m) => ({ hostPath: { path: m.path, type: m.type }, name: m.name })),
    volumeMounts: mounts.map((m) => ({ mountPath: m.path, name: m.name, ...(m.readOnly ? { readOnly: true } : {}) })),
  };
}

type HttpGet = { host: string; path: string; port: number; scheme: 'HTTP' | 'HTTPS' };

/** util/staticpod LivenessProbe, ReadinessProbe and StartupProbe (the startup probe covers the 4m control-plane health check: 24 × 10 s). */
export const livenessProbe = (httpGet: HttpGet) => ({ failureThreshold: 8, httpGet, initialDelaySeconds: 10, periodSeconds: 10, successThreshold: 1, timeoutSeconds: 15 });
export const readinessProbe = (httpGet: HttpGet) => ({ failureThreshold: 3, httpGet, periodSeconds: 1, successThreshold: 1, timeoutSeconds: 15 });
export const startupProbe = (httpGet: HttpGet) => ({ failureThreshold: 24, httpGet, initialDelaySeconds: 10, periodSeconds: 10, successThreshold: 1, timeoutSeconds: 15 });

/** The probes of a component: the API server on its advertise address, the others on 127.0.0.1 (kcm has no readiness probe; the scheduler uses /livez and /readyz since v1.32). */
export function controlPlaneProbes(component: string, advertiseAddress: string): Record<string, object> {
  const get = (host: string, port: number, path: string): HttpGet => ({ host, path, port, scheme: 'HTTPS' });
  switch (component) {
    case 'kube-apiserver':
      return { livenessProbe: livenessProbe(get(advertiseAddress, 6443, '/livez')), readinessProbe: readinessProbe(get(advertiseAddress, 6443, '/readyz')), startupProbe: startupProbe(get(advertiseAddress, 6443, '/livez')) };
    case 'kube-controller-manager':
      return { livenessProbe: livenessProbe(get('127.0.0.1', 10257, '/healthz')), startupProbe: startupProbe(get('127.0.0.1', 10257, '/healthz')) };
    case 'kube-scheduler':
      return { livenessProbe: livenessProbe(get('127.0.0.1', 10259, '/livez')), readinessProbe: readinessProbe(get('127.0.0.1', 10259, '/readyz')), startupProbe: startupProbe(get('127.0.0.1', 10259, '/livez')) };
    default:
      return {};
  }
}

const pki = (f: string) => `${CONTROL_PLANE_PKI_DIR}/${f}`;

/** getAPIServerCommand's arguments (the etcd servers as the stacked members give them). */
export function apiServerCommand(advertiseAddress: string, etcdServers: string, serviceCIDR: string): string[] {
  return [
    'kube-apiserver',
    `--advertise-address=${advertiseAddress}`,
    '--allow-privileged=true',
    '--authorization-mode=Node,RBAC',
    `--client-ca-file=${pki('ca.crt')}`,
    '--enable-admission-plugins=NodeRestriction',
    '--enable-bootstrap-token-auth=true',
    `--etcd-cafile=${pki('etcd/ca.crt')}`,
    `--etcd-certfile=${pki('apiserver-etcd-client.crt')}`,
    `--etcd-keyfile=${pki('apiserver-etcd-client.key')}`,
    `--etcd-servers=${etcdServers}`,
    `--kubelet-client-certificate=${pki('apiserver-kubelet-client.crt')}`,
    `--kubelet-client-key=${pki('apiserver-kubelet-client.key')}`,
    '--kubelet-preferred-address-types=InternalIP,ExternalIP,Hostname',
    `--proxy-client-cert-file=${pki('front-proxy-client.crt')}`,
    `--proxy-client-key-file=${pki('front-proxy-client.key')}`,
    '--requestheader-allowed-names=front-proxy-client',
    `--requestheader-client-ca-file=${pki('front-proxy-ca.crt')}`,
    '--requestheader-extra-headers-prefix=X-Remote-Extra-',
    '--requestheader-group-headers=X-Remote-Group',
    '--requestheader-username-headers=X-Remote-User',
    '--secure-port=6443',
    '--service-account-issuer=https://kubernetes.default.svc.cluster.local',
    `--service-account-key-file=${pki('sa.pub')}`,
    `--service-account-signing-key-file=${pki('sa.key')}`,
    `--service-cluster-ip-range=${serviceCIDR}`,
    `--tls-cert-file=${pki('apiserver.crt')}`,
    `--tls-private-key-file=${pki('apiserver.key')}`,
  ];
}

/** getControllerManagerCommand's arguments with a pod network (--pod-network-cidr) and the default cluster name. */
export function controllerManagerCommand(podCIDR: string, serviceCIDR: string): string[] {
  return [
    'kube-controller-manager',
    '--allocate-node-cidrs=true',
    `--authentication-kubeconfig=${KCM_CONF}`,
    `--authorization-kubeconfig=${KCM_CONF}`,
    '--bind-address=127.0.0.1',
    `--client-ca-file=${pki('ca.crt')}`,
    `--cluster-cidr=${podCIDR}`,
    '--cluster-name=kubernetes',
    `--cluster-signing-cert-file=${pki('ca.crt')}`,
    `--cluster-signing-key-file=${pki('ca.key')}`,
    '--controllers=*,bootstrapsigner,tokencleaner',
    `--kubeconfig=${KCM_CONF}`,
    '--leader-elect=true',
    `--requestheader-client-ca-file=${pki('front-proxy-ca.crt')}`,
    `--root-ca-file=${pki('ca.crt')}`,
    `--service-account-private-key-file=${pki('sa.key')}`,
    `--service-cluster-ip-range=${serviceCIDR}`,
    '--use-service-account-credentials=true',
  ];
}

/** getSchedulerCommand's arguments. */
export function schedulerCommand(): string[] {
  return ['kube-scheduler', `--authentication-kubeconfig=${SCHEDULER_CONF}`, `--authorization-kubeconfig=${SCHEDULER_CONF}`, '--bind-address=127.0.0.1', `--kubeconfig=${SCHEDULER_CONF}`, '--leader-elect=true'];
}
