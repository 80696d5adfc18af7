import { describe, expect, it } from 'vitest';
import type { KObject } from '../../types';
import { ApiError } from '../../types';
import { testApi } from '../testing';

/** The causes of the Invalid error a create (or an update of `base` to `change`) answers. */
function causes(obj: object, update?: (o: KObject) => void): string[] {
  const api = testApi();
  try {
    if (update) {
      const created = api.create(obj as KObject);
      const next = structuredClone(created);
      update(next);
      api.update(next);
    } else api.create(obj as KObject);
  } catch (e) {
    if (e instanceof ApiError && e.reason === 'Invalid') return e.causes.map((c) => `${c.field}: ${c.message}`);
    throw e;
  }
  return [];
}

const deploy = (spec: object) => ({
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name: 'kubia' },
  spec: {
    selector: { matchLabels: { app: 'kubia' } },
    template: { metadata: { labels: { app: 'kubia' } }, spec: { containers: [{ name: 'kubia', image: 'luksa/kubia' }] } },
    ...spec,
  },
});
const svc = (spec: object, name = 'kubia') => ({ apiVersion: 'v1', kind: 'Service', metadata: { name }, spec });
const pod = (spec: object) => ({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p' }, spec });

describe('Pod validation', () => {
  it('keeps a projected token between ten minutes and 2^32 seconds, at a local path named after the projected volume', () => {
    const tokenPod = (serviceAccountToken: object) => pod({ containers: [{ name: 'c', image: 'x' }], volumes: [{ name: 't', projected: { sources: [{ serviceAccountToken }] } }] });
    expect(causes(tokenPod({ path: 'token', expirationSeconds: 300 }))).toEqual(['spec.volumes[0].projected.sources[0].serviceAccountToken.expirationSeconds: Invalid value: 300: may not specify a duration less than 10 minutes']);
    expect(causes(tokenPod({ path: 'token', expirationSeconds: 2 ** 32 + 1 }))).toEqual(['spec.volumes[0].projected.sources[0].serviceAccountToken.expirationSeconds: Invalid value: 4294967297: may not specify a duration larger than 2^32 seconds']);
    expect(causes(tokenPod({ path: '/abs/token' }))).toEqual(['spec.volumes[0].projected.path: Invalid value: "/abs/token": must be a relative path']);
    expect(causes(tokenPod({ path: 'token' }))).toEqual([]);
  });

  it('requires containers, names and images', () => {
    expect(causes(pod({ containers: [] }))).toEqual(['spec.containers: Required value']);
    expect(causes(pod({ containers: [{ image: 'x' }] }))).toEqual(['spec.containers[0].name: Required value']);
    expect(causes(pod({ containers: [{ name: 'a' }] }))).toEqual(['spec.containers[0].image: Required value']);
  });

  it('refuses an image with space around it in a pod, not in a template (validateContainerOnlyForPod)', () => {
    expect(causes(pod({ containers: [{ name: 'a', image: ' nginx' }], initContainers: [{ name: 'i', image: 'busybox\t' }] }))).toEqual([
      'spec.containers[0].image: Invalid value: " nginx": must not have leading or trailing whitespace',
      'spec.initContainers[0].image: Invalid value: "busybox\\t": must not have leading or trailing whitespace',
    ]);
    expect(causes(pod({ containers: [{ name: 'a', image: 'nginx' }] }), (o) => (o.spec.containers[0].image = 'nginx '))).toContain(
      'spec.containers[0].image: Invalid value: "nginx ": must not have leading or trailing whitespace',
    );
    const spaced = deploy({});
    spaced.spec.template.spec.containers[0].image = ' luksa/kubia';
    expect(causes(spaced)).toEqual([]);
  });

  it('checks container names, duplicates and ports', () => {
    expect(causes(pod({ containers: [{ name: 'Web_1', image: 'x' }] }))[0]).toMatch(/^spec\.containers\[0\]\.name: Invalid value: "Web_1": a lowercase RFC 1123 label must/);
    expect(causes(pod({ containers: [{ name: 'a', image: 'x' }, { name: 'a', image: 'y' }] }))).toEqual(['spec.containers[1].name: Duplicate value: "a"']);
    expect(causes(pod({ containers: [{ name: 'a', image: 'x', ports: [{ containerPort: 70000, protocol: 'HTTP' }] }] }))).toEqual([
      'spec.containers[0].ports[0].containerPort: Invalid value: 70000: must be between 1 and 65535, inclusive',
      'spec.containers[0].ports[0].protocol: Unsupported value: "HTTP": supported values: "SCTP", "TCP", "UDP"',
    ]);
    expect(causes(pod({ containers: [{ name: 'a', image: 'x', ports: [{ name: 'http-web-server-port', containerPort: 80 }] }] }))).toEqual([
      'spec.containers[0].ports[0].name: Invalid value: "http-web-server-port": must be no more than 15 characters',
    ]);
  });

  it('checks probes', () => {
    expect(causes(pod({ containers: [{ name: 'a', image: 'x', livenessProbe: { periodSeconds: 5 } }] }))).toEqual([
      'spec.containers[0].livenessProbe: Required value: must specify a handler type',
    ]);
    expect(causes(pod({ containers: [{ name: 'a', image: 'x', livenessProbe: { httpGet: { port: 8080 }, successThreshold: 2 } }] }))).toEqual([
      'spec.containers[0].livenessProbe.successThreshold: Invalid value: 2: must be 1',
    ]);
    expect(causes(pod({ containers: [{ name: 'a', image: 'x', readinessProbe: { tcpSocket: { port: 0 } } }] }))).toEqual([
      'spec.containers[0].readinessProbe.tcpSocket.port: Invalid value: 0: must be between 1 and 65535, inclusive',
    ]);
  });

  it('checks restartPolicy, volume mounts and requests against limits', () => {
    expect(causes(pod({ restartPolicy: 'Sometimes', containers: [{ name: 'a', image: 'x' }] }))).toEqual([
      'spec.restartPolicy: Unsupported value: "Sometimes": supported values: "Always", "OnFailure", "Never"',
    ]);
    expect(causes(pod({ containers: [{ name: 'a', image: 'x', volumeMounts: [{ name: 'data', mountPath: '/data' }] }] }))).toEqual([
      'spec.containers[0].volumeMounts[0].name: Not found: "data"',
    ]);
    expect(causes(pod({ containers: [{ name: 'a', image: 'x', resources: { requests: { cpu: '2' }, limits: { cpu: '1' } } }] }))).toEqual([
      'spec.containers[0].resources.requests[cpu]: Invalid value: "2": must be less than or equal to cpu limit of 1',
    ]);
  });

  it('checks container resource names (validateContainerResourceName); limits were defaulted into requests', () => {
    const res = (limits: Record<string, string>) => causes(pod({ containers: [{ name: 'a', image: 'x', resources: { limits } }] }));
    const both = (name: string, ...msgs: string[]) =>
      ['limits', 'requests'].flatMap((w) => msgs.map((m) => `spec.containers[0].resources.${w}[${name}]: Invalid value: "${name}": ${m}`));
    expect(res({ cpu: '1', memory: '1Gi', 'ephemeral-storage': '1Gi', 'hugepages-2Mi': '2Mi', 'nvidia.com/gpu': '1' })).toEqual([]);
    expect(res({ gpu: '1' })).toEqual(both('gpu', 'must be a standard resource type or fully qualified', 'must be a standard resource for containers'));
    // a standard resource of quotas is still no container resource
    expect(res({ pods: '1' })).toEqual(both('pods', 'must be a standard resource for containers'));
    const nameRule =
      "name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')";
    expect(res({ _x: '1' })).toEqual(both('_x', nameRule, 'must be a standard resource for containers'));
    expect(res({ 'example.com/a_': '1' })).toEqual(both('example.com/a_', nameRule, "doesn't follow extended resource name standard"));
  });

  it('forbids changing more than images on update', () => {
    const [c] = causes(pod({ containers: [{ name: 'a', image: 'x' }] }), (p) => (p.spec.containers[0].ports = [{ containerPort: 80 }]));
    expect(c).toMatch(/^spec: Forbidden: pod updates may not change fields other than `spec\.containers\[\*\]\.image`/);
    expect(causes(pod({ containers: [{ name: 'a', image: 'x' }] }), (p) => (p.spec.containers[0].image = 'y'))).toEqual([]);
  });
});

describe('Service validation', () => {
  it('rejects an unsupported type, listing the supported ones', () => {
    expect(causes(svc({ type: 'nodeport', ports: [{ port: 80 }] }))).toEqual([
      'spec.type: Unsupported value: "nodeport": supported values: "ClusterIP", "ExternalName", "LoadBalancer", "NodePort"',
    ]);
  });

  it('requires ports, names when there are several, and ports in range', () => {
    expect(causes(svc({ selector: { app: 'a' } }))).toEqual(['spec.ports: Required value']);
    expect(causes(svc({ ports: [{ port: 80 }, { port: 443 }] }))).toEqual(['spec.ports[0].name: Required value', 'spec.ports[1].name: Required value']);
    // targetPort defaults to port, so it is invalid too
    expect(causes(svc({ ports: [{ port: 0 }] }))).toEqual([
      'spec.ports[0].port: Invalid value: 0: must be between 1 and 65535, inclusive',
      'spec.ports[0].targetPort: Invalid value: 0: must be between 1 and 65535, inclusive',
    ]);
    expect(causes(svc({ ports: [{ port: 80, targetPort: 'http_port' }] }))).toEqual([
      'spec.ports[0].targetPort: Invalid value: "http_port": must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)',
    ]);
  });

  it('forbids a nodePort on a ClusterIP service and needs externalName for ExternalName', () => {
    expect(causes(svc({ ports: [{ port: 80, nodePort: 30080 }] }))).toEqual(["spec.ports[0].nodePort: Forbidden: may not be used when `type` is 'ClusterIP'"]);
    expect(causes(svc({ type: 'ExternalName' }))).toEqual(['spec.externalName: Required value']);
  });

  it('checks the selector as labels', () => {
    expect(causes(svc({ ports: [{ port: 80 }], selector: { app: 'my app' } }))[0]).toMatch(/^spec\.selector: Invalid value: "my app": a valid label must be/);
  });
});

describe('Deployment validation', () => {
  it('needs a selector that matches the template labels', () => {
    expect(causes(deploy({ selector: { matchLabels: { app: 'other' } } }))).toEqual([
      'spec.template.metadata.labels: Invalid value: {"app":"kubia"}: `selector` does not match template `labels`',
    ]);
    expect(causes(deploy({ selector: {} }))).toEqual(['spec.selector: Invalid value: {}: empty selector is invalid for deployment']);
  });

  it('checks replicas, restartPolicy and the rolling update parameters (k8s-facts §1)', () => {
    expect(causes(deploy({ replicas: -1 }))).toEqual(['spec.replicas: Invalid value: -1: must be greater than or equal to 0']);
    expect(causes(deploy({ strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: 0, maxUnavailable: 0 } } }))).toEqual([
      'spec.strategy.rollingUpdate.maxUnavailable: Invalid value: 0: may not be 0 when `maxSurge` is 0',
    ]);
    expect(causes(deploy({ strategy: { rollingUpdate: { maxUnavailable: '110%' } } }))).toEqual([
      'spec.strategy.rollingUpdate.maxUnavailable: Invalid value: "110%": must not be greater than 100%',
    ]);
    expect(causes(deploy({ strategy: { type: 'Recreate', rollingUpdate: { maxSurge: 1 } } }))).toEqual([
      "spec.strategy.rollingUpdate: Forbidden: may not be specified when strategy `type` is 'Recreate'",
    ]);
    const tpl = { metadata: { labels: { app: 'kubia' } }, spec: { restartPolicy: 'Never', containers: [{ name: 'kubia', image: 'luksa/kubia' }] } };
    expect(causes(deploy({ template: tpl }))).toEqual(['spec.template.spec.restartPolicy: Unsupported value: "Never": supported values: "Always"']);
  });

  it('keeps the selector immutable on update', () => {
    expect(
      causes(deploy({}), (d) => {
        d.spec.selector = { matchLabels: { app: 'kubia', tier: 'web' } };
        d.spec.template.metadata.labels.tier = 'web';
      }),
    ).toEqual(['spec.selector: Invalid value: {"matchLabels":{"app":"kubia","tier":"web"}}: field is immutable']);
  });
});

