import { describe, expect, it } from 'vitest';
import { outputOf, transcriptOf } from './run';

const NO_TTY = 'Unable to use a TTY - input is not a terminal or the right kind of file\n';

describe('shells inside pods, headless (stdin from a heredoc)', { timeout: 60_000 }, () => {
  const t = transcriptOf('exec-shell.sh', 1);

  it('runs the heredoc as the container shell script after kubectl notes there is no TTY', () => {
    expect(outputOf(t, `kubectl exec -it deploy/kubia -- sh <<'EOF'`)).toMatch(
      new RegExp(`^${NO_TTY}(kubia-[a-z0-9]+-[a-z0-9]{5})\\nHOME=/root\\n/tmp\\nYou've hit \\1\\ncommand terminated with exit code 3\\n$`),
    );
  });

  it('has the pod network and cluster DNS inside busybox', () => {
    const out = outputOf(t, `kubectl exec -it client -- sh <<'EOF'`);
    expect(out.startsWith(NO_TTY + "wget: bad address 'kubia'\nno Service kubia yet\n")).toBe(true);
    expect(out).toContain('Name:\tkubernetes.default.svc.cluster.local\nAddress: 10.96.0.1\n');
  });

  it('prints no TTY notice for -i alone', () => {
    expect(outputOf(t, `kubectl exec -i client -- sh <<'EOF'`)).toBe('stdin without a tty: no notice\n');
  });

  it('run -it --rm feeds the heredoc to the pod shell, then deletes the pod with kubectl\'s message', () => {
    expect(outputOf(t, `kubectl run -it --rm test --image=busybox --restart=Never -- sh <<'EOF'`)).toBe(
      `${NO_TTY}If you don't see a command prompt, try pressing enter.\ntest\nKUBERNETES_SERVICE_HOST=10.96.0.1\npod "test" deleted from default namespace\n`,
    );
    expect(outputOf(t, 'kubectl get pods -o name')).not.toContain('pod/test');
  });

  it('is the same transcript byte for byte with the same seed', () => {
    expect(transcriptOf('exec-shell.sh', 1)).toBe(t);
  });
});
