import { describe, expect, it } from 'vitest';
import type { KObject } from '../../sim/types';
import { shortNameWarnings } from '../rest-mapper';
import { describeEndpointSlice, describeIngressClass, describeServiceCIDR } from './addresses';
import { describePodDisruptionBudget, describePriorityClass } from './policy';
import { describeCSINode, describeVolumeAttributesClass } from './storage';

const NOW = Date.UTC(2026, 0, 1, 8, 0, 0);
const obj = (o: Record<string, unknown>) => o as KObject;

// Expected texts: kubectl's pkg/describe/describe_test.go, or kubectl v1.34.5 against the playground's API.
describe('describers kubectl registers beyond the workloads', () => {
  it('PodDisruptionBudget: min available, selector, the four status counts', () => {
    const pdb = obj({ metadata: { name: 'pdb1', namespace: 'default' }, spec: { minAvailable: 1, selector: { matchLabels: { app: 'web' } } }, status: { disruptionsAllowed: 1, currentHealthy: 2, desiredHealthy: 1, expectedPods: 2 } });
    expect(describePodDisruptionBudget(pdb, [], NOW)).toBe(`Name:           pdb1
Namespace:      default
Min available:  1
Selector:       app=web
Status:
    Allowed disruptions:  1
    Current:              2
    Desired:              1
    Total:                2
Events:                   <none>
`);
  });

  it('PodDisruptionBudget: a percentage maxUnavailable, no selector, no status yet', () => {
    const pdb = obj({ metadata: { name: 'p', namespace: 'ns1' }, spec: { maxUnavailable: '50%' } });
    expect(describePodDisruptionBudget(pdb, undefined, NOW)).toContain('Max unavailable:  50%\nSelector:         <unset>\nStatus:\n    Allowed disruptions:  0\n');
  });

  it('PriorityClass (TestDescribePriorityClass fields, kubectl34 layout)', () => {
    const pc = obj({ metadata: { name: 'pc1' }, value: 1000, preemptionPolicy: 'PreemptLowerPriority', description: 'hi' });
    expect(describePriorityClass(pc, [], NOW)).toBe(`Name:              pc1
Value:             1000
GlobalDefault:     false
PreemptionPolicy:  PreemptLowerPriority
Description:       hi
Annotations:       <none>
Events:            <none>
`);
  });

  it('EndpointSlice (TestDescribeEndpointSlice)', () => {
    const eps = obj({
      metadata: { name: 'foo.123', namespace: 'bar' },
      addressType: 'IPv4',
      endpoints: [
        { addresses: ['1.2.3.4', '1.2.3.5'], conditions: { ready: true }, targetRef: { kind: 'Pod', name: 'test-123' }, zone: 'us-central1-a', nodeName: 'node-1' },
        { addresses: ['1.2.3.6', '1.2.3.7'], conditions: { ready: true }, targetRef: { kind: 'Pod', name: 'test-124' }, nodeName: 'node-2' },
      ],
      ports: [{ protocol: 'TCP', port: 80 }],
    });
    expect(describeEndpointSlice(eps, [], NOW)).toBe(`Name:         foo.123
Namespace:    bar
Labels:       <none>
Annotations:  <none>
AddressType:  IPv4
Ports:
  Name     Port  Protocol
  ----     ----  --------
  <unset>  80    TCP
Endpoints:
  - Addresses:  1.2.3.4, 1.2.3.5
    Conditions:
      Ready:    true
    Hostname:   <unset>
    TargetRef:  Pod/test-123
    NodeName:   node-1
    Zone:       us-central1-a
  - Addresses:  1.2.3.6, 1.2.3.7
    Conditions:
      Ready:    true
    Hostname:   <unset>
    TargetRef:  Pod/test-124
    NodeName:   node-2
    Zone:       <unset>
Events:         <none>
`);
  });

  it('IngressClass (TestDescribeIngressClass, events not shown)', () => {
    const ic = obj({ metadata: { name: 'example-class' }, spec: { controller: 'example.com/controller', parameters: { apiGroup: 'v1', kind: 'ConfigMap', name: 'example-parameters' } } });
    expect(describeIngressClass(ic, undefined, NOW)).toBe(`Name:         example-class
Labels:       <none>
Annotations:  <none>
Controller:   example.com/controller
Parameters:
  APIGroup:  v1
  Kind:      ConfigMap
  Name:      example-parameters
`);
  });

  it('ServiceCIDR (TestDescribeServiceCIDR, dual stack)', () => {
    const cidr = obj({ metadata: { name: 'foo.123' }, spec: { cidrs: ['10.1.0.0/16', 'fd00:1:1::/64'] } });
    expect(describeServiceCIDR(cidr, [], NOW)).toBe(`Name:         foo.123
Labels:       <none>
Annotations:  <none>
CIDRs:        10.1.0.0/16, fd00:1:1::/64
Events:       <none>
`);
  });

  it('VolumeAttributesClass (TestDescribeVolumeAttributesClass)', () => {
    const vac = obj({ metadata: { name: 'foo', annotations: { name: 'bar' } }, driverName: 'my-driver', parameters: { param1: 'value1', param2: 'value2' } });
    expect(describeVolumeAttributesClass(vac, [], NOW)).toBe(`Name:         foo
Annotations:  name=bar
DriverName:   my-driver
Parameters:   param1=value1,param2=value2
Events:       <none>
`);
  });

  it('CSINode: each driver with its node ID and allocatable count (TestDescribeCSINode)', () => {
    const csi = obj({ metadata: { name: 'foo' }, spec: { drivers: [{ name: 'driver1', nodeID: 'node1' }, { name: 'driver2', nodeID: 'node2', allocatable: { count: 2 } }] } });
    const out = describeCSINode(csi, [], NOW);
    expect(out).toContain('Spec:\n  Drivers:\n    driver1:\n      Node ID:  node1\n    driver2:\n      Node ID:  node2\n      Allocatables:\n        Count:  2\n');
  });
});

describe('shortcut expander warnings', () => {
  it('ev is core events first and also matches events.events.k8s.io', () => {
    expect(shortNameWarnings('ev')).toEqual(['Warning: short name "ev" could also match lower priority resource events.events.k8s.io']);
  });
  it('full names, grouped names and unambiguous short names warn nothing', () => {
    expect(shortNameWarnings('events')).toEqual([]);
    expect(shortNameWarnings('ev.events.k8s.io')).toEqual([]);
    expect(shortNameWarnings('po')).toEqual([]);
  });
});