const sts = (updateStrategy: object) => ({
  apiVersion: 'apps/v1',
  kind: 'StatefulSet',
  metadata: { name: 'web' },
  spec: {
    serviceName: 'nginx',
    selector: { matchLabels: { app: 'nginx' } },
    updateStrategy,
    template: { metadata: { labels: { app: 'nginx' } }, spec: { containers: [{ name: 'nginx', image: 'nginx' }] } },
  },
});

describe('StatefulSet validation', () => {
  it('prints a bad update strategy as JSON of the internal type (Go field names, nil as null)', () => {
    expect(causes(sts({ type: 'OnDelete', rollingUpdate: { partition: 2 } }))).toEqual([
      `spec.updateStrategy.rollingUpdate: Invalid value: {"Partition":2,"MaxUnavailable":null}: only allowed for updateStrategy 'RollingUpdate'`,
    ]);
    expect(causes(sts({ type: 'Recreate' }))).toEqual([
      `spec.updateStrategy: Invalid value: {"Type":"Recreate","RollingUpdate":null}: must be 'RollingUpdate' or 'OnDelete'`,
    ]);
  });

  it('keeps the defaulted partition when only the type is patched to OnDelete', () => {
    expect(causes(sts({}), (o) => { (o.spec as { updateStrategy: object }).updateStrategy = { type: 'OnDelete', rollingUpdate: { partition: 0 } }; })).toEqual([
      `spec.updateStrategy.rollingUpdate: Invalid value: {"Partition":0,"MaxUnavailable":null}: only allowed for updateStrategy 'RollingUpdate'`,
    ]);
  });
});

