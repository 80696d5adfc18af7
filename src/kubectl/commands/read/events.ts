/**
 * `kubectl events [--for TYPE/NAME] [--types Normal,Warning] [-A]`: the namespace's events, oldest
 * first, in the events command's own table (LAST SEEN, TYPE, REASON, OBJECT, MESSAGE).
 */
import type { KObject } from '../../../sim/types';
import type { CommandDef } from '../../command';
import { KubectlError } from '../../errors';
import { HELP } from '../../help/events';
import { printObjects } from '../../printers';
import { parseTime, translateTimestampSince } from '../../printers/duration';
import { tabwrite } from '../../printers/tabwriter';

const FORMATS = ['go-template', 'go-template-file', 'json', 'jsonpath', 'jsonpath-as-json', 'jsonpath-file', 'name', 'template', 'templatefile', 'yaml'];

/** The events printer's cell: cut at a line break, with `...`. */
function cell(s: string | undefined): string {
  const v = s ?? '';
  const i = v.search(/[\f\n\r]/);
  return i >= 0 ? v.slice(0, i) + '...' : v;
}

/** LAST SEEN: since the first time, or `last (xN over first)` for a repeated event. */
function interval(e: KObject, now: number): string {
  const first = e.eventTime ? translateTimestampSince(e.eventTime, now) : translateTimestampSince(e.firstTimestamp, now);
  if (e.series) return `${translateTimestampSince(e.series.lastObservedTime, now)} (x${e.series.count} over ${first})`;
  if ((e.count ?? 0) > 1) return `${translateTimestampSince(e.lastTimestamp, now)} (x${e.count} over ${first})`;
  return first;
}

/** The time events sort by (the series' last, else lastTimestamp, else eventTime). */
const sortTime = (e: KObject) => parseTime(e.series?.lastObservedTime) ?? parseTime(e.lastTimestamp) ?? parseTime(e.eventTime) ?? 0;

export const eventsCommands: CommandDef[] = [
  {
    path: ['events'],
    short: 'List events',
    help: HELP.events,
    flags: [
      { name: 'all-namespaces', short: 'A', type: 'bool' },
      { name: 'for', type: 'string' },
      { name: 'types', type: 'strings' },
      { name: 'no-headers', type: 'bool' },
      { name: 'output', short: 'o', type: 'string' },
      { name: 'watch', short: 'w', type: 'bool' },
      { name: 'chunk-size', type: 'int', default: 500 },
      { name: 'allow-missing-template-keys', type: 'bool', default: true },
      { name: 'show-managed-fields', type: 'bool' },
      { name: 'template', type: 'string' },
    ],
    run(p, ctx, out) {
      const output = String(p.flags.output ?? '');
      if (output && !FORMATS.includes(output.split('=')[0]))
        throw new KubectlError(`unable to match a printer suitable for the output format "${output}", allowed formats are: ${FORMATS.join(',')}`);
      let forKind: string | undefined;
      let forName: string | undefined;
      const target = String(p.flags.for ?? '');
      if (target) {
        if (!target.includes('/')) throw new KubectlError('--for must be in resource/name form');
        const seg = target.split('/');
        if (seg.length !== 2) throw new KubectlError('arguments in resource/name form may not have more than one slash');
        const rt = ctx.cluster.api.resource(seg[0]);
        if (!rt) throw new KubectlError(`the server doesn't have a resource type "${seg[0]}"`, true);
        forKind = rt.kind;
        forName = seg[1];
      }
      const types = [...new Set((p.flags.types as string[] | undefined) ?? [])].sort();
      if (types.some((t) => !/^(normal|warning)$/i.test(t))) throw new KubectlError('valid --types are Normal or Warning');
      if (p.flags.watch) throw new KubectlError('"kubectl events --watch" is not simulated in this playground: use kubectl get events -w');
      const all = !!p.flags['all-namespaces'];
      const events = ctx.cluster.api
        .list('events', all ? undefined : ctx.namespace)
        .filter((e) => !forKind || (e.involvedObject?.kind === forKind && e.involvedObject?.name === forName))
        .filter((e) => !types.length || types.some((t) => t.toLowerCase() === String(e.type ?? '').toLowerCase()));
      if (!events.length) {
        out.warn(all ? 'No events found.' : `No events found in ${ctx.namespace} namespace.`);
        return;
      }
      // Go's sort.Sort: insertion sort, stable, for the lists a lesson makes
      const sorted = events.map((e, i) => [e, i] as const).sort(([a, i], [b, j]) => sortTime(a) - sortTime(b) || i - j).map(([e]) => e);
      if (output === 'name') return;
      if (output) {
        const list = { apiVersion: 'v1', items: sorted, kind: 'EventList', metadata: {} } as unknown as KObject;
        out.write(printObjects([list], output, { list: false, now: ctx.cluster.now(), readFile: (f) => ctx.fs.read(f) }));
        return;
      }
      const now = ctx.cluster.now();
      const rows = sorted.map((e) => [
        ...(all ? [e.metadata.namespace ?? ''] : []),
        interval(e, now),
        cell(e.type),
        cell(e.reason),
        `${cell(e.involvedObject?.kind)}/${cell(e.involvedObject?.name)}`,
        cell(String(e.message ?? '').trim()),
      ]);
      if (!p.flags['no-headers']) rows.unshift([...(all ? ['NAMESPACE'] : []), 'LAST SEEN', 'TYPE', 'REASON', 'OBJECT', 'MESSAGE']);
      out.write(tabwrite(rows));
    },
  },
];
