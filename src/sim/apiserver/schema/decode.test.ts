import { describe, expect, it } from 'vitest';
import type { KObject } from '../../types';
import { errorOf, testApi } from '../testing';
import { base64ErrorOffset, decodeError, metadataDecodeError } from './decode';

const pod = (spec: object, metadata: object = { name: 'p' }) => ({ apiVersion: 'v1', kind: 'Pod', metadata, spec }) as KObject;
const msg = (o: object) => decodeError(o as KObject)?.message;

describe('strict decoding: unknown fields', () => {
  it('names the field with its array index, like the notes mistake `imgress`', () => {
    expect(msg(pod({ containers: [{ name: 'kubia', imgress: 'luksa/kubia' }] }))).toBe(
      'Pod in version "v1" cannot be handled as a Pod: strict decoding error: unknown field "spec.containers[0].imgress"',
    );
  });

  it('joins several unknown fields with ", " in sorted key order, as kubectl re-encodes YAML', () => {
    const d = {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'd' },
      spec: { template: { spec: { containers: [{ name: 'a', image: 'x', zz: 1, aa: 2 }] } }, port: {} },
    };
    expect(msg(d)).toBe(
      'Deployment in version "v1" cannot be handled as a Deployment: strict decoding error: unknown field "spec.port", unknown field "spec.template.spec.containers[0].aa", unknown field "spec.template.spec.containers[0].zz"',
    );
  });

  it('is case-sensitive', () => {
    expect(msg(pod({ containers: [{ name: 'a', Image: 'nginx' }] }))).toContain('unknown field "spec.containers[0].Image"');
  });

  it('reports old Ingress backend fields under networking.k8s.io/v1', () => {
    const ing = {
      apiVersion: 'networking.k8s.io/v1',
      kind: 'Ingress',
      metadata: { name: 'i' },
      spec: { rules: [{ http: { paths: [{ path: '/', backend: { serviceName: 'kubia', servicePort: 80 } }] } }] },
    };
    expect(msg(ing)).toBe(
      'Ingress in version "v1" cannot be handled as a Ingress: strict decoding error: unknown field "spec.rules[0].http.paths[0].backend.serviceName", unknown field "spec.rules[0].http.paths[0].backend.servicePort"',
    );
  });

  it('accepts status and server-set metadata (objects saved with kubectl get -o yaml)', () => {
    const p = pod({ containers: [{ name: 'a', image: 'x' }] }, { name: 'p', uid: 'u', resourceVersion: '1', creationTimestamp: '2026-01-01T00:00:00Z', generation: 1 });
    expect(msg({ ...p, status: { phase: 'Running' } })).toBeUndefined();
  });
});

describe('strict decoding: v1.34 fields', () => {
  it('accepts fields added in v1.31–v1.34', () => {
    const p = pod({
      hostnameOverride: 'web-0',
      securityContext: { supplementalGroupsPolicy: 'Strict', seLinuxChangePolicy: 'Recursive' },
      containers: [{ name: 'a', image: 'x', lifecycle: { stopSignal: 'SIGUSR1' } }],
    });
    expect(msg(p)).toBeUndefined();
    const slice = {
      apiVersion: 'discovery.k8s.io/v1',
      kind: 'EndpointSlice',
      metadata: { name: 's' },
      addressType: 'IPv4',
      endpoints: [{ addresses: ['10.0.0.1'], hints: { forZones: [{ name: 'a' }], forNodes: [{ name: 'k8s-node1' }] } }],
    };
    expect(msg(slice)).toBeUndefined();
    const d = {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'd' },
      spec: { selector: { matchLabels: { a: 'b' } }, template: { metadata: { labels: { a: 'b' } }, spec: { containers: [{ name: 'a', image: 'x' }] } } },
      status: { replicas: 1, terminatingReplicas: 0 },
    };
    expect(msg(d)).toBeUndefined();
  });

  it('still rejects unknown fields next to them, with the same text', () => {
    expect(msg(pod({ securityContext: { supplementalGroupsPolicy: 'Strict', supplementalGroupPolicy: 'Strict' }, containers: [] }))).toBe(
      'Pod in version "v1" cannot be handled as a Pod: strict decoding error: unknown field "spec.securityContext.supplementalGroupPolicy"',
    );
  });

  it('knows int64 and []byte fields from the source formats', () => {
    expect(msg(pod({ securityContext: { runAsUser: 2 ** 40 }, containers: [] }))).toBeUndefined();
    expect(msg(pod({ containers: [{ name: 'a', ports: [{ containerPort: 2 ** 40 }] }] }))).toBe(
      'Pod in version "v1" cannot be handled as a Pod: json: cannot unmarshal number 1099511627776 into Go struct field ContainerPort.spec.containers.ports.containerPort of type int32',
    );
    const secret = { apiVersion: 'v1', kind: 'Secret', metadata: { name: 's' }, data: { k: 'not base64!' } };
    expect(msg(secret)).toContain('illegal base64 data at input byte');
  });
});

