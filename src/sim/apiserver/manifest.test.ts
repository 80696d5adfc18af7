import { describe, expect, it } from 'vitest';
import { ManifestError, parseManifests } from './manifest';
import { errorOf, testApi } from './testing';

const parseError = (text: string, validate = false) => {
  try {
    parseManifests(text, 'f.yaml', { validate });
  } catch (e) {
    return (e as Error).message;
  }
  return '';
};

describe('manifest parsing', () => {
  it('splits documents on --- and expands kind: List', () => {
    const docs = parseManifests(
      'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n---\n# only a comment\n---\napiVersion: v1\nkind: List\nitems:\n- apiVersion: v1\n  kind: Secret\n  metadata:\n    name: b\n- apiVersion: v1\n  kind: Secret\n  metadata:\n    name: c\n',
      'f.yaml',
    );
    expect(docs.map((d) => `${d.obj.kind}/${d.obj.metadata.name}@${d.line}`)).toEqual(['ConfigMap/a@1', 'Secret/b@11', 'Secret/c@15']);
  });

  it('gives 1-based positions of fields across documents', () => {
    const docs = parseManifests('kind: A\napiVersion: v1\n---\napiVersion: v1\nkind: Pod\nspec:\n  containers:\n  - name: a\n    imgress: x\n', 'f.yaml');
    expect(docs[1].positionOf(['spec', 'containers', 0, 'imgress'])).toEqual({ line: 9, col: 5 });
    expect(docs[1].positionOf(['spec', 'containers', 0])).toEqual({ line: 8, col: 5 });
    expect(docs[1].positionOf(['spec', 'nope'])).toBeUndefined();
  });

  it('reads JSON', () => {
    expect(parseManifests('{"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": "x"}}', 'ns.json')[0].obj.metadata.name).toBe('x');
  });

  it('resolves scalars like go-yaml v2: yes is a bool, 0755 is octal, 80:80 and dates stay strings', () => {
    const [d] = parseManifests('apiVersion: v1\nkind: X\na: yes\nb: 0755\nc: 80:80\nd: 2024-01-01\ne: "8080"\n', 'f.yaml');
    expect(d.obj).toMatchObject({ a: true, b: 493, c: '80:80', d: '2024-01-01', e: '8080' });
  });

  it('keeps only the first document of a chunk, as go-yaml does after `...`', () => {
    const [d] = parseManifests('apiVersion: v1\nkind: deployment\n...\nspec:\n  ...\n  port:\n    - name: x\n        imgress: y\n', 'f.yaml');
    expect(d.obj).toEqual({ apiVersion: 'v1', kind: 'deployment' });
  });

  it("fails kubectl's client-side check without apiVersion or kind", () => {
    expect(parseError('kind: Ingress\nmetadata:\n  name: x\n', true)).toBe(
      'error validating "f.yaml": error validating data: apiVersion not set; if you choose to ignore these errors, turn validation off with --validate=false',
    );
    expect(parseError('metadata:\n  name: x\n', true)).toBe(
      'error validating "f.yaml": error validating data: [apiVersion not set, kind not set]; if you choose to ignore these errors, turn validation off with --validate=false',
    );
  });

  it('hands back the documents before a failing one (kubectl create streams them)', () => {
    try {
      parseManifests('apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n---\na: b: c\n', 'f.yaml');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ManifestError);
      expect((e as ManifestError).docs.map((d) => d.obj.metadata.name)).toEqual(['a']);
      expect((e as ManifestError).line).toBe(6);
    }
  });

  // expected texts: kubectl v1.34 on the same files (`error: ` stripped); go-yaml numbers lines per document
  it.each([
    ['a: 1\nb:\n  - c\n d: 2\n', 'yaml: line 3: did not find expected key'],
    ['a: {b: 1\n', "yaml: line 1: did not find expected ',' or '}'"],
    // an unclosed flow collection still waiting for an entry; kubectl's reader ends every line with a newline
    ['a: [', 'yaml: line 1: did not find expected node content'],
    ['a: {b: 1,\n', 'yaml: line 1: did not find expected node content'],
    ['x:\n  - [', 'yaml: line 2: did not find expected node content'],
    ["a: 'x\n", 'yaml: line 2: found unexpected end of stream'],
    ['a: [1, 2\nb: 3\n', "yaml: line 1: did not find expected ',' or ']'"],
    ['a: "abc\n', 'yaml: line 2: found unexpected end of stream'],
    ['a:\n\tb: 1\n', 'yaml: line 2: found character that cannot start any token'],
    ['a: *x\n', "yaml: unknown anchor 'x' referenced"],
    ['a: b: c\n', 'yaml: mapping values are not allowed in this context'],
    ['- a\nb: 1\n', "yaml: line 1: did not find expected '-' indicator"],
    ['a: 1\nfoo\n', "yaml: line 3: could not find expected ':'"],
    ['kind: A\n---\napiVersion: v1\nkind: B\nx: y: z\n', 'yaml: line 3: mapping values are not allowed in this context'],
    ['a: 1\n b: 2\n', 'yaml: line 2: mapping values are not allowed in this context'],
    ['spec:\n  containers:\n  - name: a\n  image: b\n  - name: c\n', 'yaml: line 4: did not find expected key'],
    ['a:\n- b\n- c\nd\n', "yaml: line 5: could not find expected ':'"],
    ['metadata:\n  labels:\n    app: x\n   tier: y\n', 'yaml: line 3: did not find expected key'],
    ['a:\n  - b\n  c: 1\n', "yaml: line 2: did not find expected '-' indicator"],
    ['a: "x\\q"\n', 'yaml: found unknown escape character'],
    ['a: @x\n', 'yaml: found character that cannot start any token'],
    ['a:\n  b: 1\n    c: 2\n', 'yaml: line 3: mapping values are not allowed in this context'],
    ["a: 'x' y\n", 'yaml: did not find expected key'],
    ['a: 1\nfoo\nb: 2\n', "yaml: line 3: could not find expected ':'"],
  ])('reports %j as kubectl does', (text, want) => {
    expect(parseError(text)).toBe(`error parsing f.yaml: error converting YAML to JSON: ${want}`);
  });

  it('rejects a bad document separator', () => {
    expect(parseError('--- x\na: 1\n')).toBe('error parsing f.yaml: invalid Yaml document separator: x');
  });

  it('stops an alias bomb with go-yaml’s message', () => {
    const lines = ['apiVersion: v1', 'kind: ConfigMap', 'metadata:', '  name: bomb', 'data:', '  a0: &a0 ["x","x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i <= 9; i++) lines.push(`  a${i}: &a${i} [${Array(10).fill(`*a${i - 1}`).join(',')}]`);
    expect(parseError(lines.join('\n'))).toBe('error parsing f.yaml: error converting YAML to JSON: yaml: document contains excessive aliasing');
  });

  it('does not parse a document over the 3 MiB request limit, but keeps its identity', () => {
    const body = Array.from({ length: 60_000 }, (_, i) => `  k${i}: "${'x'.repeat(80)}"`).join('\n');
    const docs = parseManifests(`apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: big\ndata:\n${body}\n`, 'big.yaml');
    expect(docs).toHaveLength(1);
    expect(docs[0].tooLarge).toBe(true);
    expect(docs[0].obj).toMatchObject({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'big' } });
    expect(errorOf(() => testApi().create(docs[0].obj))).toBe('Request entity too large: limit is 3145728');
  });
});

