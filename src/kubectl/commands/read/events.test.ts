import { describe, expect, it } from 'vitest';
import { Cluster } from '../../../sim/cluster';
import { MemoryWorkspace } from '../../context';
import { runKubectl } from '../../kubectl';

// outputs and messages as kubectl v1.34.5 prints them against the served sim
describe('kubectl events', () => {
  const cluster = new Cluster({ seed: 1 });
  const ctx = { cluster, fs: new MemoryWorkspace(), namespace: 'default' };
  const k = (line: string) => runKubectl(line.split(' ').filter(Boolean), ctx);
  k('create deployment ev --image=nginx');
  cluster.advance(5000);

  it('lists the namespace events oldest first in its own columns', () => {
    const lines = k('events').out.split('\n');
    expect(lines[0]).toMatch(/^LAST SEEN {3}TYPE {5}REASON {14}OBJECT {21}MESSAGE$/);
    expect(lines[1]).toMatch(/^5s {10}Normal {3}Scheduled {11}Pod\/ev-\w+-\w+ {4}Successfully assigned default\/ev-\w+-\w+ to k8s-node\d$/);
    expect(lines.filter((l) => l.includes('Started container nginx'))).toHaveLength(1);
  });

  it('filters by object and type', () => {
    expect(k('events --for=deployment/ev').out).toMatch(/^LAST SEEN {3}TYPE {5}REASON {14}OBJECT {10}MESSAGE\n5s {10}Normal {3}ScalingReplicaSet {3}Deployment\/ev {3}Scaled up replica set ev-\w+ from 0 to 1\n$/);
    const none = k('events --types=Warning');
    expect([none.stdout, none.stderr, none.code]).toEqual(['', 'No events found in default namespace.\n', 0]);
    expect(k('events -A --types=warning --for=pod/nope').stderr).toBe('No events found.\n');
  });

  it('rejects what kubectl rejects', () => {
    expect(k('events --for=nope').out).toBe('error: --for must be in resource/name form\n');
    expect(k('events --for=foo/x').out).toBe('the server doesn\'t have a resource type "foo"\n');
    expect(k('events --types=Foo').out).toBe('error: valid --types are Normal or Warning\n');
    expect(k('events -o wide').out).toMatch(/^error: unable to match a printer suitable for the output format "wide"/);
  });

  it('prints the list as an EventList', () => {
    expect(k('events -o yaml').out).toMatch(/\nkind: EventList\nmetadata: \{\}\n$/);
  });
});
