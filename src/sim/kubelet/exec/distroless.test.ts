import { describe, expect, it } from 'vitest';
import { Cluster } from '../../cluster';
import { execInContainer } from '../test-util';

const notFound = (cmd: string) => ({ out: `OCI runtime exec failed: exec failed: unable to start container process: exec: "${cmd}": executable file not found in $PATH: unknown\n`, code: 126 });

describe('exec in the distroless kube-system images', () => {
  const c = new Cluster({ seed: 1 });
  const proxy = c.api.list('pods', 'kube-system').find((p) => p.metadata.name!.startsWith('kube-proxy-'))!.metadata.name!;
  const pods = ['etcd-k8s-master', 'kube-apiserver-k8s-master', 'kube-controller-manager-k8s-master', 'kube-scheduler-k8s-master', proxy];

  it('has no shell and no ls: runc fails the exec and kubectl reports exit code 126', () => {
    for (const pod of pods) {
      expect(execInContainer(c, 'kube-system', pod, undefined, ['ls', '/'])).toEqual(notFound('ls'));
      expect(execInContainer(c, 'kube-system', pod, undefined, ['sh'])).toEqual(notFound('sh'));
    }
  });

  it("prints component-base's version for a Kubernetes binary", () => {
    for (const [pod, bin] of [['kube-apiserver-k8s-master', 'kube-apiserver'], ['kube-scheduler-k8s-master', 'kube-scheduler'], ['kube-controller-manager-k8s-master', 'kube-controller-manager'], [proxy, 'kube-proxy']]) {
      expect(execInContainer(c, 'kube-system', pod, undefined, [bin, '--version'])).toEqual({ out: 'Kubernetes v1.34.1\n', code: 0 });
    }
  });
});
