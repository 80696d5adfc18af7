import { describe, expect, it } from 'vitest';
import { outputOf, transcriptOf } from './run';

/** A "billion laughs" document: nine levels of nine aliases each. */
function aliasBomb(): string {
  const lines = ['apiVersion: v1', 'kind: ConfigMap', 'metadata:', '  name: bomb', 'data:', '  a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  let prev = 'a';
  for (const n of 'bcdefghi') {
    lines.push(`  ${n}: &${n} [${Array(9).fill(`*${prev}`).join(',')}]`);
    prev = n;
  }
  return lines.join('\n') + '\n';
}

const big = `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: big\ndata:\n  k: "${'x'.repeat(5 * 1024 * 1024)}"\n`;

describe('hostile input ends with a clear error and the next command still works', { timeout: 60_000 }, () => {
  it('refuses a YAML alias bomb', () => {
    const t = transcriptOf('kubectl apply -f bomb.yaml\necho next\n', 1, { 'bomb.yaml': aliasBomb() });
    expect(outputOf(t, 'kubectl apply')).toMatch(/^error: error parsing bomb\.yaml: .*alias/);
    expect(outputOf(t, 'echo next')).toBe('next\n');
  });

  it('refuses a 5 MB document as the API server does (413)', () => {
    const t = transcriptOf('kubectl create -f big.yaml\nkubectl apply -f big.yaml\necho next\n', 1, { 'big.yaml': big });
    expect(outputOf(t, 'kubectl create')).toBe('Error from server (RequestEntityTooLarge): error when creating "big.yaml": Request entity too large: limit is 3145728\n');
    expect(outputOf(t, 'kubectl apply')).toBe('Error from server (RequestEntityTooLarge): error when creating "big.yaml": Request entity too large: limit is 3145728\n');
    expect(outputOf(t, 'echo next')).toBe('next\n');
  });

  it('refuses to scale to 100000000 replicas without freezing', () => {
    const t = transcriptOf(
      'kubectl create deployment kubia --image=luksa/kubia\nkubectl scale deploy kubia --replicas=100000000\nsleep 10\nkubectl get events --field-selector reason=FailedCreate\necho next\n',
    );
    expect(outputOf(t, 'kubectl scale deploy kubia --replicas=100000000')).toBe('deployment.apps/kubia scaled\n');
    // the cluster-wide pod cap (config.maxPods) refuses the rest like a ResourceQuota
    expect(outputOf(t, 'kubectl get events --field-selector reason=FailedCreate')).toContain('exceeded quota');
    expect(outputOf(t, 'echo next')).toBe('next\n');
  }, 60_000);
});
