import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { MemoryWorkspace } from '../kubectl/context';
import { Cluster } from '../sim/cluster';
import type { Component } from '../sim/component';
import { Shell } from '../shell/shell';

const here = dirname(fileURLToPath(import.meta.url));

/** A cluster whose components are handed every watch event, whatever they say they watch. */
class EveryEventCluster extends Cluster {
  override addComponent(c: Component): void {
    super.addComponent(Object.assign(c, { watches: undefined }));
  }
}

function run(cluster: Cluster, script: string): { transcript: string; activity: string } {
  const text = readFileSync(join(here, script), 'utf8');
  const transcript = new Shell({ cluster, fs: new MemoryWorkspace() }).transcript(text);
  return { transcript, activity: JSON.stringify(cluster.activity.since(0, Infinity)) };
}

// A component that leaves a resource out of `watches` must not have needed its events: the scripts
// below touch workloads, storage, jobs, node failures, namespaces and deletions.
describe('component watch lists', { timeout: 240_000 }, () => {
  it.each(['acceptance.sh', 'statefulset.sh', 'storage.sh', 'mysql-node-failure.sh', 'wait-delete.sh'])('%s runs the same when every component sees every event', (script) => {
    const a = run(new Cluster({ seed: 3 }), script);
    const b = run(new EveryEventCluster({ seed: 3 }), script);
    expect(a.transcript).toBe(b.transcript);
    expect(a.activity).toBe(b.activity);
  });
});
