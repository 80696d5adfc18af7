// Commands of this group register themselves on import.
import './get';
import './describe';
export { watchTable } from './watch-table';
