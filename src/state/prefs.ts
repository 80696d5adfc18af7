import type { StateCreator } from 'zustand';
// the languages are the lessons'; the page's preference picks one of them
import type { Lang } from '../lessons/types';
type Theme = 'light' | 'dark';

/** UI preferences, persisted in localStorage. */
export interface PrefsSlice {
  lang: Lang;
  theme: Theme;
  setLang(lang: Lang): void;
  setTheme(theme: Theme): void;
}

const LANG_KEY = 'kp.lang';
const THEME_KEY = 'kp.theme';

/** zh for any Chinese browser language, else en. */
function langFromNavigator(languages: readonly string[] | undefined): Lang {
  return (languages ?? []).some((l) => l.toLowerCase().startsWith('zh')) ? 'zh' : 'en';
}

export interface PrefsEnv {
  storage?: Pick<Storage, 'getItem' | 'setItem'>;
  languages?: readonly string[];
  prefersDark?: boolean;
}

export function createPrefsSlice(env: PrefsEnv): StateCreator<PrefsSlice, [], [], PrefsSlice> {
  const saved = (k: string) => {
    try {
      return env.storage?.getItem(k) ?? null;
    } catch {
      return null;
    }
  };
  const save = (k: string, v: string) => {
    try {
      env.storage?.setItem(k, v);
    } catch {
      // private mode: preferences just don't persist
    }
  };
  const lang = saved(LANG_KEY);
  const theme = saved(THEME_KEY);
  return (set) => ({
    lang: lang === 'zh' || lang === 'en' ? lang : langFromNavigator(env.languages),
    theme: theme === 'light' || theme === 'dark' ? theme : env.prefersDark ? 'dark' : 'light',
    setLang(l) {
      save(LANG_KEY, l);
      set({ lang: l });
    },
    setTheme(t) {
      save(THEME_KEY, t);
      set({ theme: t });
    },
  });
}
