import { useCallback, useEffect, useRef, useState } from 'react';
import { describeExpectation } from '../../lessons/checks';
import { solutionCommands } from '../../lessons/replay';
import type { Step } from '../../lessons/types';
import { useApp, useAppStore } from '../../state/react';
import type { CheckResult } from '../../lessons/types';
import { lessonById } from '../lessonRegistry';
import { lessonPath, navigate } from '../router';
import './lesson.css';
import { ResetButton } from '../reset/ResetButton';
import { Markdown } from './Markdown';
import { markStepDone } from './progress';
import { fmt, LESSON_TEXT } from './strings';

/** Props of the lesson panel (prose, Run buttons, checks, hints). */
export interface LessonPanelProps {
  lessonId: string;
  stepId: string;
  lang: 'zh' | 'en';
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

  if (!lesson || !step) return <div className="lesson-panel center-msg">{LESSON_TEXT.notFound[lang]}</div>;
  const T = LESSON_TEXT;
  const prev = lesson.steps[index - 1];
  const next = lesson.steps[index + 1];
  const go = (s: Step) => navigate(lessonPath(lesson.id, s.id) + location.search);
  const solutionFiles = Object.keys(step.solution);
  const commands = solutionCommands(step);

  const revealSolution = () => {
    if (solutionFiles.some((f) => store.getState().files[f] !== undefined && store.getState().files[f] !== step.solution[f]) && !window.confirm(T.solutionConfirm[lang])) return;
    for (const [f, text] of Object.entries(step.solution)) store.getState().setFile(f, text);
    if (solutionFiles[0]) store.getState().setActive(solutionFiles[0]);
    setSolutionShown(true);
  };

  return (
    <div className="lesson-panel" data-testid="lesson-panel" data-lesson={lesson.id} data-step={step.id} data-complete={allPassed ? 'true' : 'false'}>
      <div className="lp-scroll" ref={scroller}>
        <div className="lp-meta">
          <span>{lesson.title[lang]}</span>
          <span>{fmt(T.step[lang], { n: index + 1, total: lesson.steps.length })}</span>
        </div>
        <Markdown text={step.readme[lang]} lang={lang} onRun={props.runInTerminal} />

        <section className="lp-checks" aria-label={T.checks[lang]}>
          <h3>{T.checks[lang]}</h3>
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
                          <summary>{T.why[lang]}</summary>
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
          {allPassed && <p className="lp-done">{T.allPassed[lang]}</p>}
        </section>

        {solutionShown && (
          <section className="lp-solution" data-testid="lesson-solution">
            {solutionFiles.length > 0 && (
              <p>
                {T.solutionFiles[lang]} {solutionFiles.map((f) => <code key={f}>{f}</code>)}
              </p>
            )}
            {commands.length > 0 && (
              <>
                <h4>{T.solutionCommands[lang]}</h4>
                <Markdown text={'```sh\n' + commands.join('\n') + '\n```'} lang={lang} onRun={props.runInTerminal} />
                <button className="btn" onClick={() => void runAll(commands)}>
                  ▶ {T.runAll[lang]}
                </button>
              </>
            )}
          </section>
        )}
      </div>

      <footer className="lp-foot">
        <button className="btn ghost" onClick={revealSolution} disabled={solutionShown} data-testid="reveal-solution">
          {T.solution[lang]}
        </button>
        <ResetButton scope="lesson" />
        <span className="lp-nav">
          <button className="btn" disabled={!prev} onClick={() => prev && go(prev)} data-testid="prev-step" title={T.prev[lang]} aria-label={T.prev[lang]}>
            ←
          </button>
          {next ? (
            <button className={`btn${allPassed ? ' primary' : ''}`} onClick={() => go(next)} data-testid="next-step">
              {T.next[lang]} →
            </button>
          ) : (
            <button className={`btn${allPassed ? ' primary' : ''}`} onClick={() => navigate('/')} data-testid="next-step">
              {T.finish[lang]}
            </button>
          )}
        </span>
      </footer>
    </div>
  );
}
