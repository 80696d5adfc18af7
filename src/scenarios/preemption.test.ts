import { describe, expect, it } from 'vitest';
import { outputOf, transcriptOf } from './run';

describe('pod priority and preemption', { timeout: 60_000 }, () => {
  const t = transcriptOf('preemption.sh', 1);

  it('lists the built-in classes beside the new ones', () => {
    expect(outputOf(t, 'kubectl get priorityclasses')).toMatch(/^system-cluster-critical +2000000000 +false /m);
    expect(outputOf(t, 'kubectl get priorityclasses')).toMatch(/^system-node-critical +2000001000 +false /m);
  });

  it("reserves the system- prefix and caps user values at 10^9, with ValidatePriorityClass's text", () => {
    expect(outputOf(t, 'kubectl create priorityclass system-mine --value=5')).toBe(
      `error: failed to create priorityclass: PriorityClass.scheduling.k8s.io "system-mine" is invalid: metadata.name: Forbidden: priority class names with 'system-' prefix are reserved for system use only. error: system-mine is not a known system priority class\n`,
    );
    expect(outputOf(t, 'kubectl create priorityclass too-high --value=2000000000')).toBe(
      'error: failed to create priorityclass: PriorityClass.scheduling.k8s.io "too-high" is invalid: value: Forbidden: maximum allowed value of a user defined priority is 1000000000\n',
    );
    // value is an int32: kubectl's flag refuses more
    expect(outputOf(t, 'kubectl create priorityclass beyond-int32 --value=3000000000')).toBe(
      `error: invalid argument "3000000000" for "--value" flag: strconv.ParseInt: parsing "3000000000": value out of range\nSee 'kubectl create priorityclass --help' for usage.\n`,
    );
  });

  it('allows one global default only', () => {
    expect(outputOf(t, 'kubectl create priorityclass second-default --value=20 --global-default')).toBe(
      'error: failed to create priorityclass: priorityclasses.scheduling.k8s.io "second-default" is forbidden: PriorityClass first-default is already marked as default. Only one default can exist\n',
    );
  });

  it('refuses a pod naming an unknown class', () => {
    expect(outputOf(t, `kubectl run ghost --image=nginx --overrides='{"spec":{"priorityClassName":"gold"}}'`)).toBe('Error from server (Forbidden): pods "ghost" is forbidden: no PriorityClass with name gold was found\n');
  });

  it('does not preempt for a pod with preemptionPolicy Never', () => {
    expect(outputOf(t, `kubectl get pod polite -o jsonpath='{.spec.preemptionPolicy} {.status.conditions[0].message}{"\\n"}'`)).toBe(
      'Never 0/3 nodes are available: 1 node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }, 2 Insufficient cpu. no new claims to deallocate, preemption: not eligible due to preemptionPolicy=Never.\n',
    );
  });

  it('nominates a node, marks the lower-priority victim and deletes it with the Preempted event', () => {
    expect(outputOf(t, `kubectl get pod urgent -o jsonpath='{.spec.priority} nominated={.status.nominatedNodeName}{"\\n"}'`)).toBe('1000000 nominated=k8s-node1\n');
    expect(outputOf(t, "kubectl get pods -l app=filler -o 'custom-columns=NAME:.metadata.name,NODE:.spec.nodeName,DISRUPTION")).toMatch(/ k8s-node1 +default-scheduler: preempting to accommodate a higher priority pod\n/);
    expect(outputOf(t, 'kubectl get events --field-selector reason=Preempted')).toMatch(/^Preempted +filler-\S+ +Preempted by pod [0-9a-f-]{36} on node k8s-node1\n$/m);
  });

  it('shows the preemption in the replay, before the victim is written', () => {
    const r = outputOf(t, 'replay');
    const decided = r.indexOf('  preemption: nominates k8s-node1, evicting default/filler-');
    expect(decided).toBeGreaterThan(0);
    expect(r.indexOf('  DisruptionTarget: - → True')).toBeGreaterThan(decided);
    expect(r).toContain('  status.nominatedNodeName: - → k8s-node1\n');
    // a preemption that nominated a node leaves no PostFilter text in FailedScheduling
    expect(r).toContain('event Warning FailedScheduling on pods default/urgent: 0/3 nodes are available: 1 node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }, 2 Insufficient cpu.\n');
  });

  it('binds the preemptor once the victim is gone; the replacement of equal priority finds no victim', () => {
    expect(outputOf(t, 'kubectl get pods -o wide')).toMatch(/^urgent +1\/1 +Running .* k8s-node1 /m);
    expect(outputOf(t, 'kubectl get pods -o wide')).toMatch(/^filler-\S+ +0\/1 +Pending /m);
    expect(outputOf(t, "kubectl get pods -l app=filler --field-selector status.phase=Pending -o jsonpath='{.items[0].status.conditions[0].message}{\"\\n\"}'")).toContain(
      'preemption: 0/3 nodes are available: 1 Preemption is not helpful for scheduling, 2 No preemption victims found for incoming pod.',
    );
  });
});
