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