describe('JSON manifests', () => {
  // expected texts: kubectl v1.34 on the same files
  it.each([
    ['{"apiVersion": "v1", "kind": "ConfigMap" "metadata": {}}\n', 'json: offset 42: invalid character \'"\' after object key:value pair'],
    ['{"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "a"}\n', 'unexpected EOF'],
  ])('reports %j as kubectl does', (text, want) => {
    expect(parseError(text)).toBe(`error parsing f.yaml: ${want}`);
  });

  it('reads what JSON refuses as YAML while the stream is ambiguous (at most one value so far), not after', () => {
    expect(parseManifests('{"apiVersion": "v1", "kind": "ConfigMap",}\n', 'f.json').map((d) => d.obj)).toEqual([{ apiVersion: 'v1', kind: 'ConfigMap' }]);
    expect(parseError('{"kind": "A"}\n{"kind": "B"}\n{"kind": "C",}\n')).toBe("error parsing f.yaml: invalid character '}' looking for beginning of object key string");
  });

  it('reads a stream of several objects, with positions', () => {
    const docs = parseManifests('{"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "a"}}\n{"apiVersion": "v1", "kind": "ConfigMap",\n "metadata": {"name": "b"}}\n', 'f.json');
    expect(docs.map((d) => d.obj.metadata.name)).toEqual(['a', 'b']);
    expect(docs[1].line).toBe(2);
    expect(docs[1].positionOf(['metadata', 'name'])).toEqual({ line: 3, col: 15 });
  });
});
