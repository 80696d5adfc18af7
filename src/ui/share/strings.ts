/** The share link's words in both languages. */
export const SHARE_TEXT = {
  copy: { en: 'Copy link', zh: '复制链接' },
  copied: { en: 'Link copied', zh: '链接已复制' },
  title: { en: 'A link that replays this cluster and editor exactly', zh: '一个能精确重放此集群与编辑器的链接' },
  manual: { en: 'Copy this link:', zh: '复制此链接：' },
  bad: { en: 'This share link could not be read; starting fresh.', zh: '无法读取此分享链接，已重新开始。' },
  unknownStep: { en: 'This share link is for a lesson step that does not exist here; starting this step fresh.', zh: '此分享链接指向的课程步骤在这里不存在，已从本步骤重新开始。' },
} as const;
