import { memo, useCallback, useEffect, useRef, type KeyboardEvent } from 'react';
import type { ActivityStep } from '../../sim/activity/types';
import { processOf } from '../../sim/activity/actors';
import { scoreText } from '../../sim/activity/score-text';
import type { Lang } from '../../lessons';
import { useApp, useAppStore } from '../../state/react';
import { offsetText, pathOf, PROCESSES, raftText, refText } from './flow';
import { REPLAY_TEXT as T } from './strings';
import { translate } from '../i18n';

function who(s: ActivityStep): string {
  return s.node ? `${s.actor}@${s.node}` : s.actor;
}

/** One line for the list. */
function summary(s: ActivityStep, lang: Lang): string {
  switch (s.kind) {
    case 'request':
      return `${s.verb} ${refText(s.object)}${'code' in s.outcome ? ` · ${s.outcome.code} ${s.outcome.reason}` : ''}`;
    case 'write': {
      const c = s.changes[0];
      return `${s.type} ${refText(s.object)}${c ? ` · ${c.field}: ${c.from || '-'} → ${c.to || '-'}` : ''}`;
    }
    case 'event':
      return `${s.type} ${s.reason} · ${refText(s.object)}`;
    case 'schedule':
      if (s.preempted) return `${refText(s.object)} · ${translate(lang, T.preempts)} ${s.preempted.node}`;
      return `${refText(s.object)} ${s.chosen ? `${translate(lang, T.binds)} ${s.chosen}` : `· ${translate(lang, T.noNode)}`}`;
  }
}

/** The lines of the step the replay stands on. */
function details(s: ActivityStep, lang: Lang): string[] {
  switch (s.kind) {
    case 'request': {
      const out = [`${translate(lang, T.authn)}: ${s.user}`];
      const o = s.outcome;
      if ('code' in o && o.reason === 'Forbidden') return [...out, `${translate(lang, T.authz)}: ${translate(lang, T.denied)}`, o.message];
      out.push(`${translate(lang, T.authz)}: ${s.authorizedBy || translate(lang, T.allowed)}`);
      for (const a of s.admission) {
        const phase = T.phase[a.phase];
        out.push(`${phase ? translate(lang, phase) : a.phase}: ${a.plugins.join(', ')}`);
      }
      if ('code' in o) out.push(`${translate(lang, T.refused)}: ${o.code} ${o.reason}`, o.message);
      else out.push(s.dryRun ? translate(lang, T.dryRun) : `${translate(lang, T.stored)} ${o.resourceVersion}`);
      return out;
    }
    case 'write': {
      const out = [`etcd: ${s.type} · resourceVersion ${s.resourceVersion}`, ...(s.raft ? raftText(s.raft, lang) : []), translate(lang, T.watch)];
      for (const c of s.changes) out.push(`${c.field}: ${c.from || '-'} → ${c.to || '-'}`);
      if (s.object.resource === 'endpoints') out.push(translate(lang, T.proxy));
      return out;
    }
    case 'event':
      return [`${translate(lang, T.event)} ${s.type} ${s.reason}`, s.message];
    case 'schedule': {
      const out = s.nodes.map((n) => `${n.name}: ${n.reasons.length ? `${translate(lang, T.filtered)}: ${n.reasons.join('; ')}` : `${translate(lang, T.fits)} ${scoreText(n)}`}`);
      if (s.preempted) out.push(`${translate(lang, T.preempts)} ${s.preempted.node}, ${translate(lang, T.evicting)} ${s.preempted.victims.join(', ')}`);
      return out;
    }
  }
}

const StepRow = memo(function StepRow(props: { step: ActivityStep; index: number; current: boolean; offset: string; lang: Lang; pick: (i: number) => void }) {
  const { step, index, current } = props;
  const warn = (step.kind === 'event' && step.type === 'Warning') || (step.kind === 'request' && 'code' in step.outcome) || (step.kind === 'schedule' && !step.chosen);
  return (
    <li aria-current={current ? 'step' : undefined} data-kind={step.kind} className={warn ? 'warn' : undefined}>
      <button type="button" onClick={() => props.pick(index)} tabIndex={-1}>
        <span className="when">{props.offset}</span>
        <span className="who" data-process={processOf(step.actor)}>
          {who(step)}
        </span>
        <span className="what">{summary(step, props.lang)}</span>
      </button>
    </li>
  );
});

