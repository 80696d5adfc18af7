import type { Rng } from '../../random';
import { NAME_ALPHABET } from '../../random';
import type { AdmissionPlugin } from '../apiserver';
import { admissionForbidden } from './forbidden';
import type { Json } from '../../json';

const SA_MOUNT_PATH = '/var/run/secrets/kubernetes.io/serviceaccount';
/** The bound token's lifetime the admission plugin requests (one hour plus 7 s of skew). */
const TOKEN_EXPIRATION = 3607;

/**
 * ServiceAccount admission for pods: default `serviceAccountName`, the service account must exist,
 * and (unless automount is off) the projected `kube-api-access-xxxxx` volume is mounted in every
 * container at /var/run/secrets/kubernetes.io/serviceaccount.
 */
export function serviceAccountPlugin(rng: Rng): AdmissionPlugin {
  return {
    name: 'ServiceAccount',
    phase: 'default',
    resources: ['pods'],
    run(obj, ctx) {
      if (ctx.op !== 'CREATE') return;
      if (obj.metadata?.annotations?.['kubernetes.io/config.mirror']) return;
      const spec: Json = obj.spec;
      if (!spec || typeof spec !== 'object') return;
      if (!spec.serviceAccountName) spec.serviceAccountName = spec.serviceAccount || 'default';
      spec.serviceAccount = spec.serviceAccountName;
      const ns = obj.metadata.namespace!;
      let sa = ctx.api.tryGet('serviceaccounts', ns, spec.serviceAccountName);
      // the plugin waits for the controller to create `default` in a new namespace; here it is created at once
      if (!sa && spec.serviceAccountName === 'default' && ctx.api.tryGet('namespaces', undefined, ns)?.status?.phase === 'Active') {
        sa = ctx.api.create({ apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: 'default', namespace: ns } });
      }
      if (!sa) {
        throw admissionForbidden(
          ctx.rt,
          obj,
          `error looking up service account ${ns}/${spec.serviceAccountName}: serviceaccount "${spec.serviceAccountName}" not found`,
        );
      }
      const automount = spec.automountServiceAccountToken ?? sa.automountServiceAccountToken ?? true;
      if (automount) mountToken(spec, rng);
      if (!(spec.imagePullSecrets ?? []).length && (sa.imagePullSecrets ?? []).length) {
        spec.imagePullSecrets = sa.imagePullSecrets.map((s: Json) => ({ name: s.name }));
      }
    },
  };
}

function mountToken(spec: Json, rng: Rng): void {
  const containers: Json[] = [...(spec.initContainers ?? []), ...(spec.containers ?? [])];
  // a pod that already mounts something there manages its own credentials
  if (containers.some((c) => (c?.volumeMounts ?? []).some((m: Json) => m?.mountPath === SA_MOUNT_PATH))) return;
  let name = '';
  const existing = new Set((spec.volumes ?? []).map((v: Json) => v?.name));
  do name = `kube-api-access-${rng.string(5, NAME_ALPHABET)}`;
  while (existing.has(name));
  spec.volumes = [
    ...(spec.volumes ?? []),
    {
      name,
      projected: {
        defaultMode: 420,
        sources: [
          { serviceAccountToken: { expirationSeconds: TOKEN_EXPIRATION, path: 'token' } },
          { configMap: { name: 'kube-root-ca.crt', items: [{ key: 'ca.crt', path: 'ca.crt' }] } },
          { downwardAPI: { items: [{ path: 'namespace', fieldRef: { apiVersion: 'v1', fieldPath: 'metadata.namespace' } }] } },
        ],
      },
    },
  ];
  for (const c of containers) {
    if (!c || typeof c !== 'object') continue;
    c.volumeMounts = [...(c.volumeMounts ?? []), { name, readOnly: true, mountPath: SA_MOUNT_PATH }];
  }
}
