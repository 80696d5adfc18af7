/**
 * The hostPath and nfs recyclers (k/k pkg/volume/{hostpath,nfs} Recycle and
 * pkg/volume/util/recyclerclient): a pod `recycler-for-<pv>` in `default` scrubs the volume
 * mounted at /scrub; the controller watches it to the end and passes each of its events on to
 * the volume as `RecyclerPod` `Recycler pod: <message>`.
 */
import type { KObject } from '../types';
import { bytes } from '../quantity';

const RECYCLER_PREFIX = 'recycler-for-';
export const RECYCLER_NAMESPACE = 'default';
const RECYCLER_IMAGE = 'registry.k8s.io/build-image/debian-base:bookworm-v1.0.5';

/** kube-controller-manager's PersistentVolumeRecyclerConfiguration defaults (seconds): minimum, and per GiB. */
const TIMEOUTS = { hostPath: { minimum: 60, increment: 30 }, nfs: { minimum: 300, increment: 30 } };

/** CalculateTimeoutForVolume: the increment per whole GiB of capacity, at least the minimum. */
function timeoutFor(pv: KObject): number {
  const { minimum, increment } = pv.spec?.nfs ? TIMEOUTS.nfs : TIMEOUTS.hostPath;
  const gi = Math.floor(bytes(pv.spec?.capacity?.storage ?? 0) / 2 ** 30);
  return Math.max(minimum, gi * increment);
}

/** `recycler-for-<pv>`: a second controller finds the first one's pod already there. */
export const recyclerName = (volume: string) => RECYCLER_PREFIX + volume;

/** The recycler pod template with the volume's source and timeout put in. */
export function recyclerPod(pv: KObject): KObject {
  const source = pv.spec?.nfs ? { nfs: { server: pv.spec.nfs.server, path: pv.spec.nfs.path } } : { hostPath: { path: pv.spec.hostPath.path } };
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name: recyclerName(pv.metadata.name!), namespace: RECYCLER_NAMESPACE },
    spec: {
      activeDeadlineSeconds: timeoutFor(pv),
      restartPolicy: 'Never',
      volumes: [{ name: 'vol', ...source }],
      containers: [
        {
          name: 'pv-recycler',
          image: RECYCLER_IMAGE,
          command: ['/bin/sh'],
          args: ['-c', 'test -e /scrub && find /scrub -mindepth 1 -delete && test -z "$(ls -A /scrub)" || exit 1'],
          volumeMounts: [{ name: 'vol', mountPath: '/scrub' }],
        },
      ],
    },
  } as KObject;
}

/** The volume the pod `namespace/name` recycles, if it is a recycler pod. */
export function recycledVolume(namespace: string | undefined, name = ''): string | undefined {
  return namespace === RECYCLER_NAMESPACE && name.startsWith(RECYCLER_PREFIX) ? name.slice(RECYCLER_PREFIX.length) : undefined;
}
