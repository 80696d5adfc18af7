import { memo } from 'react';
import { CONCERNS, type Concern } from '../../graph/kinds';
import type { GraphFilter } from '../../graph/filter';
import { CANVAS_TEXT } from './strings';
import { translate } from '../i18n';
import type { Lang } from '../../lessons';

export interface FilterBarProps {
  filter: GraphFilter;
  namespaces: string[];
  lang: Lang;
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
          {translate(lang, CANVAS_TEXT.concerns[c])}
        </button>
      ))}
      <span className="kp-sep" />
      {namespaces.map((ns) => (
        <button key={ns} className="kp-chip ns" data-namespace-chip={ns} aria-pressed={filter.namespaces.includes(ns)} onClick={() => onChange({ ...filter, namespaces: toggle(filter.namespaces, ns) })}>
          {ns}
        </button>
      ))}
      <span className="kp-sep" />
      <button className="kp-chip" aria-pressed={filter.system} title={translate(lang, CANVAS_TEXT.systemTitle)} onClick={() => onChange({ ...filter, system: !filter.system })}>
        {translate(lang, CANVAS_TEXT.system)}
      </button>
      <button
        className="kp-chip"
        aria-pressed={filter.extraRelations.includes('service-pod')}
        title={translate(lang, CANVAS_TEXT.selectorTitle)}
        onClick={() => onChange({ ...filter, extraRelations: toggle(filter.extraRelations, 'service-pod') })}
      >
        {translate(lang, CANVAS_TEXT.selectorEdges)}
      </button>
    </div>
  );
});
