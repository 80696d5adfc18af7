import { describe, expect, it } from 'vitest';
import { toYaml } from './yaml';
import { toGoJson } from './json';

// Expected texts are real `kubectl create ... --dry-run=client -o yaml` output (kubectl v1.32, same sigs.k8s.io/yaml emitter).
describe('yaml printer', () => {
  it('sorts keys naturally, quotes strings that would read back as other types and folds past column 80', () => {
    const cm = {
      apiVersion: 'v1',
      data: {
        _x: '1',
        A: 'z',
        a: 'word word word word word word word word word word word word word word word word word word word word word word end',
        a9: 'y',
        a10: 'x',
        b: 'yes',
        c: '*',
        d: '1:20',
        e: 'line1\nline2',
        f: 'tab\there',
        g: '2026-01-01',
        h: 'a: b',
        i: '0x1F',
        j: '08',
        k: '- x',
        l: 'trail \nx',
        m: 'x\n',
      },
      kind: 'ConfigMap',
      metadata: { creationTimestamp: null, name: 'x' },
    };
    expect(toYaml(cm)).toBe(`apiVersion: v1
data:
  _x: "1"
  A: z
  a: word word word word word word word word word word word word word word word word
    word word word word word word end
  a9: "y"
  a10: x
  b: "yes"
  c: '*'
  d: "1:20"
  e: |-
    line1
    line2
  f: "tab\\there"
  g: "2026-01-01"
  h: 'a: b'
  i: "0x1F"
  j: "08"
  k: '- x'
  l: "trail \\nx"
  m: |
    x
kind: ConfigMap
metadata:
  creationTimestamp: null
  name: x
`);
  });

  it('does not indent sequences under their key and prints empty maps and lists in flow style', () => {
    const svc = {
      kind: 'Service',
      apiVersion: 'v1',
      metadata: { name: 'svc', labels: { app: 'svc' }, creationTimestamp: null },
      spec: { ports: [{ name: '80-8080', protocol: 'TCP', port: 80, targetPort: 8080, nodePort: 30080 }], selector: { app: 'svc' }, type: 'NodePort' },
      status: { loadBalancer: {} },
      extra: [],
    };
    expect(toYaml(svc)).toBe(`apiVersion: v1
extra: []
kind: Service
metadata:
  creationTimestamp: null
  labels:
    app: svc
  name: svc
spec:
  ports:
  - name: 80-8080
    nodePort: 30080
    port: 80
    protocol: TCP
    targetPort: 8080
  selector:
    app: svc
  type: NodePort
status:
  loadBalancer: {}
`);
  });
});

describe('yaml printer, where kubectl v1.34.5 decides', () => {
  it('ends the document right after a last literal block that ends in a line break', () => {
    const secret = (type: string) => ({ apiVersion: 'v1', kind: 'Secret', metadata: { creationTimestamp: null, name: 'x' }, type });
    const head = 'apiVersion: v1\nkind: Secret\nmetadata:\n  creationTimestamp: null\n  name: x\n';
    // kubectl create secret generic x --type=$'...' --dry-run=client -o yaml
    expect(toYaml(secret('\n'))).toBe(`${head}type: |2+\n\n`);
    expect(toYaml(secret('a\n'))).toBe(`${head}type: |\n  a\n`);
    expect(toYaml(secret('a\n\n'))).toBe(`${head}type: |+\n  a\n\n`);
    expect(toYaml(secret('a'))).toBe(`${head}type: a\n`);
  });

  it('quotes a string that starts with a point only when Go reads it as a float', () => {
    // kubectl create cm x --from-literal=... --dry-run=client -o yaml
    const data = { a: '._', b: '._1', c: '.1__0', d: '.1e1_0', e: '.1e_1', f: '.1_', g: '.1E1', h: '.1e+1', i: '.1_0', j: '.', k: '.e3' };
    expect(toYaml({ data })).toBe('data:\n  a: ._\n  b: ._1\n  c: .1__0\n  d: ".1e1_0"\n  e: .1e_1\n  f: .1_\n  g: ".1E1"\n  h: ".1e+1"\n  i: ".1_0"\n  j: .\n  k: .e3\n');
  });
});

describe('json printer', () => {
  it('indents with four spaces, sorts keys and escapes HTML characters like Go', () => {
    expect(toGoJson({ kind: 'X', apiVersion: 'v1', items: [], m: {}, s: '<none> & more' })).toBe(
      '{\n    "apiVersion": "v1",\n    "items": [],\n    "kind": "X",\n    "m": {},\n    "s": "\\u003cnone\\u003e \\u0026 more"\n}\n',
    );
  });
  it('keeps the given key order when asked (typed objects)', () => {
    expect(toGoJson({ kind: 'X', apiVersion: 'v1' }, { sortKeys: false })).toBe('{\n    "kind": "X",\n    "apiVersion": "v1"\n}\n');
  });
});