describe('ConfigMap and Secret validation (k8s-facts §9)', () => {
  it('checks keys', () => {
    expect(causes({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'c' }, data: { 'my key': 'v', '..': 'x' } })).toEqual([
      `data[..]: Invalid value: "..": must not be '..'`,
      "data[my key]: Invalid value: \"my key\": a valid config key must consist of alphanumeric characters, '-', '_' or '.' (e.g. 'key.name',  or 'KEY_NAME',  or 'key-name', regex used for validation is '[-._a-zA-Z0-9]+')",
    ]);
  });

  it('limits the size to 1 MiB', () => {
    const big = btoa('x'.repeat(600 * 1024));
    expect(causes({ apiVersion: 'v1', kind: 'Secret', metadata: { name: 's' }, data: { a: big, b: big } })).toEqual(['data: Too long: may not be more than 1048576 bytes']);
    expect(causes({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'c' }, data: { a: 'x'.repeat(1024 * 1024 + 1) } })).toEqual([': Too long: may not be more than 1048576 bytes']);
  });

  it('reports a key in both data and binaryData on the data side, as ValidateConfigMap does', () => {
    expect(causes({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'c' }, data: { k: 'v' }, binaryData: { k: 'AA==' } })).toEqual([
      'data[k]: Invalid value: "k": duplicate of key present in binaryData',
    ]);
  });

  it('keeps an immutable object immutable, listing immutable before data and binaryData as upstream does', () => {
    const cm = { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'c' }, data: { a: '1' }, binaryData: { b: 'AA==' }, immutable: true };
    expect(causes(cm, (o) => { o.immutable = false; o.data = { a: '2' }; o.binaryData = {}; })).toEqual([
      'immutable: Forbidden: field is immutable when `immutable` is set',
      'data: Forbidden: field is immutable when `immutable` is set',
      'binaryData: Forbidden: field is immutable when `immutable` is set',
    ]);
    expect(causes(cm, (o) => { o.metadata.labels = { x: 'y' }; })).toEqual([]);
    const secret = { apiVersion: 'v1', kind: 'Secret', metadata: { name: 's' }, data: { a: 'MQ==' }, immutable: true };
    expect(causes(secret, (o) => { delete o.immutable; o.data = { a: 'Mg==' }; })).toEqual([
      'immutable: Forbidden: field is immutable when `immutable` is set',
      'data: Forbidden: field is immutable when `immutable` is set',
    ]);
  });

  it('checks what may not change before the create rules on update, as ValidateConfigMapUpdate and ValidateSecretUpdate do', () => {
    const cm = { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'c' }, data: { a: '1' }, immutable: true };
    expect(causes(cm, (o) => { o.data = { 'bad key': '2' }; o.metadata.labels = { 'bad label!': 'x' }; }).map((c) => c.split(':')[0])).toEqual(['data', 'metadata.labels', 'data[bad key]']);
    const secret = { apiVersion: 'v1', kind: 'Secret', metadata: { name: 's' }, data: { a: 'MQ==' } };
    expect(causes(secret, (o) => { o.type = 'kubernetes.io/tls'; }).map((c) => c.split(':')[0])).toEqual(['type', 'data[tls.crt]', 'data[tls.key]']);
  });

  it('requires the keys of typed secrets', () => {
    expect(causes({ apiVersion: 'v1', kind: 'Secret', metadata: { name: 's' }, type: 'kubernetes.io/tls', data: {} })).toEqual(['data[tls.crt]: Required value', 'data[tls.key]: Required value']);
  });
});

