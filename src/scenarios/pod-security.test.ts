import { describe, expect, it } from 'vitest';
import { outputOf, transcriptOf } from './run';

describe('Pod Security Admission', { timeout: 60_000 }, () => {
  const t = transcriptOf('pod-security.sh', 1);

  it('warns about existing pods when enforce is set', () => {
    expect(outputOf(t, 'kubectl label ns secure pod-security.kubernetes.io/enforce=restricted')).toBe(
      'Warning: existing pods in namespace "secure" violate the new PodSecurity enforce level "restricted:latest"\n' +
        'Warning: early: allowPrivilegeEscalation != false, unrestricted capabilities, runAsNonRoot != true, seccompProfile\n' +
        'namespace/secure labeled\n',
    );
  });

  it('rejects a privileged pod in a restricted namespace', () => {
    expect(outputOf(t, 'kubectl run priv')).toBe(
      'Error from server (Forbidden): pods "priv" is forbidden: violates PodSecurity "restricted:latest": privileged (container "priv" must not set securityContext.privileged=true), ' +
        'allowPrivilegeEscalation != false (container "priv" must set securityContext.allowPrivilegeEscalation=false), unrestricted capabilities (container "priv" must set securityContext.capabilities.drop=["ALL"]), ' +
        'runAsNonRoot != true (pod or container "priv" must set securityContext.runAsNonRoot=true), seccompProfile (pod or container "priv" must set securityContext.seccompProfile.type to "RuntimeDefault" or "Localhost")\n',
    );
  });

  it('admits a baseline pod with a warning for the restricted warn level', () => {
    const out = outputOf(t, 'kubectl run plain');
    expect(out).toMatch(/^Warning: would violate PodSecurity "restricted:latest": allowPrivilegeEscalation != false \(container "plain" must set securityContext.allowPrivilegeEscalation=false\), /);
    expect(out).toMatch(/\npod\/plain created\n$/);
    expect(outputOf(t, 'kubectl apply -n secure -f -')).toBe(
      'Error from server (Forbidden): error when creating "STDIN": pods "hostnet" is forbidden: violates PodSecurity "baseline:latest": host namespaces (hostNetwork=true)\n',
    );
  });

  it('refuses an unknown level and the removed PodSecurityPolicy kind', () => {
    expect(outputOf(t, 'kubectl label ns secure pod-security.kubernetes.io/enforce=strict')).toBe(
      'The Namespace "secure" is invalid: metadata.labels[pod-security.kubernetes.io/enforce]: Invalid value: "strict": must be one of privileged, baseline, restricted\n',
    );
    expect(outputOf(t, 'kubectl apply -f - <<')).toBe(
      'error: resource mapping not found for name: "default" namespace: "" from "STDIN": no matches for kind "PodSecurityPolicy" in version "policy/v1beta1"\nensure CRDs are installed first\n',
    );
  });

  it('evaluates a pinned enforce-version with that version\'s checks, warn at latest', () => {
    expect(outputOf(t, 'kubectl apply -n pinned -f -')).toBe(
      'Warning: would violate PodSecurity "restricted:latest": unrestricted capabilities (container "main" must set securityContext.capabilities.drop=["ALL"])\npod/keeps-caps created\n',
    );
    expect(outputOf(t, 'kubectl label ns pinned pod-security.kubernetes.io/enforce-version-')).toBe(
      'Warning: existing pods in namespace "pinned" violate the new PodSecurity enforce level "restricted:latest"\nWarning: keeps-caps: unrestricted capabilities\nnamespace/pinned unlabeled\n',
    );
  });

  it('copies the deprecated AppArmor annotation to the container field, warning about it', () => {
    expect(t).toContain('YAML\nWarning: metadata.annotations[container.apparmor.security.beta.kubernetes.io/main]: deprecated since v1.30; use the "appArmorProfile" field instead\npod/armored created\n');
    expect(outputOf(t, "kubectl get pod armored -o jsonpath='{.spec.containers[0].securityContext}'")).toBe('{"appArmorProfile":{"type":"RuntimeDefault"}}\n');
  });
});
