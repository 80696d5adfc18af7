import { describe, expect, it } from 'vitest';
import { outputOf, transcriptOf } from './run';

describe('ConfigMaps and Secrets as in notes 7.4-7.5 (config.sh)', { timeout: 60_000 }, () => {
  const t = transcriptOf('config.sh', 1);

  it('projects keys as files with defaultMode, shown through the symlinks by ls -lL, and refuses writes', () => {
    expect(outputOf(t, 'kubectl exec config-volume-yh -c web-server -- ls /etc/nginx/conf.d')).toBe('my.conf\nsleep-interval\n');
    expect(outputOf(t, 'kubectl exec config-volume-yh -- ls -lL /etc/nginx/conf.d')).toMatch(/^total 8\n-rw-rw---- {4}1 root {5}root {13}8 .* my\.conf\n-rw-rw---- {4}1 root {5}root {13}2 .* sleep-interval\n$/);
    expect(outputOf(t, 'kubectl exec config-volume-yh -- touch /etc/nginx/conf.d/new.conf')).toBe('touch: /etc/nginx/conf.d/new.conf: Read-only file system\ncommand terminated with exit code 1\n');
  });

  it('updates the mounted file after the sync delay, but neither the subPath file nor the env var', () => {
    const before = outputOf(t, 'kubectl exec config-volume-yh -- cat /etc/nginx/conf.d/sleep-interval');
    const after = outputOf(t.split('$ sleep 90\n')[1], 'kubectl exec config-volume-yh -- cat /etc/nginx/conf.d/sleep-interval');
    expect([before, after]).toEqual(['25\n', '5\n']);
    expect(outputOf(t, 'kubectl exec config-volume-yh -- cat /etc/nginx/my.conf')).toBe('gzip on;\n');
    expect(outputOf(t, 'kubectl exec config-volume-yh -- printenv INTERVAL')).toBe('25\n');
  });

  it('merges stringData into data as base64 and drops it', () => {
    expect(outputOf(t, "kubectl get secret mysecret -o jsonpath='{.data}'")).toBe('{"password":"MWYyZDFlMmU2N2Rm","username":"YWRtaW4="}\n');
  });

  it('stops containers whose ConfigMap or key is missing, and skips invalid envFrom keys with an event', () => {
    expect(outputOf(t, 'kubectl get pods missing-cm missing-key envfrom')).toMatch(/missing-cm +0\/1 +CreateContainerConfigError[\s\S]*missing-key +0\/1 +CreateContainerConfigError[\s\S]*envfrom +1\/1 +Running/);
    expect(outputOf(t, 'kubectl get events --field-selector involvedObject.name=missing-cm,reason=Failed')).toContain('Error: configmap "no-such-config" not found');
    expect(outputOf(t, 'kubectl get events --field-selector involvedObject.name=missing-key,reason=Failed')).toContain("Error: couldn't find key nope in Secret default/mysecret");
    expect(outputOf(t, 'kubectl get events --field-selector involvedObject.name=envfrom,reason=InvalidEnvironmentVariableNames')).toContain(
      'Keys [1badkey] from the EnvFrom configMap default/my-config-map were skipped since they are considered invalid environment variable names.',
    );
    expect(outputOf(t, 'kubectl exec envfrom -- printenv GOOD')).toBe('y\n');
  });
});
