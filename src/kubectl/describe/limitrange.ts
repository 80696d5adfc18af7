/** LimitRanges in `kubectl describe` (kubectl pkg/describe describeLimitRange, DescribeLimitRanges). */
import type { KObject } from '../../sim/types';
import { canonicalQuantity } from '../../sim/quantity-string';
import { LEVEL_0, PrefixWriter, sortedKeys } from './writer';

const HEADER = 'Type\tResource\tMin\tMax\tDefault Request\tDefault Limit\tMax Limit/Request Ratio\n';
const RULE = '----\t--------\t---\t---\t---------------\t-------------\t-----------------------\n';

/** describeLimitRangeSpec: one row per item and resource named in any of its lists, `-` where a list lacks it. */
function writeRows(w: PrefixWriter, spec: KObject['spec'], prefix: string): void {
  for (const item of spec?.limits ?? []) {
    const lists = [item?.min, item?.max, item?.defaultRequest, item?.default, item?.maxLimitRequestRatio];
    // kubectl walks a Go map here (no fixed order); sorted names keep the output stable
    const names = new Set(lists.flatMap((l) => sortedKeys(l)));
    for (const r of [...names].sort()) {
      const cells = lists.map((l) => (l && Object.hasOwn(l, r) ? canonicalQuantity(l[r]) : '-'));
      w.write(LEVEL_0, `${prefix}${item?.type ?? ''}\t${r}\t${cells.join('\t')}\n`);
    }
  }
}

export function describeLimitRange(lr: KObject, now: number): string {
  const w = new PrefixWriter(now);
  w.write(LEVEL_0, `Name:\t${lr.metadata.name}\n`);
  w.write(LEVEL_0, `Namespace:\t${lr.metadata.namespace}\n`);
  w.write(LEVEL_0, HEADER);
  w.write(LEVEL_0, RULE);
  writeRows(w, lr.spec, '');
  return w.toString();
}

/** DescribeLimitRanges (describe namespace): every LimitRange of the namespace merged into one table. */
export function describeLimitRanges(w: PrefixWriter, list: KObject[]): void {
  if (list.length === 0) {
    w.write(LEVEL_0, 'No LimitRange resource.\n');
    return;
  }
  w.write(LEVEL_0, `Resource Limits\n ${HEADER}`);
  w.write(LEVEL_0, ` ${RULE}`);
  for (const lr of list) writeRows(w, lr.spec, ' ');
}
