/** Table columns for the API server's own registrations (the aggregator's APIServices). */
import type { KObject } from '../../../sim/types';
import type { TableDef } from '../table';
import { AGE, int, NAME } from './util';

/** The Available condition's status, its reason added when it is not True (the aggregator's table). */
function available(o: KObject): string {
  const c = (o.status?.conditions ?? []).find((x: { type?: string }) => x.type === 'Available');
  if (!c) return 'Unknown';
  return c.status === 'True' ? 'True' : `${c.status} (${c.reason})`;
}

export const APISERVICE_TABLE: TableDef = {
  columns: [
    NAME,
    { name: 'Service', cell: (o) => (o.spec?.service ? `${o.spec.service.namespace}/${o.spec.service.name}` : 'Local') },
    { name: 'Available', cell: available },
    AGE,
  ],
};

/** The Dangling condition's status, `?` before the APF controller wrote one (printFlowSchema). */
function dangling(o: KObject): string {
  const c = (o.status?.conditions ?? []).find((x: { type?: string }) => x.type === 'Dangling');
  return c ? String(c.status ?? '') : '?';
}

/** apihelpers.FlowSchemaSequence: by matchingPrecedence, then name; the order the server's list table prints. */
function flowSchemaOrder(a: KObject, b: KObject): number {
  const pa = Number(a.spec?.matchingPrecedence ?? 0);
  const pb = Number(b.spec?.matchingPrecedence ?? 0);
  if (pa !== pb) return pa - pb;
  const na = a.metadata.name ?? '';
  const nb = b.metadata.name ?? '';
  return na < nb ? -1 : na > nb ? 1 : 0;
}

export const FLOWSCHEMA_TABLE: TableDef = {
  columns: [
    NAME,
    { name: 'PriorityLevel', cell: (o) => o.spec?.priorityLevelConfiguration?.name ?? '' },
    { name: 'MatchingPrecedence', cell: (o) => int(o.spec?.matchingPrecedence) },
    { name: 'DistinguisherMethod', cell: (o) => o.spec?.distinguisherMethod?.type ?? '<none>' },
    AGE,
    { name: 'MissingPL', cell: dangling },
  ],
  listOrder: flowSchemaOrder,
};

/** A Limited level's number, `<none>` for an Exempt level or a level without queuing. */
function limited(pick: (limited: KObject['spec']) => unknown): (o: KObject) => string {
  return (o) => {
    const v = o.spec?.limited ? pick(o.spec.limited) : undefined;
    return v === undefined || v === null ? '<none>' : String(v);
  };
}

export const PRIORITYLEVEL_TABLE: TableDef = {
  columns: [
    NAME,
    { name: 'Type', cell: (o) => o.spec?.type ?? '' },
    { name: 'NominalConcurrencyShares', cell: limited((l) => l.nominalConcurrencyShares) },
    { name: 'Queues', cell: limited((l) => l.limitResponse?.queuing?.queues) },
    { name: 'HandSize', cell: limited((l) => l.limitResponse?.queuing?.handSize) },
    { name: 'QueueLengthLimit', cell: limited((l) => l.limitResponse?.queuing?.queueLengthLimit) },
    AGE,
  ],
};
