// Commands of this group register themselves on import.
import './apply';
import './label-annotate';
import './delete';