describe('strict decoding: wrong types (Go encoding/json messages)', () => {
  it('reports a string where an int32 belongs with the Go struct and dotted field path', () => {
    const svc = { apiVersion: 'v1', kind: 'Service', metadata: { name: 's' }, spec: { ports: [{ port: '80 //comment' }] } };
    expect(msg(svc)).toBe(
      'Service in version "v1" cannot be handled as a Service: json: cannot unmarshal string into Go struct field ServicePort.spec.ports.port of type int32',
    );
  });

  it('reports numbers where strings belong (env values, labels)', () => {
    expect(msg(pod({ containers: [{ name: 'a', image: 'x', env: [{ name: 'PORT', value: 8080 }] }] }))).toBe(
      'Pod in version "v1" cannot be handled as a Pod: json: cannot unmarshal number into Go struct field EnvVar.spec.containers.env.value of type string',
    );
    expect(msg(pod({ containers: [] }, { name: 'p', labels: { version: 2 } }))).toBe(
      'Pod in version "v1" cannot be handled as a Pod: json: cannot unmarshal number into Go struct field ObjectMeta.metadata.labels of type string',
    );
  });

  it('names the named Go types of strings, lists and maps (gogoproto casttype)', () => {
    const prefix = 'Pod in version "v1" cannot be handled as a Pod: json: cannot unmarshal ';
    expect(msg(pod({ containers: [{ name: 'a', image: 'x', ports: [{ containerPort: 80, protocol: 6 }] }] }))).toBe(`${prefix}number into Go struct field ContainerPort.spec.containers.ports.protocol of type v1.Protocol`);
    expect(msg(pod({ containers: [{ name: 'a', image: 'x', resources: { limits: '1' } }] }))).toBe(`${prefix}string into Go struct field ResourceRequirements.spec.containers.resources.limits of type v1.ResourceList`);
    expect(msg(pod({ containers: [] }, { name: 'p', uid: 7 }))).toBe(`${prefix}number into Go struct field ObjectMeta.metadata.uid of type types.UID`);
    const pvc = { apiVersion: 'v1', kind: 'PersistentVolumeClaim', metadata: { name: 'c' }, spec: { accessModes: [1] } };
    expect(msg(pvc)).toBe('PersistentVolumeClaim in version "v1" cannot be handled as a PersistentVolumeClaim: json: cannot unmarshal number into Go struct field PersistentVolumeClaimSpec.spec.accessModes of type v1.PersistentVolumeAccessMode');
  });

  it('names slice and struct types', () => {
    expect(msg(pod({ containers: { name: 'a' } }))).toBe(
      'Pod in version "v1" cannot be handled as a Pod: json: cannot unmarshal object into Go struct field PodSpec.spec.containers of type []v1.Container',
    );
    expect(msg(pod({ containers: ['nginx'] }))).toBe(
      'Pod in version "v1" cannot be handled as a Pod: json: cannot unmarshal string into Go struct field PodSpec.spec.containers of type v1.Container',
    );
    expect(msg({ apiVersion: 'v1', kind: 'Service', metadata: { name: 's' }, spec: 'x' })).toBe(
      'Service in version "v1" cannot be handled as a Service: json: cannot unmarshal string into Go struct field Service.spec of type v1.ServiceSpec',
    );
  });

  it('keeps the first type error and ignores unknown fields then', () => {
    expect(msg(pod({ containers: [{ name: 'a', zz: 1, ports: [{ containerPort: 'http' }], stdin: 'yes' }] }))).toBe(
      'Pod in version "v1" cannot be handled as a Pod: json: cannot unmarshal string into Go struct field ContainerPort.spec.containers.ports.containerPort of type int32',
    );
  });

  it('reports fractional numbers with their value', () => {
    expect(msg({ apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'd' }, spec: { replicas: 1.5 } })).toBe(
      'Deployment in version "v1" cannot be handled as a Deployment: json: cannot unmarshal number 1.5 into Go struct field DeploymentSpec.spec.replicas of type int32',
    );
  });

  it('rejects malformed quantities with the Quantity parser message', () => {
    expect(msg(pod({ containers: [{ name: 'a', image: 'x', resources: { limits: { memory: '128mb' } } }] }))).toBe(
      "Pod in version \"v1\" cannot be handled as a Pod: quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'",
    );
  });

  it('rejects Secret data that is not base64', () => {
    expect(msg({ apiVersion: 'v1', kind: 'Secret', metadata: { name: 's' }, data: { password: 'hunter2!' } })).toBe(
      'Secret in version "v1" cannot be handled as a Secret: illegal base64 data at input byte 7',
    );
  });

  it('computes Go base64 error offsets', () => {
    expect(base64ErrorOffset('aGVsbG8=')).toBe(-1);
    expect(base64ErrorOffset('abc')).toBe(0);
    expect(base64ErrorOffset('YWJj1')).toBe(4);
    expect(base64ErrorOffset('ab$d')).toBe(2);
  });

  it('fails the create with 400 BadRequest before defaults and validation', () => {
    const api = testApi();
    try {
      api.create({ apiVersion: 'v1', kind: 'Service', metadata: { name: 'Bad_Name' }, spec: { ports: [{ port: 80, nodeport: 30123 }] } });
      expect.unreachable();
    } catch (e) {
      expect((e as { code: number }).code).toBe(400);
      expect((e as Error).message).toBe('Service in version "v1" cannot be handled as a Service: strict decoding error: unknown field "spec.ports[0].nodeport"');
    }
  });

  it('answers 413 to a body over 3 MiB', () => {
    const big = { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'big' }, data: { a: 'x'.repeat(3 * 1024 * 1024) } };
    expect(errorOf(() => testApi().create(big))).toBe('Request entity too large: limit is 3145728');
  });
});

