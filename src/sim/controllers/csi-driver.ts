/**
 * The one CSI driver the simulation runs: kubernetes-csi/csi-driver-host-path's hostpath.csi.k8s.io,
 * deployed with its external-provisioner and external-resizer sidecars. It declares controller
 * expansion (ControllerExpandVolume answers node_expansion_required) and online node expansion
 * (NodeExpandVolume on a published volume), so a mounted volume grows without a restart.
 */
export const CSI_HOSTPATH_DRIVER = 'hostpath.csi.k8s.io';
