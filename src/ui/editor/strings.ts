/** The editor pane's own words in both languages. */
export const EDITOR_TEXT = {
  title: { en: 'Editor', zh: '编辑器' },
  apply: { en: 'Apply', zh: '应用' },
  applyTitle: { en: 'kubectl apply -f <this tab> (Ctrl/Cmd+Enter)', zh: 'kubectl apply -f <当前标签>（Ctrl/Cmd+Enter）' },
  new: { en: 'New file', zh: '新建文件' },
  rename: { en: 'Rename', zh: '重命名' },
  close: { en: 'Close', zh: '关闭' },
  renamePrompt: { en: 'New file name', zh: '新文件名' },
  loading: { en: 'Loading editor…', zh: '正在加载编辑器…' },
  empty: { en: 'No file open. Create one with +.', zh: '没有打开的文件。点 + 新建。' },
  changeTo: { zh: '改为 {field}（最接近的字段）', en: 'Change to {field} (closest field)' },
  problems: { zh: '问题', en: 'Problems' },
  noProblems: { zh: '上次应用没有问题。', en: 'No problems in the last apply.' },
  line: { zh: '第 {n} 行', en: 'Ln {n}' },
  tabIndents: { zh: 'Tab 缩进 · 按 Esc 或 Ctrl+M 后 Tab 移出编辑器', en: 'Tab indents · Esc or Ctrl+M, then Tab leaves the editor' },
  tabMoves: { zh: 'Tab 移动焦点（Ctrl+M 恢复缩进）', en: 'Tab moves focus (Ctrl+M: Tab indents again)' },
} as const;
