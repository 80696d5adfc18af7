import { describe, expect, it } from 'vitest';
import { errorOf, testApi } from '../testing';
import { isDNS1035Label, isDNS1123Label, isDNS1123Subdomain, isQualifiedName, isValidLabelValue } from './field';

const DNS1035 =
  "a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character (e.g. 'my-name',  or 'abc-123', regex used for validation is '[a-z]([-a-z0-9]*[a-z0-9])?')";
const LABEL =
  "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')";
const SUBDOMAIN =
  "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')";

// apimachinery pkg/util/validation/validation_test.go tables
describe('DNS-1035 labels (Service names)', () => {
  it.each(['a', 'ab', 'abc', 'a1', 'a-1', 'a--1--2--b', 'a'.repeat(63)])('accepts %j', (v) => expect(isDNS1035Label(v)).toEqual([]));
  it.each(['0', '01', '012', '1a', '1-1', '1--1--2--b', '', 'A', 'ABC', 'aBc', 'A1', 'A-1', '1-A', '-', 'a-', '-a', '1-', '-1', '_', 'a_', '_a', 'a_b', '1_', '_1', '1_2', '.', 'a.', '.a', 'a.b', '1.', '.1', '1.2', ' ', 'a ', ' a', 'a b', '1 ', ' 1', '1 2'])(
    'rejects %j with the regex message',
    (v) => expect(isDNS1035Label(v)).toEqual([DNS1035]),
  );
  it('rejects 64 characters by length only', () => expect(isDNS1035Label('a'.repeat(64))).toEqual(['must be no more than 63 characters']));
});

describe('DNS-1123 labels (namespaces, container names)', () => {
  it.each(['a', 'ab', 'abc', 'a1', 'a-1', 'a--1--2--b', '0', '01', '012', '1a', '1-1', '1--1--2--b', 'a'.repeat(63)])('accepts %j', (v) =>
    expect(isDNS1123Label(v)).toEqual([]),
  );
  it.each(['', 'A', 'ABC', 'aBc', 'A1', 'A-1', '1-A', '-', 'a-', '-a', '1-', '-1', '_', 'a_', '_a', 'a_b', '1_', '_1', '1_2', '.', 'a.', '.a', '1.', '.1', ' ', 'a ', ' a', 'a b', '1 ', ' 1', '1 2'])(
    'rejects %j with the regex message',
    (v) => expect(isDNS1123Label(v)).toEqual([LABEL]),
  );
  it.each(['a.b', '1.2', 'a.b.c'])('rejects the subdomain %j because of its dots', (v) => expect(isDNS1123Label(v)).toEqual(['must not contain dots']));
  it('rejects 64 characters', () => expect(isDNS1123Label('a'.repeat(64))).toEqual(['must be no more than 63 characters']));
});

describe('DNS-1123 subdomains (most object names)', () => {
  it.each(['a', 'ab', 'abc', 'a1', 'a-1', 'a--1--2--b', '0', '01', '012', '1a', '1-1', '1--1--2--b', 'a.a', 'ab.a', 'a.b.c', '1.2.3', 'a'.repeat(253), `${'a'.repeat(63)}.b`])(
    'accepts %j',
    (v) => expect(isDNS1123Subdomain(v)).toEqual([]),
  );
  it.each(['', 'A', 'ABC', 'aBc', 'A1', 'A-1', '1-A', '-', 'a-', '-a', '1-', '-1', '_', 'a_', '_a', 'a_b', '1_', '_1', '1_2', '.', 'a.', '.a', 'a..b', '1.', '.1', '1..2', ' ', 'a ', ' a', 'a b', 'A.a', 'aBc.a', 'a.A', 'a.-', 'My_App'])(
    'rejects %j',
    (v) => expect(isDNS1123Subdomain(v)).toEqual([SUBDOMAIN]),
  );
  it('rejects 254 characters', () => expect(isDNS1123Subdomain('a'.repeat(254))).toEqual(['must be no more than 253 characters']));
});

