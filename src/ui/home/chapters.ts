import type { Text } from '../../lessons';

/** The chapters of the notes the lessons follow (the notes skip 2–4 and 8). */
export interface Chapter {
  number: number;
  title: Text;
  topics: Text;
}

export const CHAPTERS: Chapter[] = [
  {
    number: 1,
    title: { zh: '容器与 Kubernetes 基础', en: 'Containers and Kubernetes basics' },
    topics: { zh: '容器是什么、Linux 命名空间、rootfs', en: 'What a container is, Linux namespaces, rootfs' },
  },
  {
    number: 5,
    title: { zh: '服务：让客户端发现 pod 并与之通信', en: 'Services: letting clients discover and talk to pods' },
    topics: {
      zh: 'ClusterIP、Endpoints、ExternalName、NodePort、LoadBalancer、Ingress、就绪探针、headless 服务',
      en: 'ClusterIP, Endpoints, ExternalName, NodePort, LoadBalancer, Ingress, readiness probes, headless Services',
    },
  },
  {
    number: 6,
    title: { zh: '卷：将磁盘挂载到容器', en: 'Volumes: attaching disk storage to containers' },
    topics: { zh: 'emptyDir、hostPath、PV 与 PVC、StorageClass 动态配置', en: 'emptyDir, hostPath, PersistentVolumes and claims, StorageClass provisioning' },
  },
  {
    number: 7,
    title: { zh: 'ConfigMap 和 Secret：配置应用', en: 'ConfigMaps and Secrets: configuring applications' },
    topics: { zh: '命令与参数、环境变量、ConfigMap 卷、Secret', en: 'Commands and arguments, environment variables, ConfigMap volumes, Secrets' },
  },
  {
    number: 9,
    title: { zh: 'Deployment：声明式地升级应用', en: 'Deployments: updating applications declaratively' },
    topics: { zh: '滚动升级、回滚、升级速率、金丝雀发布', en: 'Rolling updates, rollbacks, rollout rate, canary releases' },
  },
  {
    number: 10,
    title: { zh: 'StatefulSet：部署有状态的多副本应用', en: 'StatefulSets: replicated stateful applications' },
    topics: { zh: '稳定的网络标识与存储、伙伴发现、更新', en: 'Stable identity and storage, peer discovery, updates' },
  },
  {
    number: 11,
    title: { zh: '了解 Kubernetes 机理', en: 'Understanding Kubernetes internals' },
    topics: { zh: '架构、etcd、API 服务器、调度器、控制器、kubelet、kube-proxy', en: 'Architecture, etcd, API server, scheduler, controllers, kubelet, kube-proxy' },
  },
  {
    number: 12,
    title: { zh: 'Kubernetes API 服务器的安全防护', en: 'Securing the Kubernetes API server' },
    topics: { zh: '认证、ServiceAccount、RBAC：Role 与 ClusterRole', en: 'Authentication, ServiceAccounts, RBAC: Roles and ClusterRoles' },
  },
  {
    number: 13,
    title: { zh: '保障集群内节点和网络安全', en: 'Securing cluster nodes and the network' },
    topics: { zh: '宿主机命名空间、安全上下文、Pod 安全准入、NetworkPolicy', en: 'Host namespaces, security contexts, Pod Security Admission, NetworkPolicy' },
  },
];