describe("kubectl's own decoding of metadata (cli-runtime's metadataOnlyObject)", () => {
  // messages as kubectl v1.34.5 prints them after `unable to decode "FILE": `
  it.each([
    [{ name: true }, 'json: cannot unmarshal bool into Go struct field ObjectMeta.metadata.name of type string', 'metadata.name'],
    [{ name: 'a', namespace: { a: 1 } }, 'json: cannot unmarshal object into Go struct field ObjectMeta.metadata.namespace of type string', 'metadata.namespace'],
    [{ name: 'a', labels: ['x'] }, 'json: cannot unmarshal array into Go struct field ObjectMeta.metadata.labels of type map[string]string', 'metadata.labels'],
    [{ name: 'a', annotations: { x: 1 } }, 'json: cannot unmarshal number into Go struct field ObjectMeta.metadata.annotations of type string', 'metadata.annotations[x]'],
    [{ name: 'a', creationTimestamp: 5 }, 'json: cannot unmarshal number into Go struct field ObjectMeta.metadata.creationTimestamp of type string', 'metadata.creationTimestamp'],
    [{ name: 'a', ownerReferences: [{ uid: 5, name: 'x', kind: true, apiVersion: 'v1' }] }, 'json: cannot unmarshal bool into Go struct field OwnerReference.metadata.ownerReferences.kind of type string', 'metadata.ownerReferences[0].kind'],
    ['abc', 'json: cannot unmarshal string into Go struct field metadataOnlyObject.metadata of type v1.ObjectMeta', 'metadata'],
  ])('%j', (metadata, message, field) => {
    expect(metadataDecodeError(metadata)).toEqual({ message, field });
  });

  it('ignores keys ObjectMeta does not have, in any case (they are the server\'s to refuse)', () => {
    expect(metadataDecodeError({ name: 'a', Name: 5, __proto__x: 1 })).toBeUndefined();
    expect(metadataDecodeError(undefined)).toBeUndefined();
  });
});