describe('label keys and values', () => {
  it.each(['simple', 'now-with-dashes', '1-starts-with-num', '1234', 'simple/simple', 'now-with-dashes/simple', 'example.com/a_b', 'a.b/C.D'])('accepts the key %j', (k) =>
    expect(isQualifiedName(k)).toEqual([]),
  );
  it('explains a bad name part and a bad prefix', () => {
    expect(isQualifiedName('bad key')).toEqual([
      "name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')",
    ]);
    expect(isQualifiedName('Bad_Prefix/x')[0]).toMatch(/^prefix part a lowercase RFC 1123 subdomain/);
    expect(isQualifiedName('/x')).toEqual(['prefix part must be non-empty']);
    expect(isQualifiedName('a/b/c')[0]).toMatch(/^a qualified name must consist of .* with an optional DNS subdomain prefix and '\/' \(e.g. 'example.com\/MyName'\)$/);
  });
  it.each(['', 'simple', 'now-with-dashes', 'a_b', 'A.B', '1234'])('accepts the value %j', (v) => expect(isValidLabelValue(v)).toEqual([]));
  it('rejects values with spaces or too long', () => {
    expect(isValidLabelValue('nope nope')).toEqual([
      "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')",
    ]);
    expect(isValidLabelValue('a'.repeat(64))).toEqual(['must be no more than 63 characters']);
  });
});

describe('object names through the API server', () => {
  const svc = (name: string) => ({ apiVersion: 'v1', kind: 'Service', metadata: { name }, spec: { ports: [{ port: 80 }] } });

  it('rejects a Service name that is not a DNS-1035 label', () => {
    expect(errorOf(() => testApi().create(svc('My_Svc')))).toBe(`Service "My_Svc" is invalid: metadata.name: Invalid value: "My_Svc": ${DNS1035}`);
    expect(errorOf(() => testApi().create(svc('1svc')))).toBe(`Service "1svc" is invalid: metadata.name: Invalid value: "1svc": ${DNS1035}`);
  });

  it('accepts a ConfigMap name with dots but not a Service one', () => {
    const api = testApi();
    expect(errorOf(() => api.create({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'app.config' } }))).toBe('');
    expect(errorOf(() => api.create(svc('app.svc')))).toBe(`Service "app.svc" is invalid: metadata.name: Invalid value: "app.svc": ${DNS1035}`);
  });

  it('rejects an upper-case Deployment name with the subdomain message', () => {
    const d = { apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'Kubia' }, spec: { selector: { matchLabels: { app: 'k' } }, template: { metadata: { labels: { app: 'k' } }, spec: { containers: [{ name: 'k', image: 'luksa/kubia' }] } } } };
    expect(errorOf(() => testApi().create(d))).toBe(`Deployment.apps "Kubia" is invalid: metadata.name: Invalid value: "Kubia": ${SUBDOMAIN}`);
  });

  it('rejects namespace names with dots and upper case', () => {
    const api = testApi();
    expect(errorOf(() => api.create({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'team.a' } }))).toBe(
      'Namespace "team.a" is invalid: metadata.name: Invalid value: "team.a": must not contain dots',
    );
    expect(errorOf(() => api.create({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'Dev' } }))).toBe(`Namespace "Dev" is invalid: metadata.name: Invalid value: "Dev": ${LABEL}`);
  });

  it('asks for a name', () => {
    expect(errorOf(() => testApi().create({ apiVersion: 'v1', kind: 'ConfigMap', metadata: {} }))).toBe(
      'ConfigMap "" is invalid: metadata.name: Required value: name or generateName is required',
    );
  });

  it('allows colons in RBAC names', () => {
    const api = testApi();
    expect(errorOf(() => api.create({ apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'ClusterRole', metadata: { name: 'system:pod-reader' }, rules: [] }))).toBe('');
  });

  it('reports bad label keys and values on metadata.labels', () => {
    const err = errorOf(() => testApi().create({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'c', labels: { 'app name': 'x', tier: 'front end' } } }));
    expect(err).toMatch(/^ConfigMap "c" is invalid: \[metadata\.labels: Invalid value: "app name": name part must consist of .*, metadata\.labels: Invalid value: "front end": a valid label must be an empty string/);
  });
});
