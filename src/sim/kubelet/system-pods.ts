import { KUBERNETES_VERSION } from '../config';
import type { KObject } from '../types';
import { deepCopy } from '../clone';
import { sha256 } from '../sha256';
import { ETCD_VERSION } from '../etcd/etcdctl/etcdctl';
import { ETCD_PKI_DIR } from '../etcd/pki';
import { SNAPSHOT_COUNT } from '../etcd/data-dir';
import { apiServerCommand, controllerManagerCommand, controlPlaneProbes, controlPlaneVolumes, livenessProbe, readinessProbe, schedulerCommand, startupProbe } from './control-plane-manifests';

const V = KUBERNETES_VERSION;

/** Fields the API server would default, spelled out so mirror pods look like the real ones. */
const podDefaults = {
  dnsPolicy: 'ClusterFirst',
  enableServiceLinks: true,
  preemptionPolicy: 'PreemptLowerPriority',
  priority: 2000001000,
  priorityClassName: 'system-node-critical',
  restartPolicy: 'Always',
  schedulerName: 'default-scheduler',
  securityContext: { seccompProfile: { type: 'RuntimeDefault' } },
  terminationGracePeriodSeconds: 30,
  tolerations: [{ effect: 'NoExecute', operator: 'Exists' }],
  hostNetwork: true,
};

const containerDefaults = { imagePullPolicy: 'IfNotPresent', terminationMessagePath: '/dev/termination-log', terminationMessagePolicy: 'File' };

/**
 * The kubelet's config hash, which is also the static pod's UID: 32 hex digits, upstream the MD5 of
 * the decoded pod (a Go spew dump) with "host:<node>" and "file:<path>" written after it
 * (pkg/kubelet/config/common.go applyDefaults). The spew dump cannot be reproduced here, so the
 * digest is taken over the component, node and manifest path; same length and alphabet.
 */
