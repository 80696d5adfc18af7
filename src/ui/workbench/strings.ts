/** The workbench's own words in both languages: its panes, splitters and banners. */
export const LAYOUT_TEXT = {
  tabs: { zh: '面板', en: 'Panes' },
  lesson: { zh: '课程', en: 'Lesson' },
  editor: { zh: '编辑器', en: 'Editor' },
  terminal: { zh: '终端', en: 'Terminal' },
  canvas: { zh: '集群', en: 'Cluster' },
  events: { zh: '事件', en: 'Events' },
  lessonSplit: { zh: '调整课程面板宽度', en: 'Resize the lesson panel' },
  editorSplit: { zh: '调整编辑器与集群图的宽度', en: 'Resize editor and cluster view' },
  terminalSplit: { zh: '调整终端高度', en: 'Resize the terminal' },
  eventsSplit: { zh: '调整事件面板大小', en: 'Resize the events panel' },
  termLeave: { zh: 'Tab 补全 · Esc 后 Tab 移出终端，Shift+Tab 返回', en: 'Tab completes · Esc then Tab leaves the terminal, Shift+Tab goes back' },
  notFound: { en: 'This lesson step does not exist.', zh: '该课程步骤不存在。' },
  loading: { en: 'Starting the cluster…', zh: '正在启动集群…' },
  present: { en: 'Presenter', zh: '演示模式' },
  openFull: { en: 'Open in Kube Playground', zh: '在 Kube Playground 中打开' },
  worker: {
    crashed: {
      en: 'The simulated cluster stopped because of a bug in the playground. Your editor files are kept.',
      zh: '由于演练场的一个缺陷，模拟集群已停止。编辑器中的文件都已保留。',
    },
    restore: { en: 'Restore from the command log', zh: '按命令记录恢复' },
    fresh: { en: 'Start fresh', zh: '重新开始' },
    restored: { en: 'Cluster restored: {n} commands replayed.', zh: '集群已恢复：重放了 {n} 条命令。' },
  },
} as const;
