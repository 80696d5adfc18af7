import { describe, expect, it } from 'vitest';
import { ApiError } from '../../types';
import { testApi } from '../testing';

const SUBDOMAIN =
  "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')";

function causes(container: object): string[] {
  const api = testApi();
  try {
    api.create({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p', namespace: 'default' }, spec: { containers: [{ name: 'c', image: 'busybox', ...container }] } });
  } catch (e) {
    if (e instanceof ApiError) return (e.causes ?? []).map((c) => `${c.field}: ${c.message}`);
    throw e;
  }
  return [];
}

describe('env and envFrom validation', () => {
  it('wants the referenced ConfigMap or Secret named as a DNS subdomain', () => {
    expect(causes({ envFrom: [{ prefix: 'CONFIG_', configMapRef: { name: 'my-map  //x' } }] })).toEqual([`spec.containers[0].envFrom[0].configMapRef.name: Invalid value: "my-map  //x": ${SUBDOMAIN}`]);
    expect(causes({ env: [{ name: 'X', valueFrom: { secretKeyRef: { name: 'Bad_Name', key: 'k' } } }] })).toEqual([`spec.containers[0].env[0].valueFrom.secretKeyRef.name: Invalid value: "Bad_Name": ${SUBDOMAIN}`]);
  });

  it('wants exactly one source per envFrom entry and a printable prefix', () => {
    expect(causes({ envFrom: [{ prefix: 'A' }] })).toEqual(['spec.containers[0].envFrom: Invalid value: "": must specify one of: `configMapRef` or `secretRef`']);
    expect(causes({ envFrom: [{ configMapRef: { name: 'a' }, secretRef: { name: 'b' } }] })).toEqual(['spec.containers[0].envFrom: Invalid value: "": may not have more than one field specified at a time']);
    expect(causes({ envFrom: [{ prefix: 'A=', configMapRef: { name: 'a' } }] })).toEqual([
      `spec.containers[0].envFrom[0].prefix: Invalid value: "A=": a valid environment variable name must consist only of printable ASCII characters other than '='`,
    ]);
  });
});