function configHash(component: string, nodeName: string): string {
  const digest = sha256(new TextEncoder().encode(`${component}host:${nodeName}file:/etc/kubernetes/manifests/${component}.yaml`));
  return [...digest.subarray(0, 16)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** An etcd member's host, as its peers and clients address it. */
interface EtcdPeer {
  name: string;
  ip: string;
}

/** kubeadm's default etcd --data-dir, a hostPath on the control-plane node. */
export const ETCD_DATA_DIR = '/var/lib/etcd';

/**
 * What kubeadm's GetEtcdPodSpec adds to the common static pod: readiness and startup probes on
 * etcd's metrics listener (/readyz; the startup probe's failureThreshold covers the 4m control-plane
 * health check timeout) and the data and certificate directories as DirectoryOrCreate hostPaths.
 */
function etcdPod(pod: KObject): KObject {
  const c = pod.spec.containers[0];
  const readyz = { host: '127.0.0.1', path: '/readyz', port: 2381, scheme: 'HTTP' as const };
  c.readinessProbe = readinessProbe(readyz);
  c.startupProbe = startupProbe(readyz);
  c.volumeMounts = [
    { mountPath: ETCD_DATA_DIR, name: 'etcd-data' },
    { mountPath: ETCD_PKI_DIR, name: 'etcd-certs' },
  ];
  pod.spec.volumes = [
    { hostPath: { path: ETCD_PKI_DIR, type: 'DirectoryOrCreate' }, name: 'etcd-certs' },
    { hostPath: { path: ETCD_DATA_DIR, type: 'DirectoryOrCreate' }, name: 'etcd-data' },
  ];
  return pod;
}

/** The four static pods kubeadm puts on the control-plane node, as their mirror pods appear in the API; the etcd member and the API server name every member of the etcd cluster. */
export function staticPods(node: KObject, nodeIP: string, seen: string, etcdPeers: EtcdPeer[], serviceCIDR: string, podCIDR: string): KObject[] {
  const nodeName = node.metadata.name!;
  const mk = (component: string, image: string, command: string[], cpu: string, extraAnn: Record<string, string>, probes: Record<string, unknown>, memory?: string): KObject => {
    const h = configHash(component, nodeName);
    const { volumes, volumeMounts } = controlPlaneVolumes(component);
    return {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: {
        name: `${component}-${nodeName}`,
        namespace: 'kube-system',
        labels: { component, tier: 'control-plane' },
        annotations: { ...extraAnn, 'kubernetes.io/config.hash': h, 'kubernetes.io/config.mirror': h, 'kubernetes.io/config.seen': seen, 'kubernetes.io/config.source': 'file' },
        ownerReferences: [{ apiVersion: 'v1', kind: 'Node', name: nodeName, uid: node.metadata.uid!, controller: true }],
      },
      spec: {
        ...deepCopy(podDefaults),
        nodeName,
        containers: [
          {
            name: component,
            image,
            command,
            ...containerDefaults,
            resources: { requests: { cpu, ...(memory ? { memory } : {}) } },
            ...probes,
            ...(volumeMounts.length ? { volumeMounts } : {}),
          },
        ],
        ...(volumes.length ? { volumes } : {}),
      },
    };
  };
  return [
    etcdPod(
      mk(
        'etcd',
        `registry.k8s.io/etcd:${ETCD_VERSION}-0`,
        // kubeadm v1.34 getEtcdCommand for etcd >= 3.6.0, its arguments sorted by name
        [
          'etcd',
          `--advertise-client-urls=https://${nodeIP}:2379`,
          `--cert-file=${ETCD_PKI_DIR}/server.crt`,
          '--client-cert-auth=true',
          `--data-dir=${ETCD_DATA_DIR}`,
          '--feature-gates=InitialCorruptCheck=true',
          `--initial-advertise-peer-urls=https://${nodeIP}:2380`,
          `--initial-cluster=${etcdPeers.map((p) => `${p.name}=https://${p.ip}:2380`).join(',')}`,
          `--key-file=${ETCD_PKI_DIR}/server.key`,
          `--listen-client-urls=https://127.0.0.1:2379,https://${nodeIP}:2379`,
          '--listen-metrics-urls=http://127.0.0.1:2381',
          `--listen-peer-urls=https://${nodeIP}:2380`,
          `--name=${nodeName}`,
          `--peer-cert-file=${ETCD_PKI_DIR}/peer.crt`,
          '--peer-client-cert-auth=true',
          `--peer-key-file=${ETCD_PKI_DIR}/peer.key`,
          `--peer-trusted-ca-file=${ETCD_PKI_DIR}/ca.crt`,
          `--snapshot-count=${SNAPSHOT_COUNT}`,
          `--trusted-ca-file=${ETCD_PKI_DIR}/ca.crt`,
          '--watch-progress-notify-interval=5s',
        ],
        '100m',
        { 'kubeadm.kubernetes.io/etcd.advertise-client-urls': `https://${nodeIP}:2379` },
        { livenessProbe: livenessProbe({ host: '127.0.0.1', path: '/livez', port: 2381, scheme: 'HTTP' }) },
        '100Mi',
      ),
    ),
    mk(
      'kube-apiserver',
      `registry.k8s.io/kube-apiserver:${V}`,
      // the local member first, as kubeadm's stacked etcd; the others keep storage up while a quorum of them runs
      apiServerCommand(nodeIP, ['127.0.0.1', ...etcdPeers.filter((p) => p.ip !== nodeIP).map((p) => p.ip)].map((ip) => `https://${ip}:2379`).join(','), serviceCIDR),
      '250m',
      { 'kubeadm.kubernetes.io/kube-apiserver.advertise-address.endpoint': `${nodeIP}:6443` },
      controlPlaneProbes('kube-apiserver', nodeIP),
    ),
    mk('kube-controller-manager', `registry.k8s.io/kube-controller-manager:${V}`, controllerManagerCommand(podCIDR, serviceCIDR), '200m', {}, controlPlaneProbes('kube-controller-manager', nodeIP)),
    mk('kube-scheduler', `registry.k8s.io/kube-scheduler:${V}`, schedulerCommand(), '100m', {}, controlPlaneProbes('kube-scheduler', nodeIP)),
  ];
}

const COREFILE = `.:53 {
    errors
    health {
       lameduck 5s
    }
    ready
    kubernetes cluster.local in-addr.arpa ip6.arpa {
       pods insecure
       fallthrough in-addr.arpa ip6.arpa
       ttl 30
    }
    prometheus :9153
    forward . /etc/resolv.conf {
       max_concurrent 1000
    }
    cache 30 {
       disable success cluster.local
       disable denial cluster.local
    }
    loop
    reload
    loadbalance
}
`;

/** kubeadm's CoreDNS addon (minus the kube-dns Service, which the network layer creates). */
export function corednsObjects(): KObject[] {
  const labels = { 'k8s-app': 'kube-dns' };
  return [
    { apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: 'coredns', namespace: 'kube-system' } },
    { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'coredns', namespace: 'kube-system' }, data: { Corefile: COREFILE } },
    {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'coredns', namespace: 'kube-system', labels },
      spec: {
        replicas: 2,
        selector: { matchLabels: labels },
        strategy: { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: 1, maxSurge: '25%' } },
        template: {
          metadata: { labels },
          spec: {
            priorityClassName: 'system-cluster-critical',
            serviceAccountName: 'coredns',
            affinity: {
              podAntiAffinity: {
                preferredDuringSchedulingIgnoredDuringExecution: [
                  { weight: 100, podAffinityTerm: { labelSelector: { matchExpressions: [{ key: 'k8s-app', operator: 'In', values: ['kube-dns'] }] }, topologyKey: 'kubernetes.io/hostname' } },
                ],
              },
            },
            tolerations: [{ key: 'CriticalAddonsOnly', operator: 'Exists' }, { key: 'node-role.kubernetes.io/control-plane', effect: 'NoSchedule' }],
            nodeSelector: { 'kubernetes.io/os': 'linux' },
            containers: [
              {
                name: 'coredns',
                image: 'registry.k8s.io/coredns/coredns:v1.12.1',
                imagePullPolicy: 'IfNotPresent',
                resources: { limits: { memory: '170Mi' }, requests: { cpu: '100m', memory: '70Mi' } },
                args: ['-conf', '/etc/coredns/Corefile'],
                volumeMounts: [{ name: 'config-volume', mountPath: '/etc/coredns', readOnly: true }],
                ports: [
                  { containerPort: 53, name: 'dns', protocol: 'UDP' },
                  { containerPort: 53, name: 'dns-tcp', protocol: 'TCP' },
                  { containerPort: 9153, name: 'metrics', protocol: 'TCP' },
                ],
                securityContext: { allowPrivilegeEscalation: false, capabilities: { add: ['NET_BIND_SERVICE'], drop: ['ALL'] }, readOnlyRootFilesystem: true },
                livenessProbe: { httpGet: { path: '/health', port: 8080, scheme: 'HTTP' }, initialDelaySeconds: 60, timeoutSeconds: 5, successThreshold: 1, failureThreshold: 5 },
                readinessProbe: { httpGet: { path: '/ready', port: 8181, scheme: 'HTTP' } },
              },
            ],
            dnsPolicy: 'Default',
            volumes: [{ name: 'config-volume', configMap: { name: 'coredns', items: [{ key: 'Corefile', path: 'Corefile' }] } }],
          },
        },
      },
    },
  ];
}

