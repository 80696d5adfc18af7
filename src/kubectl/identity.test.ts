import { describe, expect, it } from 'vitest';
import { Cluster } from '../sim/cluster';
import { MemoryWorkspace } from './context';
import { Kubeconfig } from './kubeconfig';
import { runKubectl } from './kubectl';

describe('kubectl with a bearer token', () => {
  const cluster = new Cluster({ seed: 1 });
  const kubeconfig = new Kubeconfig();
  const run = (line: string) => runKubectl(line.split(' '), { cluster, fs: new MemoryWorkspace(), namespace: 'default', kubeconfig });
  run('create serviceaccount bob');
  const token = run('create token bob --duration=10m').out.trim();
  run(`config set-credentials bob --token=${token}`);
  run('config set-context bob --cluster=kubernetes --user=bob');

  it("acts as the token's ServiceAccount, with what RBAC grants it", () => {
    expect(run('--context=bob get secrets').out).toBe('Error from server (Forbidden): secrets is forbidden: User "system:serviceaccount:default:bob" cannot list resource "secrets" in API group "" in the namespace "default"\n');
  });

  it('may impersonate only what RBAC lets it', () => {
    expect(run('--context=bob get pods --as=jane').out).toBe('Error from server (Forbidden): users "jane" is forbidden: User "system:serviceaccount:default:bob" cannot impersonate resource "users" in API group "" at the cluster scope\n');
  });

  it("stays the admin with --token beside admin.conf's client certificate, which authenticates first", () => {
    expect(run(`--token=${token} get secrets`).out).not.toContain('forbidden');
  });

  it('is refused as kubectl prints a 401 for a token that does not verify', () => {
    const r = run('--user=bob --token=a.b.c get pods');
    expect(r.out).toBe('error: You must be logged in to the server (Unauthorized)\n');
    expect(r.code).toBe(1);
  });

  it('stops authenticating once exp is more than the minute of leeway past, on the virtual clock', () => {
    cluster.advance(659_000);
    expect(run('--context=bob get secrets').out).toContain('forbidden');
    cluster.advance(2_000);
    expect(run('--context=bob get secrets').out).toBe('error: You must be logged in to the server (Unauthorized)\n');
  });
});
