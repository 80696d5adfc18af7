/** The terminal's own words in both languages (what commands print stays as they print it). */
export const TERMINAL_TEXT = {
  welcome: {
    en: 'Type kubectl commands (Tab completes, ↑/↓ history, Ctrl+C cancels, `clear`).',
    zh: '输入 kubectl 命令（Tab 补全，↑/↓ 历史，Ctrl+C 取消，`clear` 清屏）。',
  },
  edit: {
    en: 'opened in the editor tab "{tab}": change it and press Apply to save.',
    zh: '已在编辑器标签 "{tab}" 中打开：修改后点“应用”保存。',
  },
} as const;