describe('StorageClass validation (pkg/apis/storage/validation)', () => {
  const sc = (extra: object) => ({ apiVersion: 'storage.k8s.io/v1', kind: 'StorageClass', metadata: { name: 'fast' }, provisioner: 'example.com/nfs', ...extra });

  it('defaults reclaimPolicy and volumeBindingMode, and rejects unsupported values and bad provisioners', () => {
    expect(causes(sc({}))).toEqual([]);
    expect(causes(sc({ provisioner: 'Bad Prov!', reclaimPolicy: 'Recycle', volumeBindingMode: 'Bogus' }))).toEqual([
      "provisioner: Invalid value: \"Bad Prov!\": name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')",
      'reclaimPolicy: Unsupported value: "Recycle": supported values: "Delete", "Retain"',
      'volumeBindingMode: Unsupported value: "Bogus": supported values: "Immediate", "WaitForFirstConsumer"',
    ]);
    expect(causes(sc({ provisioner: '' }))).toEqual(['provisioner: Required value']);
  });

  it('keeps what provisioning reads immutable, but not allowVolumeExpansion', () => {
    expect(
      causes(sc({ parameters: { a: 'b' } }), (o) => {
        Object.assign(o, { parameters: { a: 'c' }, provisioner: 'x.io/y', reclaimPolicy: 'Retain', volumeBindingMode: 'WaitForFirstConsumer' });
      }),
    ).toEqual([
      'parameters: Forbidden: updates to parameters are forbidden.',
      'provisioner: Forbidden: updates to provisioner are forbidden.',
      'reclaimPolicy: Forbidden: updates to reclaimPolicy are forbidden.',
      'volumeBindingMode: Invalid value: "WaitForFirstConsumer": field is immutable',
    ]);
    expect(causes(sc({}), (o) => { o.allowVolumeExpansion = true; })).toEqual([]);
  });
});

