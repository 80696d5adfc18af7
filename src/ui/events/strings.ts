/** The events timeline's words in both languages (reasons and messages stay as the cluster wrote them). */
export const EVENTS_TEXT = {
  empty: { en: 'No events yet.', zh: '暂无事件。' },
  who: { en: 'Who', zh: '执行者' },
} as const;
