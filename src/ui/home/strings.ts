/** The home page's words in both languages (the chapters' own are in `chapters.ts`). */
export const HOME_TEXT = {
  tagline: {
    en: 'A Kubernetes v1.34 cluster simulated in your browser. Edit YAML, type kubectl, and see what the cluster did.',
    zh: '在浏览器里模拟的 Kubernetes v1.34 集群。编辑 YAML、输入 kubectl，看清集群做了什么。',
  },
  offline: { en: 'No server, no signup: everything runs on this page, offline.', zh: '无需服务器、无需注册：一切都在本页运行，可离线使用。' },
  chapters: { en: 'Chapters', zh: '章节' },
  chapter: { en: 'Chapter {n}', zh: '第 {n} 章' },
  start: { en: 'Start', zh: '开始' },
  continue: { en: 'Continue', zh: '继续' },
  coming: { en: 'Coming', zh: '即将推出' },
  done: { en: 'done', zh: '已完成' },
  play: { en: 'Open the sandbox', zh: '打开沙箱' },
  playHint: { en: 'A fresh three-node cluster (k8s-master, k8s-node1, k8s-node2), no lesson.', zh: '一个全新的三节点集群（k8s-master、k8s-node1、k8s-node2），不带课程。' },
} as const;
