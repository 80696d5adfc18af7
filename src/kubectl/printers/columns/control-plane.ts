/** Table columns for the API server's own registrations (the aggregator's APIServices). */
import type { KObject } from '../../../sim/types';
import type { TableDef } from '../table';
import { AGE, NAME } from './util';

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