/**
 * What the control plane did after the learner's latest command, from the simulation's own log:
 * the request's way through the API server, each write and who made it, the scheduler's choice,
 * the kubelet's work. ← and → step through it; the canvas looks at the step's object.
 */
export const ReplayPanel = memo(function ReplayPanel({ lang }: { lang: Lang }) {
  const store = useAppStore();
  const activity = useApp((s) => s.activity);
  const index = useApp((s) => s.replayIndex);
  const list = useRef<HTMLOListElement>(null);
  const steps = activity?.steps ?? [];
  const current = index !== null && index < steps.length ? steps[index] : undefined;
  const pick = useCallback((i: number) => store.getState().setReplayIndex(i), [store]);
  const move = useCallback(
    (d: number | 'first' | 'last') => {
      const n = store.getState().activity?.steps.length ?? 0;
      if (!n) return;
      const i = store.getState().replayIndex;
      const next = d === 'first' ? 0 : d === 'last' ? n - 1 : Math.min(n - 1, Math.max(0, (i ?? -1) + d));
      store.getState().setReplayIndex(next);
    },
    [store],
  );
  const onKeyDown = useCallback(
    (e: KeyboardEvent<HTMLDivElement>) => {
      const keys: Record<string, number | 'first' | 'last'> = { ArrowLeft: -1, ArrowUp: -1, ArrowRight: 1, ArrowDown: 1, Home: 'first', End: 'last' };
      if (!(e.key in keys)) return;
      e.preventDefault();
      move(keys[e.key]);
    },
    [move],
  );
  useEffect(() => {
    if (index === null) return;
    list.current?.querySelector('[aria-current="step"]')?.scrollIntoView({ block: 'nearest' });
  }, [index]);

  if (!activity) return <div className="replay empty" data-testid="replay">{translate(lang, T.empty)}</div>;
  const lit = current ? pathOf(current) : [];
  return (
    <div className="replay" data-testid="replay" tabIndex={0} onKeyDown={onKeyDown} aria-label={translate(lang, T.tab)}>
      <div className="replay-head">
        <span className="cmd" title={activity.command}>
          {translate(lang, T.after)}: <code>{activity.command.split('\n')[0]}</code>
        </span>
        <span className="spacer" />
        <button type="button" className="btn small" onClick={() => move('first')} disabled={!steps.length} aria-label={translate(lang, T.first)} title={translate(lang, T.first)}>
          |◀
        </button>
        <button type="button" className="btn small" onClick={() => move(-1)} disabled={!steps.length} aria-label={translate(lang, T.prev)} title={translate(lang, T.prev)}>
          ◀
        </button>
        <span className="pos" data-testid="replay-pos">
          {current ? index! + 1 : 0} / {steps.length}
        </span>
        <button type="button" className="btn small" onClick={() => move(1)} disabled={!steps.length} aria-label={translate(lang, T.next)} title={translate(lang, T.next)}>
          ▶
        </button>
        <button type="button" className="btn small" onClick={() => move('last')} disabled={!steps.length} aria-label={translate(lang, T.last)} title={translate(lang, T.last)}>
          ▶|
        </button>
      </div>
      <div className="replay-flow" aria-hidden="true">
        {PROCESSES.map((p) => (
          <span key={p} className="proc" data-process={p} data-lit={lit.includes(p) ? String(lit.indexOf(p) + 1) : undefined}>
            {translate(lang, T.process[p])}
          </span>
        ))}
      </div>
      {current && (
        <div className="replay-step" data-testid="replay-step" data-kind={current.kind} aria-live="polite">
          <div className="line head">
            <span className="who" data-process={processOf(current.actor)}>
              {who(current)}
            </span>{' '}
            {summary(current, lang)}
          </div>
          {details(current, lang).map((l, i) => (
            <div className="line" key={i}>
              {l}
            </div>
          ))}
        </div>
      )}
      {steps.length === 0 ? (
        <div className="empty">{translate(lang, T.nothing)}</div>
      ) : (
        <ol ref={list}>
          {steps.map((s, i) => (
            <StepRow key={s.seq} step={s} index={i} current={i === index} offset={offsetText(s.at - activity.at)} lang={lang} pick={pick} />
          ))}
        </ol>
      )}
    </div>
  );
});