/** kubeadm's kube-proxy addon: its ConfigMap, ServiceAccount and DaemonSet. */
export function kubeProxyObjects(): KObject[] {
  const labels = { 'k8s-app': 'kube-proxy' };
  return [
    { apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: 'kube-proxy', namespace: 'kube-system' } },
    {
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: { name: 'kube-proxy', namespace: 'kube-system', labels: { app: 'kube-proxy' } },
      data: {
        'config.conf': 'apiVersion: kubeproxy.config.k8s.io/v1alpha1\nkind: KubeProxyConfiguration\nclusterCIDR: 10.244.0.0/16\nmode: ""\n',
        'kubeconfig.conf': 'apiVersion: v1\nkind: Config\nclusters:\n- cluster:\n    server: https://192.168.0.100:6443\n  name: default\n',
      },
    },
    {
      apiVersion: 'apps/v1',
      kind: 'DaemonSet',
      metadata: { name: 'kube-proxy', namespace: 'kube-system', labels },
      spec: {
        selector: { matchLabels: labels },
        updateStrategy: { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: 1, maxSurge: 0 } },
        revisionHistoryLimit: 10,
        template: {
          metadata: { labels },
          spec: {
            priorityClassName: 'system-node-critical',
            serviceAccountName: 'kube-proxy',
            hostNetwork: true,
            nodeSelector: { 'kubernetes.io/os': 'linux' },
            tolerations: [{ operator: 'Exists' }],
            containers: [
              {
                name: 'kube-proxy',
                image: `registry.k8s.io/kube-proxy:${V}`,
                imagePullPolicy: 'IfNotPresent',
                command: ['/usr/local/bin/kube-proxy', '--config=/var/lib/kube-proxy/config.conf', '--hostname-override=$(NODE_NAME)'],
                env: [{ name: 'NODE_NAME', valueFrom: { fieldRef: { apiVersion: 'v1', fieldPath: 'spec.nodeName' } } }],
                securityContext: { privileged: true },
                volumeMounts: [
                  { mountPath: '/var/lib/kube-proxy', name: 'kube-proxy' },
                  { mountPath: '/run/xtables.lock', name: 'xtables-lock' },
                  { mountPath: '/lib/modules', name: 'lib-modules', readOnly: true },
                ],
              },
            ],
            volumes: [
              { name: 'kube-proxy', configMap: { name: 'kube-proxy' } },
              { name: 'xtables-lock', hostPath: { path: '/run/xtables.lock', type: 'FileOrCreate' } },
              { name: 'lib-modules', hostPath: { path: '/lib/modules' } },
            ],
          },
        },
      },
    },
  ];
}
