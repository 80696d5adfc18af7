import { memo } from 'react';
import { CONCERNS, type Concern } from '../../graph/kinds';
import type { GraphFilter } from '../../graph/filter';
import { CANVAS_TEXT } from './strings';

export interface FilterBarProps {
  filter: GraphFilter;
  namespaces: string[];
  lang: 'zh' | 'en';
  onChange(f: GraphFilter): void;
}

function toggle<T>(list: T[], v: T): T[] {
  return list.includes(v) ? list.filter((x) => x !== v) : [...list, v];
}

/** Filter chips: concerns, namespaces, system objects, selector edges. */
export const FilterBar = memo(function FilterBar({ filter, namespaces, lang, onChange }: FilterBarProps) {
  return (
    <div className="kp-filters" role="toolbar" aria-label="canvas filters">
      {CONCERNS.map((c: Concern) => (
        <button
          key={c}
          className="kp-chip"
          data-concern={c}
          aria-pressed={filter.concerns.includes(c)}
          onClick={() => onChange({ ...filter, concerns: toggle(filter.concerns, c) })}
        >
          {CANVAS_TEXT.concerns[c][lang]}
        </button>
      ))}
      <span className="kp-sep" />
      {namespaces.map((ns) => (
        <button key={ns} className="kp-chip ns" data-namespace-chip={ns} aria-pressed={filter.namespaces.includes(ns)} onClick={() => onChange({ ...filter, namespaces: toggle(filter.namespaces, ns) })}>
          {ns}
        </button>
      ))}
      <span className="kp-sep" />
      <button className="kp-chip" aria-pressed={filter.system} title={CANVAS_TEXT.systemTitle[lang]} onClick={() => onChange({ ...filter, system: !filter.system })}>
        {CANVAS_TEXT.system[lang]}
      </button>
      <button
        className="kp-chip"
        aria-pressed={filter.extraRelations.includes('service-pod')}
        title={CANVAS_TEXT.selectorTitle[lang]}
        onClick={() => onChange({ ...filter, extraRelations: toggle(filter.extraRelations, 'service-pod') })}
      >
        {CANVAS_TEXT.selectorEdges[lang]}
      </button>
    </div>
  );
});
