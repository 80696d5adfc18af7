// Commands of this group register themselves on import.
import './apply';
import './label-annotate';
import './delete';
import './patch';
import './replace';
import './create';
import './create-configmap';
import './create-basic';
import './create-rbac';
import './create-token';
import './create-policy';
import './wait';
import './edit';
import './create-batch';
import './create-ingress';
import './apply-view-last-applied';
