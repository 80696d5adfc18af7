/** The workbench layout's own words in both languages. */
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
} as const;
