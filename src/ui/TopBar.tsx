import type { ReactNode } from 'react';
import { useApp } from '../state/react';
import { useT } from './i18n';
import { APP_TEXT } from './strings';
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
      <button className="btn ghost" data-testid="lang-switch" title={t(APP_TEXT.nav.langTitle)} aria-label={t(APP_TEXT.nav.lang)} onClick={() => setLang(lang === 'zh' ? 'en' : 'zh')}>
        <span className="wide-only">{t(APP_TEXT.nav.lang)}</span>
        <span className="narrow-only">{t(APP_TEXT.nav.langShort)}</span>
      </button>
      <button className="btn ghost" data-testid="theme-switch" title={t(APP_TEXT.nav.themeTitle)} aria-label={t(APP_TEXT.nav.themeTitle)} onClick={() => setTheme(theme === 'dark' ? 'light' : 'dark')}>
        {theme === 'dark' ? '☀' : '☾'} <span className="wide-only">{theme === 'dark' ? t(APP_TEXT.nav.light) : t(APP_TEXT.nav.dark)}</span>
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
        <span>{t(APP_TEXT.name)}</span>
      </Link>
      <nav>
        <Link to="/" current={props.page === 'home'} testId="nav-home">
          {t(APP_TEXT.nav.home)}
        </Link>
        <Link to="/play" current={props.page === 'play'} testId="nav-play">
          {t(APP_TEXT.nav.play)}
        </Link>
      </nav>
      {props.crumb && <span className="crumb">{props.crumb}</span>}
      <span className="spacer" />
      {props.tools}
      <PrefSwitches />
    </header>
  );
}
