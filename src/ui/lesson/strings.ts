/** The lesson panel's words in both languages. */
export const LESSON_TEXT = {
  step: { zh: '第 {n} / {total} 步', en: 'Step {n} of {total}' },
  run: { zh: '运行', en: 'Run' },
  runTitle: { zh: '在终端里输入并运行', en: 'Type it into the terminal and run it' },
  copy: { zh: '复制', en: 'Copy' },
  fillIn: { zh: '先替换 <…> 再运行', en: 'Replace <…> before running' },
  checks: { zh: '检查', en: 'Checks' },
  checking: { zh: '检查中…', en: 'Checking…' },
  allPassed: { zh: '全部通过！这一步完成了。', en: 'All checks pass: step complete!' },
  why: { zh: '为什么没通过', en: 'Why it fails' },
  output: { zh: '命令输出', en: 'Command output' },
  solution: { zh: '查看答案', en: 'Reveal solution' },
  solutionConfirm: { zh: '答案会覆盖编辑器里的同名文件。继续？', en: 'The solution overwrites editor tabs of the same name. Continue?' },
  solutionFiles: { zh: '答案文件已放进编辑器：', en: 'Solution files are now in the editor:' },
  solutionCommands: { zh: '答案命令', en: 'Solution commands' },
  runAll: { zh: '全部运行', en: 'Run all' },
  prev: { zh: '上一步', en: 'Previous' },
  next: { zh: '下一步', en: 'Next' },
  finish: { zh: '回到课程列表', en: 'Back to lessons' },
  notFound: { zh: '找不到这一步。', en: 'This step does not exist.' },
};

/** Fill `{name}` placeholders. */
export function fmt(s: string, vars: Record<string, string | number>): string {
  return s.replace(/\{(\w+)\}/g, (_, k) => String(vars[k] ?? ''));
}
