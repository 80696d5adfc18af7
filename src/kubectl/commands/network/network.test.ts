import { describe, expect, it } from 'vitest';
import { Cluster } from '../../../sim/cluster';
import { MemoryWorkspace } from '../../context';
import { runKubectl } from '../../kubectl';

function kubectl(c: Cluster, line: string) {
  const r = runKubectl(line.split(' ').filter(Boolean), { cluster: c, fs: new MemoryWorkspace(), namespace: 'default' });
  return { ...r, text: r.out };
}

function withDeployment(): Cluster {
  const c = new Cluster({ seed: 5, systemPods: false });
  c.api.create({
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: 'kubia', namespace: 'default', labels: { app: 'kubia' } },
    spec: {
      replicas: 1,
      selector: { matchLabels: { app: 'kubia' } },
      template: { metadata: { labels: { app: 'kubia' } }, spec: { containers: [{ name: 'kubia', image: 'luksa/kubia', ports: [{ containerPort: 8080 }] }] } },
    },
  });
  c.runUntilIdle();
  return c;
}

describe('kubectl create service', () => {
  it('prints the manifest kubectl generates (dry run)', () => {
    const c = new Cluster({ seed: 1, systemPods: false });
    const r = kubectl(c, 'create service nodeport x --tcp=80:8080 --node-port=30080 --dry-run=client -o yaml');
    expect(r.text).toBe(`apiVersion: v1
kind: Service
metadata:
  labels:
    app: x
  name: x
spec:
  ports:
  - name: 80-8080
    nodePort: 30080
    port: 80
    protocol: TCP
    targetPort: 8080
  selector:
    app: x
  type: NodePort
status:
  loadBalancer: {}
`);
  });

  it('creates services of each type', () => {
    const c = new Cluster({ seed: 1, systemPods: false });
    expect(kubectl(c, 'create service clusterip kubia --tcp=80:8080').text).toBe('service/kubia created\n');
    expect(c.api.get('services', 'default', 'kubia').spec.ports[0]).toMatchObject({ name: '80-8080', port: 80, targetPort: 8080 });
    expect(kubectl(c, 'create service clusterip headless --clusterip=None').text).toBe('service/headless created\n');
    expect(c.api.get('services', 'default', 'headless').spec.clusterIP).toBe('None');
    kubectl(c, 'create service loadbalancer lb --tcp=80');
    expect(c.api.get('services', 'default', 'lb').spec.ports[0]).toMatchObject({ name: '80', port: 80, targetPort: 80 });
    kubectl(c, 'create service externalname ext --external-name=someapi.somecompany.com');
    expect(c.api.get('services', 'default', 'ext').spec).toMatchObject({ type: 'ExternalName', externalName: 'someapi.somecompany.com' });
  });

  it.each([
    ['create service clusterip y', 'error: at least one tcp port specifier must be provided'],
    ['create service nodeport n --tcp=70000', 'error: strconv.ParseUint: parsing "70000": value out of range'],
    ['create service clusterip y --tcp=abc', 'error: strconv.ParseUint: parsing "abc": invalid syntax'],
    ['create service loadbalancer l --tcp=80:0', 'error: must be between 1 and 65535, inclusive'],
    ['create service externalname e', 'error: required flag(s) "external-name" not set'],
    ['create service externalname e --external-name=Bad_Name', 'error: invalid service external name Bad_Name'],
    ['create service clusterip', "error: exactly one NAME is required, got 0\nSee 'kubectl create service clusterip -h' for help and examples"],
  ])('%s fails like kubectl', (line, msg) => {
    const c = new Cluster({ seed: 1, systemPods: false });
    const r = kubectl(c, line);
    expect(r.text.trimEnd()).toBe(msg);
    expect(r.code).not.toBe(0);
  });

  it('wraps server errors as kubectl create service does', () => {
    const c = new Cluster({ seed: 1, systemPods: false });
    kubectl(c, 'create service nodeport a --tcp=80 --node-port=30080');
    expect(kubectl(c, 'create service nodeport b --tcp=80 --node-port=30080').text.trimEnd()).toBe(
      'error: failed to create NodePort service: Service "b" is invalid: spec.ports[0].nodePort: Invalid value: 30080: provided port is already allocated',
    );
  });
});

describe('kubectl expose', () => {
  it('exposes a deployment with its selector, labels and introspected port', () => {
    const c = withDeployment();
    expect(kubectl(c, 'expose deployment kubia --port=80 --target-port=8080 --type=NodePort').text).toBe('service/kubia exposed\n');
    const svc = c.api.get('services', 'default', 'kubia');
    expect(svc.metadata.labels).toEqual({ app: 'kubia' });
    expect(svc.spec).toMatchObject({ type: 'NodePort', selector: { app: 'kubia' }, ports: [{ port: 80, protocol: 'TCP', targetPort: 8080 }] });
    expect(svc.spec.ports[0].nodePort).toBeGreaterThanOrEqual(30000);
  });

  it('prints the generated service on a client dry run', () => {
    const c = withDeployment();
    expect(kubectl(c, 'expose deploy/kubia --name=kubia-http --dry-run=client -o yaml').text).toBe(`apiVersion: v1
kind: Service
metadata:
  labels:
    app: kubia
  name: kubia-http
spec:
  ports:
  - port: 8080
    protocol: TCP
    targetPort: 8080
  selector:
    app: kubia
status:
  loadBalancer: {}
`);
  });

  it('fails without a port to expose, or labels to select', () => {
    const c = new Cluster({ seed: 1, systemPods: false });
    c.api.create({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'bare' }, spec: { containers: [{ name: 'c', image: 'busybox' }] } });
    c.api.create({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'web', labels: { run: 'web' } }, spec: { containers: [{ name: 'c', image: 'nginx' }] } });
    expect(kubectl(c, 'expose pod web').text.trimEnd()).toBe("error: couldn't find port via --port flag or introspection\nSee 'kubectl expose -h' for help and examples");
    expect(kubectl(c, 'expose pod bare --port=80').text.trimEnd()).toBe(
      "error: couldn't retrieve selectors via --selector flag or introspection: the pod has no labels and cannot be exposed\nSee 'kubectl expose -h' for help and examples",
    );
    expect(kubectl(c, 'expose pod web --port=80 --external-ip=1.2.3.4').text).toBe('service/web exposed\n');
    expect(c.api.get('services', 'default', 'web').spec.externalIPs).toEqual(['1.2.3.4']);
  });
});
