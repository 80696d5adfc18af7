import { describe, expect, it } from 'vitest';
import { outputOf, transcriptOf } from './run';

const FAILED =
  "0/3 nodes are available: 1 node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }, 2 node(s) didn't match pod topology spread constraints. no new claims to deallocate, preemption: 0/3 nodes are available: 1 Preemption is not helpful for scheduling, 2 No preemption victims found for incoming pod.";

/** How many of the listed pods run on each node, and how many are Pending. */
function placement(pods: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const line of pods.trim().split('\n')) {
    const cols = line.split(/\s+/);
    const where = cols[2] === 'Pending' ? 'Pending' : cols[6];
    out[where] = (out[where] ?? 0) + 1;
  }
  return out;
}

describe('pod topology spread on the two workers', { timeout: 60_000 }, () => {
  const t = transcriptOf('topology-spread.sh', 1);
  const replays = t.split('$ replay\n').slice(1);
  const pods = t.split('$ kubectl get pods -o wide --no-headers\n').slice(1).map((s) => s.slice(0, s.indexOf('$ ')));

  it('keeps the third replica Pending: the tainted control-plane node is an empty hostname domain (nodeTaintsPolicy Ignore), so the global minimum is 0', () => {
    expect(placement(pods[0])).toEqual({ 'k8s-node1': 1, 'k8s-node2': 1, Pending: 1 });
    expect(outputOf(t, "kubectl describe pods -l app=web | grep FailedScheduling")).toBe(`  Warning  FailedScheduling  10s   default-scheduler  ${FAILED}\n`);
  });

  it('shows the constraint with the matchLabelKeys the API server merged into its selector', () => {
    const lines = outputOf(t, "kubectl describe pods -l app=web | grep 'Topology Spread'").trim().split('\n');
    expect(lines).toHaveLength(3);
    for (const l of lines) expect(l).toMatch(/^Topology Spread Constraints: +kubernetes\.io\/hostname:DoNotSchedule when max skew 1 is exceeded for selector app=web,pod-template-hash in \(\w+\)$/);
  });

  it("replays each node's PodTopologySpread verdict", () => {
    const r = replays[0];
    expect(r).toMatch(/scheduler: finds no node for pods default\/web-\S+\n {2}k8s-master: filtered out: node\(s\) had untolerated taint \{node-role\.kubernetes\.io\/control-plane: \}\n {2}k8s-node1: filtered out: node\(s\) didn't match pod topology spread constraints\n {2}k8s-node2: filtered out: node\(s\) didn't match pod topology spread constraints\n/);
  });

  it('with nodeTaintsPolicy Honor the control plane no longer counts: 3 replicas run 2/1, 5 run 3/2', () => {
    expect(placement(pods[1])).toEqual({ 'k8s-node1': 2, 'k8s-node2': 1 });
    expect(placement(pods[2])).toEqual({ 'k8s-node1': 3, 'k8s-node2': 2 });
  });

  it('rejects bad constraints with the v1.34 messages', () => {
    expect(outputOf(t, 'kubectl apply -f bad.yaml')).toBe(
      [
        'The Pod "bad" is invalid: ',
        '* spec.topologySpreadConstraints[0].maxSkew: Invalid value: 0: must be greater than zero',
        '* spec.topologySpreadConstraints[0].{topologyKey, whenUnsatisfiable}: Duplicate value: "{kubernetes.io/hostname, ScheduleAnyway}"',
        '* spec.topologySpreadConstraints[0].minDomains: Invalid value: 2: can only use minDomains if whenUnsatisfiable=DoNotSchedule, not ScheduleAnyway',
        '',
      ].join('\n'),
    );
  });

  it('scores a pod without constraints by the system defaults: the node already running a replica gets 66', () => {
    expect(replays[2]).toMatch(/k8s-node2: fits, score \d+ \(TaintToleration 100×3, NodeResourcesFit \d+, PodTopologySpread 66×2, ImageLocality 0\)/);
  });
});
