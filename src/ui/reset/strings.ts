/** The reset button's and its dialog's words in both languages, for a lesson step and for the sandbox. */
export const RESET_TEXT = {
  lesson: {
    label: { zh: '重置本步', en: 'Reset step' },
    title: { zh: '用新的集群重新开始这一步', en: 'Start this step again on a fresh cluster' },
    question: { zh: '重置这一步？', en: 'Reset this step?' },
    detail: {
      zh: '集群回到这一步开始时的样子，编辑器里的修改、终端输出和运行过的命令都会清除。',
      en: 'The cluster goes back to how this step starts; your editor changes, the terminal output and the commands you ran are cleared.',
    },
  },
  play: {
    label: { zh: '重置沙箱', en: 'Reset sandbox' },
    title: { zh: '用新的集群重新开始沙箱', en: 'Start the sandbox again on a fresh cluster' },
    question: { zh: '重置沙箱？', en: 'Reset the sandbox?' },
    detail: {
      zh: '会换一个全新的集群，编辑器里的修改、终端输出和运行过的命令都会清除。',
      en: 'You get a brand-new cluster; your editor changes, the terminal output and the commands you ran are cleared.',
    },
  },
  cancel: { zh: '取消', en: 'Cancel' },
  confirm: { zh: '重置', en: 'Reset' },
} as const;
