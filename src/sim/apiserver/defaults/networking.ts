import type { Json } from '../../json';

/** `SetDefaults_NetworkPolicy`: policyTypes Ingress, plus Egress when egress rules exist; ports TCP. */
export function defaultNetworkPolicy(np: Json): void {
  const spec = (np.spec ??= {});
  if (!spec.policyTypes || spec.policyTypes.length === 0) {
    spec.policyTypes = ['Ingress'];
    if ((spec.egress ?? []).length > 0) spec.policyTypes.push('Egress');
  }
  for (const rule of [...(spec.ingress ?? []), ...(spec.egress ?? [])]) {
    for (const p of rule?.ports ?? []) if (p && !p.protocol) p.protocol = 'TCP';
  }
}

/** Ingress has no defaults in networking.k8s.io/v1 (pathType stays required). */
export function defaultIngress(_ing: Json): void {}
