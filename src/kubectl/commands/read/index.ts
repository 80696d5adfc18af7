// Commands of this group register themselves on import.
import './get';
import './describe';
import './api-resources';
import './version';
import './cluster-info';
import './auth-can-i';
import './explain';
import './top';

/** Live `kubectl get -w` for terminals: `watchTable(ctx, argsAfterGet, onLine)` returns an unsubscribe function. */
export { watchTable } from './watch-table';
/** Resolves once `kubectl explain` has its field descriptions (hosts that run scripts at once should await it). */
export { explainDocsReady, setExplainDocs } from './explain';
