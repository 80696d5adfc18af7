/**
 * Who signs a provisioner's events. The external ones are built on
 * sig-storage-lib-external-provisioner, whose recorder's component is
 * `<provisioner>_<hostname>_<uuid>` (NewProvisionController: os.Hostname() and a uuid drawn at
 * start).
 */
import { NAME_ALPHABET, type Rng } from '../random';

/** Where each external provisioner runs: a bare hostNetwork pod sees its node's hostname, a Deployment's pod its own name. */
const HOSTS: Record<string, { deployment: string } | { pod: string } | 'node'> = {
  'k8s.io/minikube-hostpath': 'node',
  'docker.io/hostpath': 'node',
  'rancher.io/local-path': { deployment: 'local-path-provisioner' },
  'microk8s.io/hostpath': { deployment: 'hostpath-provisioner' },
  // csi-driver-host-path's deploy runs every sidecar in the StatefulSet pod csi-hostpathplugin-0
  'hostpath.csi.k8s.io': { pod: 'csi-hostpathplugin-0' },
};

/** The event source component of an external provisioner (`node`: the node a hostNetwork provisioner runs on). */
export function provisionerComponent(provisioner: string, rng: Rng, node: string): string {
  const host = HOSTS[provisioner];
  const hostname =
    host === undefined || host === 'node' ? node : 'pod' in host ? host.pod : `${host.deployment}-${rng.string(10, NAME_ALPHABET)}-${rng.string(5, NAME_ALPHABET)}`;
  return `${provisioner}_${hostname}_${rng.uuid()}`;
}
