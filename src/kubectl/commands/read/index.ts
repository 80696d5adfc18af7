// Commands of this group register themselves on import.
import './get';
import './describe';
import './api-resources';
import './version';
import './cluster-info';
import './auth-can-i';
import './explain';
import './top';

