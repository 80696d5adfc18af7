/** The most members a simulated etcd may have (etcd advises at most 7: every write waits for a majority). */
export const MAX_ETCD_MEMBERS = 7;
