/** The canvas's own words in both languages (kubectl words such as kinds and statuses stay English). */
import type { Concern } from '../../graph/kinds';

type L = { zh: string; en: string };

export const CANVAS_TEXT = {
  concerns: {
    workloads: { zh: '工作负载', en: 'Workloads' },
    network: { zh: '网络', en: 'Network' },
    storage: { zh: '存储', en: 'Storage' },
    config: { zh: '配置', en: 'Config' },
    security: { zh: '安全', en: 'Security' },
  } satisfies Record<Concern, L>,
  namespaces: { zh: '命名空间', en: 'Namespaces' },
  system: { zh: '系统对象', en: 'System objects' },
  systemTitle: { zh: '显示每个集群都有的对象（kubernetes 服务、default 服务账号……）', en: 'Show objects every cluster has (the kubernetes Service, default ServiceAccount …)' },
  selectorEdges: { zh: '选择器', en: 'Selectors' },
  selectorTitle: { zh: '同时画出 Service → Pod 的标签选择关系', en: 'Also draw Service → Pod label selection' },
  legend: { zh: '图例', en: 'Legend' },
  empty: { zh: '这里还没有对象。应用一个 YAML 或运行 kubectl 命令，集群的变化会画在这里。', en: 'Nothing here yet. Apply some YAML or run a kubectl command: what the cluster does is drawn here.' },
  describe: { zh: '详情 (describe)', en: 'Describe' },
  events: { zh: '事件', en: 'Events' },
  noEvents: { zh: '没有事件', en: 'No events' },
  openYaml: { zh: '在编辑器中打开 YAML', en: 'Open live YAML in the editor' },
  close: { zh: '关闭', en: 'Close' },
  loading: { zh: '加载中…', en: 'Loading…' },
  lastRequest: { zh: '上一次请求的路径', en: 'Path of the last request' },
  tones: {
    ok: { zh: '正常 / 就绪', en: 'Running / ready' },
    progress: { zh: '进行中', en: 'In progress / pending' },
    warn: { zh: '未就绪 / 无端点', en: 'Not ready / no endpoints' },
    error: { zh: '失败', en: 'Failing' },
    off: { zh: '终止中 / 已结束', en: 'Terminating / done' },
  },
  edgeReady: { zh: '端点：就绪', en: 'Endpoint: ready' },
  edgeNotReady: { zh: '端点：未就绪（不接收请求）', en: 'Endpoint: not ready (gets no requests)' },
  edgeOther: { zh: '引用 / 归属', en: 'Reference / ownership' },
  notReady: { zh: '未就绪', en: 'not ready' },
};

/** One sentence per relation, shown when an edge is clicked. */
export const RELATION_TEXT: Record<string, L> = {
  owner: { zh: '归属：子对象的 metadata.ownerReferences 指向它的控制器，删除控制器时垃圾回收器会删除子对象。', en: 'Ownership: the child\'s metadata.ownerReferences points at its controller; deleting the controller lets the garbage collector delete the child.' },
  'service-endpoints': { zh: '服务通过同名的 Endpoints 找到后端地址。', en: 'A Service finds its backends through the Endpoints object of the same name.' },
  'endpoints-pod': { zh: 'Endpoints 列出了这个 pod 的 IP。只有就绪的 pod 在 addresses 里接收请求；未就绪的在 notReadyAddresses 里。', en: 'The Endpoints list this pod\'s IP. Only ready pods (addresses) get requests; not-ready ones sit in notReadyAddresses.' },
  'service-pod': { zh: '服务的标签选择器选中了这个 pod。', en: 'The Service\'s label selector matches this pod.' },
  'ingress-service': { zh: 'Ingress 规则把这个主机/路径的请求转发到该服务。', en: 'An Ingress rule sends this host/path to the Service.' },
  'ingress-secret': { zh: 'Ingress 用这个 Secret 里的证书和私钥终止 TLS。', en: 'The Ingress terminates TLS with the certificate and key in this Secret.' },
  'pod-volume': { zh: 'pod 声明并挂载了这个卷，卷随 pod 创建和删除。', en: 'The pod declares and mounts this volume; it lives and dies with the pod.' },
  'volume-pvc': { zh: 'pod 的卷通过持久卷声明 (PVC) 使用存储。', en: 'A volume of the pod uses storage through this PersistentVolumeClaim.' },
  'pvc-pv': { zh: 'PVC 绑定到了这个持久卷 (PV)。', en: 'The claim is bound to this PersistentVolume.' },
  'pv-storageclass': { zh: 'PV 属于这个存储类。', en: 'The PersistentVolume belongs to this StorageClass.' },
  'pvc-storageclass': { zh: 'PVC 还没绑定，等待这个存储类动态供应卷。', en: 'The claim is not bound yet and waits for this StorageClass to provision a volume.' },
  'pod-configmap': { zh: 'pod 通过环境变量、envFrom 或卷使用这个 ConfigMap。', en: 'The pod uses this ConfigMap through env, envFrom or a volume.' },
  'pod-secret': { zh: 'pod 通过环境变量、envFrom、卷或 imagePullSecrets 使用这个 Secret。', en: 'The pod uses this Secret through env, envFrom, a volume or imagePullSecrets.' },
  'pod-serviceaccount': { zh: 'pod 以这个服务账号的身份访问 API 服务器。', en: 'The pod talks to the API server as this ServiceAccount.' },
  'networkpolicy-selects': { zh: '网络策略的 podSelector 选中了这个 pod，限制它的流量。', en: 'The NetworkPolicy\'s podSelector matches this pod and restricts its traffic.' },
  'rolebinding-role': { zh: '绑定把这个角色的权限授予它的主体。', en: 'The binding grants this role\'s permissions to its subjects.' },
  'rolebinding-subject': { zh: '绑定的主体之一是这个服务账号。', en: 'One of the binding\'s subjects is this ServiceAccount.' },
  request: { zh: '上一次 curl/wget 请求走过的路径。', en: 'The path the last curl/wget request took.' },
};
