import { describe, expect, it } from 'vitest';
import { MemoryWorkspace } from '../kubectl/context';
import { Cluster } from '../sim/cluster';
import { Shell } from '../shell/shell';
import { isWatch, WatchStream } from './watch';

describe('kubectl get -w in the page', () => {
  it('recognizes watch flags', () => {
    expect(isWatch('kubectl get pods -w')).toBe(true);
    expect(isWatch('kubectl get pods --watch')).toBe(true);
    expect(isWatch('kubectl get pods -o wide')).toBe(false);
  });

  it('prints the table, then only rows that changed, without headers', () => {
    const cluster = new Cluster({ seed: 2 });
    const shell = new Shell({ cluster, fs: new MemoryWorkspace() });
    shell.run('kubectl create deployment web --image=nginx --replicas=2');
    const w = new WatchStream('kubectl get pods -w', shell, cluster);
    const first = w.start();
    expect(first.out).toMatch(/^NAME\s+READY/);
    expect(w.poll()).toBe('');
    cluster.advance(30_000);
    const more = w.poll();
    expect(more).not.toMatch(/^NAME/m);
    expect(more.trim().split('\n')).toHaveLength(2);
    expect(more).toContain('Running');
  });
});
