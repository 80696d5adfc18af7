import { describe, expect, it } from 'vitest';
import { outputOf, transcriptOf } from './run';

const HASH = '[4-9bcdf]{1,10}';
const SUFFIX = '[bcdfghjklmnpqrstvwxz2456789]{5}';

describe('acceptance: kubia behind a Service, called from a client pod', { timeout: 60_000 }, () => {
  it('runs end to end with upstream-shaped names, 3 endpoints on 8080 and answers from several pods', () => {
    const t = transcriptOf('acceptance.sh', 1);
    expect(outputOf(t, 'kubectl create deployment')).toBe('deployment.apps/kubia created\n');
    expect(outputOf(t, 'kubectl expose')).toBe('service/kubia exposed\n');
    const pods = outputOf(t, 'kubectl get pods').trim().split('\n').slice(1);
    expect(pods).toHaveLength(3);
    for (const line of pods) expect(line).toMatch(new RegExp(`^kubia-${HASH}-${SUFFIX}\\s+1/1\\s+Running\\s+0\\s+`));
    expect(outputOf(t, 'kubectl get svc kubia')).toMatch(/^NAME\s+TYPE\s+CLUSTER-IP\s+EXTERNAL-IP\s+PORT\(S\)\s+AGE\nkubia\s+ClusterIP\s+10\.\d+\.\d+\.\d+\s+<none>\s+80\/TCP\s+/);
    const ep = outputOf(t, 'kubectl get endpoints kubia');
    expect(ep.match(/10\.244\.\d+\.\d+:8080/g)).toHaveLength(3);
    const answers = t
      .split('\n')
      .filter((l) => l.startsWith("You've hit "))
      .map((l) => l.slice("You've hit ".length));
    expect(answers).toHaveLength(6);
    for (const a of answers) expect(a).toMatch(new RegExp(`^kubia-${HASH}-${SUFFIX}$`));
    expect(new Set(answers).size).toBeGreaterThan(1);
  });

  it('is byte-identical for the same seed', () => {
    expect(transcriptOf('acceptance.sh', 42)).toBe(transcriptOf('acceptance.sh', 42));
  });
});
