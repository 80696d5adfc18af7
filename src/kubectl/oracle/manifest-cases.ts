/**
 * Manifests kubectl refuses before it sends anything: YAML and JSON syntax errors, document
 * separators, aliasing. The oracle runs `kubectl create -f` on each.
 */
export const BAD_MANIFESTS: Record<string, string> = {
  'bad/indent-key.yaml': 'a: 1\nb:\n  - c\n d: 2\n',
  'bad/flow-map.yaml': 'a: {b: 1\n',
  'bad/single-quote.yaml': "a: 'x\n",
  'bad/flow-seq.yaml': 'a: [1, 2\nb: 3\n',
  'bad/double-quote.yaml': 'a: "abc\n',
  'bad/tab.yaml': 'a:\n\tb: 1\n',
  'bad/anchor.yaml': 'a: *x\n',
  'bad/mapping-values.yaml': 'a: b: c\n',
  'bad/seq-then-map.yaml': '- a\nb: 1\n',
  'bad/no-colon.yaml': 'a: 1\nfoo\n',
  'bad/second-doc.yaml': 'kind: A\n---\napiVersion: v1\nkind: B\nx: y: z\n',
  'bad/indented-key.yaml': 'a: 1\n b: 2\n',
  'bad/containers.yaml': 'spec:\n  containers:\n  - name: a\n  image: b\n  - name: c\n',
  'bad/seq-no-colon.yaml': 'a:\n- b\n- c\nd\n',
  'bad/labels.yaml': 'metadata:\n  labels:\n    app: x\n   tier: y\n',
  'bad/seq-indicator.yaml': 'a:\n  - b\n  c: 1\n',
  'bad/escape.yaml': 'a: "x\\q"\n',
  'bad/at.yaml': 'a: @x\n',
  'bad/deeper.yaml': 'a:\n  b: 1\n    c: 2\n',
  'bad/after-quote.yaml': "a: 'x' y\n",
  'bad/no-colon-middle.yaml': 'a: 1\nfoo\nb: 2\n',
  'bad/separator.yaml': '--- x\na: 1\n',
  'bad/trailing-comma.json': '{"apiVersion": "v1", "kind": "ConfigMap",}\n',
  'bad/missing-comma.json': '{"apiVersion": "v1", "kind": "ConfigMap" "metadata": {}}\n',
  'bad/third-value.json': '{"kind": "A"}\n{"kind": "B"}\n{"kind": "C",}\n',
  'bad/eof.json': '{"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "a"}\n',
  'bad/no-kind.yaml': 'apiVersion: v1\nmetadata:\n  name: a\n',
  'bad/no-apiversion.yaml': 'kind: ConfigMap\nmetadata:\n  name: a\n',
};

const bomb = ['apiVersion: v1', 'kind: ConfigMap', 'metadata:', '  name: bomb', 'data:', '  a0: &a0 ["x","x","x","x","x","x","x","x","x","x"]'];
for (let i = 1; i <= 9; i++) bomb.push(`  a${i}: &a${i} [${Array(10).fill(`*a${i - 1}`).join(',')}]`);
BAD_MANIFESTS['bad/alias-bomb.yaml'] = bomb.join('\n');

/** Files whose `--validate=false` client dry run the real kubectl completes only with a server's help. */
const NEEDS_SERVER_WITHOUT_VALIDATION = new Set([
  // its first document's kind A is not in the discovery cache, so kubectl asks the server
  'bad/second-doc.yaml',
  'bad/third-value.json',
  // without apiVersion kubectl maps the kind by its group alone; the playground needs the apiVersion
  'bad/no-apiversion.yaml',
]);

/** Files that decode: validating them takes the server's OpenAPI. */
const DECODES = new Set(['bad/trailing-comma.json']);

export const MANIFEST_ERRORS: string[] = Object.keys(BAD_MANIFESTS).flatMap((f) => [
  ...(DECODES.has(f) ? [] : [`create -f ${f}`]),
  ...(NEEDS_SERVER_WITHOUT_VALIDATION.has(f) ? [] : [`create -f ${f} --dry-run=client -o yaml --validate=false`]),
]);
