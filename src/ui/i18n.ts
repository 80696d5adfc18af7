import { useApp } from '../state/react';
import type { Lang } from '../state/prefs';

/** UI strings in both languages. kubectl output stays English, like the real one. */
const MESSAGES = {
  'app.name': { en: 'Kube Playground', zh: 'Kube Playground' },
  'app.tagline': {
    en: 'A Kubernetes v1.34 cluster simulated in your browser. Edit YAML, type kubectl, and see what the cluster did.',
    zh: '在浏览器里模拟的 Kubernetes v1.34 集群。编辑 YAML、输入 kubectl，看清集群做了什么。',
  },
  'app.offline': { en: 'No server, no signup: everything runs on this page, offline.', zh: '无需服务器、无需注册：一切都在本页运行，可离线使用。' },
  'nav.home': { en: 'Lessons', zh: '课程' },
  'nav.play': { en: 'Sandbox', zh: '沙箱' },
  'nav.lang': { en: '中文', zh: 'English' },
  'nav.langTitle': { en: 'Switch language', zh: '切换语言' },
  'nav.theme.dark': { en: 'Dark', zh: '深色' },
  'nav.theme.light': { en: 'Light', zh: '浅色' },
  'nav.themeTitle': { en: 'Switch theme', zh: '切换主题' },
  'home.chapters': { en: 'Chapters', zh: '章节' },
  'home.start': { en: 'Start', zh: '开始' },
  'home.continue': { en: 'Continue', zh: '继续' },
  'home.coming': { en: 'Coming', zh: '即将推出' },
  'home.steps': { en: 'steps', zh: '步' },
  'home.done': { en: 'done', zh: '已完成' },
  'home.play': { en: 'Open the sandbox', zh: '打开沙箱' },
  'home.playHint': { en: 'A fresh three-node cluster (k8s-master, k8s-node1, k8s-node2), no lesson.', zh: '一个全新的三节点集群（k8s-master、k8s-node1、k8s-node2），不带课程。' },
  'home.chapter': { en: 'Chapter', zh: '第' },
  'home.chapterSuffix': { en: '', zh: '章' },
  'editor.apply': { en: 'Apply', zh: '应用' },
  'editor.applyTitle': { en: 'kubectl apply -f <this tab> (Ctrl/Cmd+Enter)', zh: 'kubectl apply -f <当前标签>（Ctrl/Cmd+Enter）' },
  'editor.new': { en: 'New file', zh: '新建文件' },
  'editor.rename': { en: 'Rename', zh: '重命名' },
  'editor.close': { en: 'Close', zh: '关闭' },
  'editor.renamePrompt': { en: 'New file name', zh: '新文件名' },
  'editor.loading': { en: 'Loading editor…', zh: '正在加载编辑器…' },
  'editor.empty': { en: 'No file open. Create one with +.', zh: '没有打开的文件。点 + 新建。' },
  'editor.title': { en: 'Editor', zh: '编辑器' },
  'terminal.title': { en: 'Terminal', zh: '终端' },
  'terminal.welcome': {
    en: 'Type kubectl commands (Tab completes, ↑/↓ history, Ctrl+C cancels, `clear`).',
    zh: '输入 kubectl 命令（Tab 补全，↑/↓ 历史，Ctrl+C 取消，`clear` 清屏）。',
  },
  'terminal.edit': {
    en: 'opened in the editor tab "{tab}": change it and press Apply to save.',
    zh: '已在编辑器标签 "{tab}" 中打开：修改后点“应用”保存。',
  },
  'terminal.replay': { en: 'Replaying the shared session…', zh: '正在重放分享的会话…' },
  'canvas.title': { en: 'Cluster', zh: '集群' },
  'time.play': { en: 'Play', zh: '播放' },
  'time.pause': { en: 'Pause', zh: '暂停' },
  'time.step': { en: 'Step 1 s', zh: '前进 1 秒' },
  'time.speed': { en: 'Speed', zh: '速度' },
  'time.clock': { en: 'Virtual time', zh: '虚拟时间' },
  'time.paused': { en: 'Paused', zh: '已暂停' },
  'time.pausedTitle': { en: 'The cluster\'s time is stopped: nothing happens until you press Play or +1s', zh: '集群的时间停住了：按“播放”或 +1s 之前什么都不会发生' },
  'events.title': { en: 'Events', zh: '事件' },
  'events.empty': { en: 'No events yet.', zh: '暂无事件。' },
  'events.who': { en: 'Who', zh: '执行者' },
  'events.what': { en: 'What', zh: '内容' },
  'events.object': { en: 'Object', zh: '对象' },
  'events.ns': { en: 'Namespace', zh: '命名空间' },
  'events.filterAll': { en: 'all namespaces', zh: '所有命名空间' },
  'share.copy': { en: 'Copy link', zh: '复制链接' },
  'share.copied': { en: 'Link copied', zh: '链接已复制' },
  'share.title': { en: 'A link that replays this cluster and editor exactly', zh: '一个能精确重放此集群与编辑器的链接' },
  'share.manual': { en: 'Copy this link:', zh: '复制此链接：' },
  'share.bad': { en: 'This share link could not be read; starting fresh.', zh: '无法读取此分享链接，已重新开始。' },
  'share.unknownStep': { en: 'This share link is for a lesson step that does not exist here; starting this step fresh.', zh: '此分享链接指向的课程步骤在这里不存在，已从本步骤重新开始。' },
  'lesson.notFound': { en: 'This lesson step does not exist.', zh: '该课程步骤不存在。' },
  'lesson.back': { en: 'Back to lessons', zh: '返回课程列表' },
  'worker.crashed': {
    en: 'The simulated cluster stopped because of a bug in the playground. Your editor files are kept.',
    zh: '由于演练场的一个缺陷，模拟集群已停止。编辑器中的文件都已保留。',
  },
  'worker.restore': { en: 'Restore from the command log', zh: '按命令记录恢复' },
  'worker.fresh': { en: 'Start fresh', zh: '重新开始' },
  'worker.restored': { en: 'Cluster restored: {n} commands replayed.', zh: '集群已恢复：重放了 {n} 条命令。' },
  'loading': { en: 'Starting the cluster…', zh: '正在启动集群…' },
  'present.badge': { en: 'Presenter', zh: '演示模式' },
  'embed.open': { en: 'Open in Kube Playground', zh: '在 Kube Playground 中打开' },
  'layout.panel': { en: 'Lesson', zh: '课程' },
  'reset': { en: 'Reset cluster', zh: '重置集群' },
} satisfies Record<string, Record<Lang, string>>;

export type MessageKey = keyof typeof MESSAGES;

/** Translate a key, filling `{name}` placeholders. */
export function translate(lang: Lang, key: MessageKey, vars: Record<string, string> = {}): string {
  return MESSAGES[key][lang].replace(/\{(\w+)\}/g, (_, k: string) => vars[k] ?? `{${k}}`);
}

/** `const t = useT(); t('editor.apply')` in the current language. */
export function useT(): (key: MessageKey, vars?: Record<string, string>) => string {
  const lang = useApp((s) => s.lang);
  return (key, vars) => translate(lang, key, vars);
}
