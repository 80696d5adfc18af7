import type { Lang } from '../../state/prefs';

type Text = Record<Lang, string>;

/** The replay's own words (Kubernetes' names and messages stay English, as a real cluster prints them). */
export const REPLAY_TEXT = {
  tab: { en: 'Control plane', zh: '控制平面' },
  eventsTab: { en: 'Events', zh: '事件' },
  empty: { en: 'Run a command: its way through the control plane shows here, step by step.', zh: '运行一条命令：它在控制平面里经过的每一步会显示在这里。' },
  after: { en: 'After', zh: '命令' },
  nothing: { en: 'The control plane did nothing.', zh: '控制平面没有任何动作。' },
  prev: { en: 'Previous step (←)', zh: '上一步（←）' },
  next: { en: 'Next step (→)', zh: '下一步（→）' },
  first: { en: 'First step', zh: '第一步' },
  last: { en: 'Last step', zh: '最后一步' },
  request: { en: 'request', zh: '请求' },
  authn: { en: 'authentication', zh: '认证' },
  authz: { en: 'authorization', zh: '授权' },
  denied: { en: 'denied', zh: '拒绝' },
  allowed: { en: 'allowed', zh: '允许' },
  stored: { en: 'etcd: stored at resourceVersion', zh: 'etcd：写入，resourceVersion' },
  dryRun: { en: 'dry run: not stored', zh: 'dry run：未写入' },
  refused: { en: 'refused', zh: '被拒绝' },
  watch: { en: 'every watcher is told (watch)', zh: '通知所有 watch 的组件' },
  proxy: { en: 'kube-proxy on every node updates its rules for these addresses', zh: '每个节点上的 kube-proxy 按这些地址更新转发规则' },
  event: { en: 'event', zh: '事件' },
  binds: { en: 'binds to', zh: '绑定到' },
  noNode: { en: 'no node fits', zh: '没有合适的节点' },
  filtered: { en: 'filtered out', zh: '被过滤' },
  fits: { en: 'fits, score', zh: '可用，得分' },
  phase: {
    decode: { en: 'decoding', zh: '解码' },
    default: { en: 'defaults', zh: '默认值' },
    validate: { en: 'validation', zh: '校验' },
    admit: { en: 'admission', zh: '准入控制' },
    allocate: { en: 'allocation', zh: '分配' },
  } as Record<string, Text>,
  process: {
    kubectl: { en: 'kubectl', zh: 'kubectl' },
    'kube-apiserver': { en: 'API server', zh: 'API 服务器' },
    etcd: { en: 'etcd', zh: 'etcd' },
    'kube-controller-manager': { en: 'controllers', zh: '控制器' },
    'kube-scheduler': { en: 'scheduler', zh: '调度器' },
    kubelet: { en: 'kubelet', zh: 'kubelet' },
    'kube-proxy': { en: 'kube-proxy', zh: 'kube-proxy' },
    'add-on': { en: 'add-ons', zh: '插件' },
  } as Record<string, Text>,
} satisfies Record<string, Text | Record<string, Text>>;
