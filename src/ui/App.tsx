import { useEffect } from 'react';
import { useApp } from '../state/react';
import { HomePage } from './home/HomePage';
import { useT } from './i18n';
import { APP_TEXT } from './strings';
import { lessonById, lessonsUnreachable } from './lessonRegistry';
import { LoadErrorBoundary } from './LoadError';
import { pageFlags, parseRoute, usePathname } from './router';
import { Link, TopBar } from './TopBar';
import { Workbench } from './workbench/Workbench';

/** The page inside an error screen for chunks that fail to load. */
export function App() {
  const lang = useApp((s) => s.lang);
  return (
    <LoadErrorBoundary lang={lang} failed={lessonsUnreachable()}>
      <Page />
    </LoadErrorBoundary>
  );
}

/** The page: routes by path (history API), applies theme and language to the document. */
function Page() {
  const path = usePathname();
  const route = parseRoute(path);
  const theme = useApp((s) => s.theme);
  const lang = useApp((s) => s.lang);
  const t = useT();
  const flags = pageFlags(location.search);

  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);
  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  }, [lang]);
  useEffect(() => {
    const name = t(APP_TEXT.name);
    document.title = route.page === 'play' ? `${t(APP_TEXT.nav.play)} · ${name}` : route.page === 'lesson' ? `${lessonById(route.lessonId)?.title[lang] ?? route.lessonId} · ${name}` : name;
  }, [route.page, route.page === 'lesson' ? route.lessonId : '', lang]);

  switch (route.page) {
    case 'home':
      return <HomePage />;
    case 'play':
      return <Workbench key="play" embed={flags.embed} present={flags.present} seed={flags.seed} cluster={flags.cluster} />;
    case 'lesson':
      return (
        <Workbench key={`lesson:${route.lessonId}`} lessonId={route.lessonId} stepId={route.stepId} embed={flags.embed} present={flags.present} seed={flags.seed} />
      );
    default:
      return (
        <div className="app">
          <TopBar page="home" />
          <div className="center-msg">
            <p>404 · {route.path}</p>
            <Link to="/" className="btn">
              {t(APP_TEXT.back)}
            </Link>
          </div>
        </div>
      );
  }
}
