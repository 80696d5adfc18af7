import { describe, expect, it } from 'vitest';
import { outputOf, transcriptOf } from './run';

/** Every output of a command that runs more than once, in order. */
function outputsOf(t: string, command: string): string[] {
  return t
    .split(/^\$ /m)
    .slice(1)
    .filter((b) => b.split('\n')[0] === command)
    .map((b) => b.split('\n').slice(1).join('\n'));
}

const WELCOME = /<h1>Welcome to nginx!<\/h1>/;
const TIMED_OUT = 'wget: download timed out\ncommand terminated with exit code 1\n';

describe('NetworkPolicy', { timeout: 120_000 }, () => {
  const t = transcriptOf('network-policy.sh', 1);

  it('refuses the notes\' indentation mistake with strict decoding', () => {
    expect(outputOf(t, "kubectl apply -f - <<'YAML'")).toMatch(
      /^Error from server \(BadRequest\): error when creating "STDIN": NetworkPolicy in version "v1" cannot be handled as a NetworkPolicy: strict decoding error: unknown field "spec\.ingress\[0\]\.from\[0\]\.matchLabels"\n/,
    );
  });

  it('lets in only what a policy selecting the pod allows; the rest times out', () => {
    const other = outputsOf(t, 'kubectl exec other -- wget -qO- -T 2 database');
    expect(other[0]).toMatch(WELCOME);
    expect(other[1]).toBe(TIMED_OUT);
    expect(outputOf(t, 'kubectl exec webserver -- wget -qO- -T 2 database')).toMatch(WELCOME);
    expect(outputOf(t, 'kubectl exec other -- wget -qO- database')).toMatch(/^wget: can't connect to remote host \(10\.\d+\.\d+\.\d+\): Connection timed out\n/);
  });

  it('namespaceSelector and podSelector in one peer: both must match', () => {
    const client = outputsOf(t, 'kubectl exec -n manning client -- wget -qO- -T 2 database.default');
    expect(client[0]).toBe(TIMED_OUT);
    expect(client[1]).toBe(TIMED_OUT);
    expect(client[2]).toMatch(WELCOME);
  });

  it('egress without DNS leaves names unresolved; the API server is egress too', () => {
    expect(outputOf(t, 'kubectl exec database -- curl -sS -m 3 webserver')).toBe('curl: (28) Resolving timed out after 3001 milliseconds\ncommand terminated with exit code 28\n');
    expect(outputOf(t, 'kubectl exec database -- curl -s -m 3 webserver')).toMatch(WELCOME);
    expect(outputOf(t, 'kubectl exec database -- curl -sSk -m 3 https://kubernetes.default/version')).toBe('curl: (28) Connection timed out after 3001 milliseconds\ncommand terminated with exit code 28\n');
    // --write-out reports each transfer, a timed-out one as 000
    expect(outputOf(t, "kubectl exec database -- curl -so /dev/null -m 3 -w '%{http_code} %{exitcode}\\n' webserver")).toBe('200 0\n');
    expect(outputOf(t, "kubectl exec database -- curl -so /dev/null -m 3 -w '%{http_code} %{exitcode}\\n' https://kubernetes.default/version")).toBe('000 28\ncommand terminated with exit code 28\n');
    // allow-dns selects every pod for Egress, so other may now only resolve names
    expect(outputOf(t, 'kubectl exec other -- wget -qO- -T 2 webserver')).toBe(TIMED_OUT);
  });

  it('lists policies with their pod selectors', () => {
    expect(outputOf(t, 'kubectl get networkpolicy')).toMatch(/^NAME +POD-SELECTOR +AGE\nallow-dns +<none> +\d+s\ndatabase-egress +app=database /);
  });
});
