import type { ReactNode } from 'react';
import { useApp } from '../state/react';
import { useT } from './i18n';
import { navigate } from './router';

/** A link that navigates with the history API. */
export function Link(props: { to: string; children: ReactNode; className?: string; current?: boolean; testId?: string }) {
  return (
    <a
      href={props.to}
      className={props.className}
      aria-current={props.current ? 'page' : undefined}
      data-testid={props.testId}
      onClick={(e) => {
        if (e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) return;
        e.preventDefault();
        navigate(props.to);
      }}
    >
      {props.children}
    </a>
  );
}

/** Language and theme switches. */
function PrefSwitches() {
  const t = useT();
  const lang = useApp((s) => s.lang);
  const theme = useApp((s) => s.theme);
  const setLang = useApp((s) => s.setLang);
  const setTheme = useApp((s) => s.setTheme);
  return (
    <>
      <button className="btn ghost" data-testid="lang-switch" title={t('nav.langTitle')} aria-label={t('nav.lang')} onClick={() => setLang(lang === 'zh' ? 'en' : 'zh')}>
        <span className="wide-only">{t('nav.lang')}</span>
        <span className="narrow-only">{lang === 'zh' ? 'EN' : '中'}</span>
      </button>
      <button className="btn ghost" data-testid="theme-switch" title={t('nav.themeTitle')} aria-label={t('nav.themeTitle')} onClick={() => setTheme(theme === 'dark' ? 'light' : 'dark')}>
        {theme === 'dark' ? '☀' : '☾'} <span className="wide-only">{theme === 'dark' ? t('nav.theme.light') : t('nav.theme.dark')}</span>
      </button>
    </>
  );
}

/** The top bar: brand, navigation, page-specific tools, preferences. */
export function TopBar(props: { page: 'home' | 'play' | 'lesson'; crumb?: ReactNode; tools?: ReactNode }) {
  const t = useT();
  return (
    <header className="topbar">
      <Link to="/" className="brand">
        <img src="/favicon.svg" alt="" />
        <span>{t('app.name')}</span>
      </Link>
      <nav>
        <Link to="/" current={props.page === 'home'} testId="nav-home">
          {t('nav.home')}
        </Link>
        <Link to="/play" current={props.page === 'play'} testId="nav-play">
          {t('nav.play')}
        </Link>
      </nav>
      {props.crumb && <span className="crumb">{props.crumb}</span>}
      <span className="spacer" />
      {props.tools}
      <PrefSwitches />
    </header>
  );
}
