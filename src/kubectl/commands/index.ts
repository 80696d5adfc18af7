// Each command group registers its commands on import; one file per command inside each group.
import './read';
import './write';
import './workloads';
import './node';
import './network';
