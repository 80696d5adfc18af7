// Commands of this group register themselves on import.
import './apply';
