// Commands of this group register themselves on import.
import './exec';
import './logs';
import './run';
import './cordon';
import './drain';
