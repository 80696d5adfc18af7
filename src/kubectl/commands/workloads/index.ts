// Commands of this group register themselves on import.
import './create-deployment';
import './scale';
import './set-image';
import './rollout-status';
import './rollout-history';
import './rollout-undo';
import './rollout-pause-resume';
import './rollout-restart';
import './rollout-set-groups';
