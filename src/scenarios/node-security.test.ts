import { describe, expect, it } from 'vitest';
import { outputOf, transcriptOf } from './run';

describe('host namespaces, host ports and capabilities (notes 13.1, 13.2)', { timeout: 60_000 }, () => {
  const t = transcriptOf('node-security.sh', 1);

  it('the kubelet rejects a second pod placed with nodeName on a taken hostPort', () => {
    expect(outputOf(t, 'kubectl get pods kubia-hostport kubia-hostport2')).toMatch(/\nkubia-hostport {4}1\/1 {5}Running .*\nkubia-hostport2 {3}0\/1 {5}NodePorts /);
    const d = outputOf(t, 'kubectl describe pod kubia-hostport2');
    expect(d).toContain('Status:           Failed\nReason:           NodePorts\nMessage:          Pod was rejected: Predicate NodePorts failed: node(s) didn\'t have free ports for the requested pod ports\n');
    expect(d).toMatch(/ {2}Warning {2}NodePorts {2}\S+ +kubelet {2}Predicate NodePorts failed: node\(s\) didn't have free ports for the requested pod ports\n/);
  });

  it('a hostNetwork pod sees the node\'s interfaces', () => {
    const out = outputOf(t, 'kubectl exec pod-host-yaohong -- ifconfig');
    expect(out.split('\n').filter((l) => /^\S/.test(l)).map((l) => l.split(' ')[0])).toEqual(['cni0', 'eth0', 'lo']);
    expect(out).toMatch(/inet addr:192\.168\.0\.\d+ {2}Bcast:192\.168\.0\.255 {2}Mask:255\.255\.255\.0\n/);
  });

  it('/proc/1/status shows containerd\'s capabilities with add, drop and privileged', () => {
    expect(outputOf(t, 'kubectl exec pod-add-settime-capability -- grep Cap /proc/1/status')).toBe(
      'CapInh:\t0000000000000000\nCapPrm:\t00000000aa0425fb\nCapEff:\t00000000aa0425fb\nCapBnd:\t00000000aa0425fb\nCapAmb:\t0000000000000000\n',
    );
    expect(outputOf(t, 'kubectl exec pod-drop-chown-capability -- grep CapEff /proc/1/status')).toBe('CapEff:\t00000000a80425fa\n');
    expect(outputOf(t, 'kubectl exec pod-privileged -- grep CapEff /proc/1/status')).toBe('CapEff:\t000001ffffffffff\n');
  });

  it('nc -z reaches a Service until a default-deny policy drops the connection', () => {
    const blocks = t.split('$ kubectl exec pod-privileged -- nc -zv -w 2 kubia 80\n').slice(1).map((b) => b.split('\n$ ')[0]);
    expect(blocks[0]).toMatch(/^kubia \(10\.\d+\.\d+\.\d+:80\) open$/);
    expect(blocks[1]).toMatch(/^nc: kubia \(10\.\d+\.\d+\.\d+:80\): Connection timed out\ncommand terminated with exit code 1\n?$/);
  });
});
