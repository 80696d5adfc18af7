// Commands of this group register themselves on import.
import './create-service';
import './expose';
