import { describe, expect, it } from 'vitest';
import { outputOf, transcriptOf } from './run';

// MultiCIDRServiceAllocator, GA and on by default since v1.33: pkg/registry/core/service/ipallocator and the default-servicecidr controller
describe('the default ServiceCIDR and the IPAddress of each ClusterIP', { timeout: 60_000 }, () => {
  const t = transcriptOf('service-cidr.sh', 1);

  it('creates the ServiceCIDR kubernetes over the service range, Ready and protected by its finalizer', () => {
    expect(outputOf(t, 'kubectl get servicecidrs')).toBe('NAME         CIDRS          AGE\nkubernetes   10.96.0.0/12   18d\n');
    const yaml = outputOf(t, 'kubectl get servicecidr kubernetes -o yaml');
    expect(yaml).toContain('  finalizers:\n  - networking.k8s.io/service-cidr-finalizer\n');
    expect(yaml).toContain('spec:\n  cidrs:\n  - 10.96.0.0/12\n');
    expect(yaml).toContain('    message: Kubernetes default Service CIDR is ready\n    reason: ""\n    status: "True"\n    type: Ready\n');
  });

  it('has an IPAddress for the bootstrap Services, named by the address, with the parent as printIPAddress writes it', () => {
    expect(outputOf(t, 'kubectl get ipaddresses')).toBe('NAME         PARENTREF\n10.96.0.1    services/default/kubernetes\n10.96.0.10   services/kube-system/kube-dns\n');
  });

  it('allocates one with each ClusterIP (none for headless or ExternalName Services) and releases it with the Service', () => {
    const lists = t.split('$ kubectl get ipaddresses\n').slice(1).map((b) => b.split('$ ')[0]);
    expect(lists[1]).toMatch(/^10\.96\.0\.50 +services\/default\/fixed$/m);
    expect(lists[1]).toMatch(/^10\.\d+\.\d+\.\d+ +services\/default\/web$/m);
    expect(lists[1]).not.toContain('headless');
    expect(lists[2]).not.toContain('fixed');
    const yaml = outputOf(t, 'kubectl get ipaddress 10.96.0.50 -o yaml');
    expect(yaml).toContain('  labels:\n    ipaddress.kubernetes.io/ip-family: IPv4\n    ipaddress.kubernetes.io/managed-by: ipallocator.k8s.io\n');
    expect(yaml).toContain('spec:\n  parentRef:\n    name: fixed\n    namespace: default\n    resource: services\n');
    expect(yaml).not.toContain('generation');
    expect(outputOf(t, 'kubectl get ipaddresses -l').split('\n').filter(Boolean)).toHaveLength(3);
  });

  it('refuses a ClusterIP that an IPAddress of another parent holds', () => {
    expect(outputOf(t, 'kubectl create service clusterip taken')).toBe(
      'error: failed to create ClusterIP service: Service "taken" is invalid: spec.clusterIPs: Invalid value: ["10.96.0.77"]: failed to allocate IP 10.96.0.77: provided IP is already allocated\n',
    );
  });
});
