import { allLessons, lessonsError } from '../lessonRegistry';
import { useApp } from '../../state/react';
import { useT } from '../i18n';
import { lessonPath } from '../router';
import { Link, TopBar } from '../TopBar';
import { CHAPTERS } from './chapters';
import { HOME_TEXT as T } from './strings';
import { APP_TEXT } from '../strings';
import { completedSteps } from './progress';

/** The home page: what this is, the sandbox, and the chapters of the notes with progress. */
export function HomePage() {
  const t = useT();
  const lang = useApp((s) => s.lang);
  return (
    <div className="app">
      <TopBar page="home" />
      {lessonsError() && <div className="banner err">lessons: {lessonsError()}</div>}
      <main className="home">
        <div className="home-inner">
          <section className="hero">
            <h1>{t(APP_TEXT.name)}</h1>
            <p>{t(T.tagline)}</p>
            <p>{t(T.offline)}</p>
            <div className="actions">
              <Link to="/play" className="btn primary" testId="open-play">
                {t(T.play)}
              </Link>
              <span style={{ color: 'var(--muted)', fontSize: 13 }}>{t(T.playHint)}</span>
            </div>
          </section>
          <h2 style={{ marginTop: 40, fontSize: '1.2rem' }}>{t(T.chapters)}</h2>
          <div className="chapters" data-testid="chapters">
            {CHAPTERS.map((ch) => {
              const lesson = allLessons().find((l) => l.chapter === ch.number);
              const done = lesson ? completedSteps(lesson.id) : new Set<string>();
              const total = lesson?.steps.length ?? 0;
              const finished = lesson ? lesson.steps.filter((s) => done.has(s.id)).length : 0;
              const next = lesson?.steps.find((s) => !done.has(s.id)) ?? lesson?.steps[0];
              return (
                <article key={ch.number} className={`chapter${lesson ? '' : ' coming'}`} data-chapter={ch.number} data-testid={`chapter-${ch.number}`}>
                  <div className="num">
                    {t(T.chapter, { n: ch.number })}
                  </div>
                  <h3>{lesson ? lesson.title[lang] : ch.title[lang]}</h3>
                  <div className="topics">{lesson?.summary?.[lang] ?? ch.topics[lang]}</div>
                  {lesson && total > 0 && (
                    <div className="progress" title={`${finished}/${total}`}>
                      <div style={{ width: `${(100 * finished) / total}%` }} />
                    </div>
                  )}
                  <div className="foot">
                    {lesson && next ? (
                      <>
                        <span className="badge">
                          {finished}/{total} {t(T.done)}
                        </span>
                        <Link to={lessonPath(lesson.id, next.id)} className="btn primary" testId={`start-${ch.number}`}>
                          {finished > 0 ? t(T.continue) : t(T.start)} →
                        </Link>
                      </>
                    ) : (
                      <span className="badge">{t(T.coming)}</span>
                    )}
                  </div>
                </article>
              );
            })}
          </div>
        </div>
      </main>
    </div>
  );
}
