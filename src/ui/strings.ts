/** The page's own words around every area (kubectl output stays English, like the real one). */
export const APP_TEXT = {
  name: { en: 'Kube Playground', zh: 'Kube Playground' },
  back: { en: 'Back to lessons', zh: '返回课程列表' },
  nav: {
    home: { en: 'Lessons', zh: '课程' },
    play: { en: 'Sandbox', zh: '沙箱' },
    lang: { en: '中文', zh: 'English' },
    // the narrow top bar names the other language in one glyph
    langShort: { en: '中', zh: 'EN' },
    langTitle: { en: 'Switch language', zh: '切换语言' },
    dark: { en: 'Dark', zh: '深色' },
    light: { en: 'Light', zh: '浅色' },
    themeTitle: { en: 'Switch theme', zh: '切换主题' },
  },
  loadError: {
    title: { zh: '页面的一部分没能加载', en: 'Part of the page could not load' },
    body: {
      zh: '可能是网络断开了，或者网站刚刚更新。重新加载即可；首次访问之后，离线也能使用。',
      en: 'The network may be down, or the site was just updated. Reload to continue; after a first visit it also works offline.',
    },
    reload: { zh: '重新加载', en: 'Reload' },
  },
} as const;
