/** The generic describer kubectl uses for kinds without their own: every field, smart labels, then events. */
import type { KObject } from '../../sim/types';
import { describeEvents, LEVEL_0, PrefixWriter, printAnnotations, printLabels, sortedKeys } from './writer';

/** smartLabelFor: `podSelector` → `Pod Selector`, acronyms upper-cased. */
function smartLabel(field: string): string {
  if (/[^\p{L}-]/u.test(field)) return field;
  const parts = field.split(/(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])/);
  return parts.map((p) => (['API', 'URL', 'UID', 'OSB', 'GUID'].includes(p.toUpperCase()) ? p.toUpperCase() : p[0].toUpperCase() + p.slice(1))).join(' ');
}

function printContent(w: PrefixWriter, level: number, content: Record<string, any>, prefix: string, skip: string[]): void {
  for (const field of sortedKeys(content)) {
    const v = content[field];
    const path = `${prefix}.${field}`;
    if (skip.includes(path)) continue;
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      w.write(level, `${smartLabel(field)}:\n`);
      printContent(w, level + 1, v, path, skip);
    } else if (Array.isArray(v)) {
      w.write(level, `${smartLabel(field)}:\n`);
      for (const c of v) {
        if (c && typeof c === 'object' && !Array.isArray(c)) printContent(w, level + 1, c, path, skip);
        else w.write(level + 1, `${goValue(c)}\n`);
      }
    } else {
      w.write(level, `${smartLabel(field)}:\t${goValue(v)}\n`);
    }
  }
}

function goValue(v: unknown): string {
  if (v === null || v === undefined) return '<nil>';
  if (Array.isArray(v)) return `[${v.map(goValue).join(' ')}]`;
  return String(v);
}

/** The generic describer for kinds without their own: every field, then events. */
export function describeGeneric(obj: KObject, events: KObject[] | undefined, now: number): string {
  const w = new PrefixWriter(now);
  w.write(LEVEL_0, `Name:\t${obj.metadata.name}\n`);
  w.write(LEVEL_0, `Namespace:\t${obj.metadata.namespace ?? ''}\n`);
  printLabels(w, 'Labels', obj.metadata.labels);
  printAnnotations(w, 'Annotations', obj.metadata.annotations);
  printContent(w, LEVEL_0, obj, '', ['.metadata.managedFields', '.metadata.name', '.metadata.namespace', '.metadata.labels', '.metadata.annotations']);
  describeEvents(events, w);
  return w.toString();
}