describe('Ingress and NetworkPolicy validation', () => {
  const ing = (path: object) => ({
    apiVersion: 'networking.k8s.io/v1',
    kind: 'Ingress',
    metadata: { name: 'i' },
    spec: { rules: [{ host: 'kubia.example.com', http: { paths: [path] } }] },
  });

  it('needs pathType, an absolute path and a backend port', () => {
    expect(causes(ing({ path: '/', backend: { service: { name: 'kubia', port: { number: 80 } } } }))).toEqual([
      'spec.rules[0].http.paths[0].pathType: Required value: pathType must be specified',
    ]);
    expect(causes(ing({ path: 'foo', pathType: 'Prefix', backend: { service: { name: 'kubia', port: {} } } }))).toEqual([
      'spec.rules[0].http.paths[0].path: Invalid value: "foo": must be an absolute path',
      'spec.rules[0].http.paths[0].backend.service.port: Required value: port name or number is required',
    ]);
    expect(causes(ing({ path: '/', pathType: 'Prefix', backend: {} }))).toEqual([
      'spec.rules[0].http.paths[0].backend: Invalid value: "": resource or service backend is required',
    ]);
  });

  it('checks peers and CIDRs', () => {
    const np = { apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy', metadata: { name: 'n' }, spec: { podSelector: {}, ingress: [{ from: [{ ipBlock: { cidr: '10.0.0.0' } }, {}] }] } };
    expect(causes(np)).toEqual([
      'spec.ingress[0].from[0].ipBlock.cidr: Invalid value: "10.0.0.0": must be a valid CIDR value, (e.g. 10.9.8.0/24 or 2001:db8::/64)',
      'spec.ingress[0].from[1]: Required value: must specify a peer',
    ]);
  });
});

describe('Job validation', () => {
  it('refuses the default restartPolicy Always in a Job template', () => {
    const job = { apiVersion: 'batch/v1', kind: 'Job', metadata: { name: 'j' }, spec: { template: { spec: { containers: [{ name: 'a', image: 'busybox' }] } } } };
    expect(causes(job)).toEqual(['spec.template.spec.restartPolicy: Unsupported value: "Always": supported values: "OnFailure", "Never"']);
    job.spec.template.spec = { ...job.spec.template.spec, restartPolicy: 'Never' } as never;
    expect(causes(job)).toEqual([]);
  });
});
