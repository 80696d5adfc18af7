import { describe, expect, it } from 'vitest';
import { Cluster } from '../../../sim/cluster';
import { MemoryWorkspace } from '../../context';
import { runKubectl } from '../../kubectl';
import { goValue } from '../../../sim/apiserver/patch/go-format';

/** kubectl on a fresh cluster; arguments as the shell would split them. */
function shell() {
  const ctx = { cluster: new Cluster({ seed: 1 }), fs: new MemoryWorkspace(), namespace: 'default' };
  return { opts: ctx, run: (...argv: string[]) => runKubectl(argv, ctx) };
}

describe('patch decode errors', () => {
  it('prints maps as Go does', () => {
    expect(goValue({ b: [1, 'x'], a: { c: null, b: true } })).toBe('map[a:map[b:true c:<nil>] b:[1 x]]');
  });

  it('kubectl patch sends no fieldValidation, so the server warns about an unknown field and drops it', () => {
    const sh = shell();
    sh.run('create', 'deployment', 'kubia', '--image=luksa/kubia:v1');
    const r = sh.run('patch', 'deployment', 'kubia', '-p', '{"spec":{"strategy":{"rollingUpdate":{"maxUnavaliable":0}}}}');
    expect(r.out).toBe('Warning: unknown field "spec.strategy.rollingUpdate.maxUnavaliable"\ndeployment.apps/kubia patched (no change)\n');
  });

  it('kubectl apply to an existing object quotes the whole patch, last-applied annotation included', () => {
    const sh = shell();
    const doc = (field: string) =>
      `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n${field}data:\n  a: b\n`;
    sh.opts.fs.write('c.yaml', doc(''));
    sh.run('apply', '-f', 'c.yaml');
    sh.opts.fs.write('c.yaml', doc('datta:\n  x: z\n'));
    const out = sh.run('apply', '-f', 'c.yaml').out.trim();
    expect(out).toMatch(/^The request is invalid: patch: Invalid value: "map\[datta:map\[x:z\] metadata:map\[annotations:map\[kubectl.kubernetes.io\/last-applied-configuration:\{\\"apiVersion\\":\\"v1\\",.*\}\\n\]\]\]": strict decoding error: unknown field "datta"$/);
  });

  it('creating an object keeps the BadRequest of strict decoding', () => {
    const sh = shell();
    sh.opts.fs.write('c.yaml', 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\ndatta:\n  x: y\n');
    expect(sh.run('apply', '-f', 'c.yaml').out.trim()).toBe(
      'Error from server (BadRequest): error when creating "c.yaml": ConfigMap in version "v1" cannot be handled as a ConfigMap: strict decoding error: unknown field "datta"',
    );
  });
});
