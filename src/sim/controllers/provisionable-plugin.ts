/**
 * What the PV controller finds for a StorageClass's provisioner (k/k pv_controller.go
 * findProvisionablePlugin, provisionClaimOperationExternal; pkg/volume/csimigration
 * IsMigrationEnabledForPlugin): a migrated in-tree name is handed to its CSI driver, another
 * `kubernetes.io/` name needs a plugin of the controller manager, any other name is external.
 */

/** csi-translation-lib's in-tree names and their CSI drivers; all seven migrate in v1.34. */
const MIGRATED: Record<string, string> = {
  'kubernetes.io/aws-ebs': 'ebs.csi.aws.com',
  'kubernetes.io/gce-pd': 'pd.csi.storage.gke.io',
  'kubernetes.io/azure-disk': 'disk.csi.azure.com',
  'kubernetes.io/azure-file': 'file.csi.azure.com',
  'kubernetes.io/cinder': 'cinder.csi.openstack.org',
  'kubernetes.io/vsphere-volume': 'csi.vsphere.vmware.com',
  'kubernetes.io/portworx-volume': 'pxd.portworx.com',
};

const HOST_PATH_PLUGIN = 'kubernetes.io/host-path';

/** Plugins kube-controller-manager loads for the PV controller that cannot provision (ProbeProvisionableRecyclableVolumePlugins). */
const LOADED_WITHOUT_PROVISIONER = new Set(['kubernetes.io/nfs']);

export type ProvisionPlugin =
  /** someone else creates the volume; `name` is what the claim's storage-provisioner annotation says */
  | { kind: 'external'; name: string }
  /** the event findProvisionablePlugin's error (or the host-path plugin's NewProvisioner) gives, on every sync */
  | { kind: 'failed'; annotate: boolean; message: string };

export function provisionPlugin(provisioner: string): ProvisionPlugin {
  const csi = MIGRATED[provisioner];
  if (csi) return { kind: 'external', name: csi };
  if (!provisioner.startsWith('kubernetes.io/')) return { kind: 'external', name: provisioner };
  // kubeadm runs the controller manager without --enable-hostpath-provisioner: the plugin is loaded (it recycles) but refuses to provision, after the claim is annotated
  if (provisioner === HOST_PATH_PLUGIN) return { kind: 'failed', annotate: true, message: `Failed to create provisioner: provisioning in volume plugin "${HOST_PATH_PLUGIN}" is disabled` };
  if (LOADED_WITHOUT_PROVISIONER.has(provisioner)) return { kind: 'failed', annotate: false, message: 'no provisionable volume plugin matched' };
  return { kind: 'failed', annotate: false, message: `no volume plugin matched name: ${provisioner}` };
}
