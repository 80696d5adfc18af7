import { useCallback, useEffect, useRef, useState } from 'react';
import { describeExpectation } from '../../lessons/checks';
import { solutionCommands } from '../../lessons/replay';
import type { Lang, Step } from '../../lessons/types';
import { useApp, useAppStore } from '../../state/react';
import type { CheckResult } from '../../lessons/types';
import { lessonById } from '../lessonRegistry';
import { lessonPath, navigate } from '../router';
import './lesson.css';
import { ResetButton } from '../reset/ResetButton';
import { Markdown } from './Markdown';
import { markStepDone } from './progress';
import { LESSON_TEXT } from './strings';
import { translate } from '../i18n';

/** Props of the lesson panel (prose, Run buttons, checks, hints). */
export interface LessonPanelProps {
  lessonId: string;
  stepId: string;
  lang: Lang;
  /** Type a command into the terminal and run it. */
  runInTerminal: (command: string) => void;
}

const selectVersion = (s: { view: { version: number } | null }) => s.view?.version ?? -1;
// a command that changes no API object still counts: a file saved with `>`, a write inside a container
const selectCommands = (s: { log: unknown[] }) => s.log.length;
const selectFiles = (s: { files: Record<string, string> }) => s.files;
const selectReady = (s: { ready: boolean }) => s.ready;

/** Re-run the step's checks whenever the cluster, the workspace or the command log changes (debounced), while the cluster is up. */
function useLiveChecks(step: Step | undefined): CheckResult[] | null {
  const store = useAppStore();
  const version = useApp(selectVersion);
  const commands = useApp(selectCommands);
  const files = useApp(selectFiles);
  const ready = useApp(selectReady);
  const [results, setResults] = useState<CheckResult[] | null>(null);
  const stepRef = useRef(step);
  stepRef.current = step;
  useEffect(() => setResults(null), [step]);
  useEffect(() => {
    if (!ready || !step) return;
    let live = true;
    const t = setTimeout(() => {
      store
        .getState()
        .runChecks(step.checks)
        .then((r) => live && stepRef.current === step && setResults(r))
        .catch(() => undefined);
    }, 250);
    return () => {
      live = false;
      clearTimeout(t);
    };
  }, [version, commands, files, ready, step, store]);
  return results;
}

/** The lesson step: its prose with Run buttons, live checks with hints, solution, reset and navigation. */
export function LessonPanel(props: LessonPanelProps) {
  const { lang } = props;
  const store = useAppStore();
  const lesson = lessonById(props.lessonId);
  const index = lesson ? lesson.steps.findIndex((s) => s.id === props.stepId) : -1;
  const step = lesson && index >= 0 ? lesson.steps[index] : undefined;
  const results = useLiveChecks(step);
  const [solutionShown, setSolutionShown] = useState(false);
  const scroller = useRef<HTMLDivElement>(null);
  useEffect(() => {
    setSolutionShown(false);
    scroller.current?.scrollTo(0, 0);
  }, [step]);

  const allPassed = !!results && results.length > 0 && results.every((r) => r.passed);
  useEffect(() => {
    if (allPassed && lesson && step) markStepDone(lesson.id, step.id);
  }, [allPassed, lesson, step]);

  const runAll = useCallback(
    async (commands: string[]) => {
      const term = store.getState().terminal;
      for (const c of commands) {
        if (term) await term.type(c);
        else await store.getState().run(c);
      }
    },
    [store],
  );

  if (!lesson || !step) return <div className="lesson-panel center-msg">{translate(lang, LESSON_TEXT.notFound)}</div>;
  const T = LESSON_TEXT;
  const prev = lesson.steps[index - 1];
  const next = lesson.steps[index + 1];
  const go = (s: Step) => navigate(lessonPath(lesson.id, s.id) + location.search);
  const solutionFiles = Object.keys(step.solution);
  const commands = solutionCommands(step);

  const revealSolution = () => {
    if (solutionFiles.some((f) => store.getState().files[f] !== undefined && store.getState().files[f] !== step.solution[f]) && !window.confirm(translate(lang, T.solutionConfirm))) return;
    for (const [f, text] of Object.entries(step.solution)) store.getState().setFile(f, text);
    if (solutionFiles[0]) store.getState().setActive(solutionFiles[0]);
    setSolutionShown(true);
  };

  return (
    <div className="lesson-panel" data-testid="lesson-panel" data-lesson={lesson.id} data-step={step.id} data-complete={allPassed ? 'true' : 'false'}>
      <div className="lp-scroll" ref={scroller}>
        <div className="lp-meta">
          <span>{lesson.title[lang]}</span>
          <span>{translate(lang, T.step, { n: index + 1, total: lesson.steps.length })}</span>
        </div>
        <Markdown text={step.readme[lang]} lang={lang} onRun={props.runInTerminal} />

        <section className="lp-checks" aria-label={translate(lang, T.checks)}>
          <h3>{translate(lang, T.checks)}</h3>
          <ul>
            {step.checks.map((c) => {
              const r = results?.find((x) => x.id === c.id);
              const state = !r ? 'pending' : r.passed ? 'pass' : 'fail';
              return (
                <li key={c.id} className={`lp-check ${state}`} data-check={c.id} data-state={state}>
                  <span className="lp-mark" aria-hidden>
                    {state === 'pass' ? '✓' : state === 'fail' ? '✗' : '…'}
                  </span>
                  <div>
                    <div className="lp-check-title">{c.title[lang]}</div>
                    {state === 'fail' && (
                      <div className="lp-why">
                        {c.hint && <p>{c.hint[lang]}</p>}
                        <details>
                          <summary>{translate(lang, T.why)}</summary>
                          <p className="lp-muted">{describeExpectation(c, lang)}</p>
                          <code className="lp-cmd">$ {c.run}</code>
                          <pre>{r!.output.trim() || '(no output)'}</pre>
                        </details>
                      </div>
                    )}
                  </div>
                </li>
              );
            })}
          </ul>
          {allPassed && <p className="lp-done">{translate(lang, T.allPassed)}</p>}
        </section>

        {solutionShown && (
          <section className="lp-solution" data-testid="lesson-solution">
            {solutionFiles.length > 0 && (
              <p>
                {translate(lang, T.solutionFiles)} {solutionFiles.map((f) => <code key={f}>{f}</code>)}
              </p>
            )}
            {commands.length > 0 && (
              <>
                <h4>{translate(lang, T.solutionCommands)}</h4>
                <Markdown text={'```sh\n' + commands.join('\n') + '\n```'} lang={lang} onRun={props.runInTerminal} />
                <button className="btn" onClick={() => void runAll(commands)}>
                  ▶ {translate(lang, T.runAll)}
                </button>
              </>
            )}
          </section>
        )}
      </div>

      <footer className="lp-foot">
        <button className="btn ghost" onClick={revealSolution} disabled={solutionShown} data-testid="reveal-solution">
          {translate(lang, T.solution)}
        </button>
        <ResetButton scope="lesson" />
        <span className="lp-nav">
          <button className="btn" disabled={!prev} onClick={() => prev && go(prev)} data-testid="prev-step" title={translate(lang, T.prev)} aria-label={translate(lang, T.prev)}>
            ←
          </button>
          {next ? (
            <button className={`btn${allPassed ? ' primary' : ''}`} onClick={() => go(next)} data-testid="next-step">
              {translate(lang, T.next)} →
            </button>
          ) : (
            <button className={`btn${allPassed ? ' primary' : ''}`} onClick={() => navigate('/')} data-testid="next-step">
              {translate(lang, T.finish)}
            </button>
          )}
        </span>
      </footer>
    </div>
  );
}
