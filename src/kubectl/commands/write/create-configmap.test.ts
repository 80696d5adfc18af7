import { describe, expect, it } from 'vitest';
import { Cluster } from '../../../sim/cluster';
import { MemoryWorkspace } from '../../context';
import { runKubectl } from '../../kubectl';

function shell() {
  const fs = new MemoryWorkspace();
  fs.writeBytes('blob.bin', new Uint8Array([0x00, 0xff, 0x01, 0x02, 0x03]));
  fs.write('text.txt', 'hello\n');
  fs.write('d/text.txt', 'hello\n');
  fs.writeBytes('d/blob.bin', new Uint8Array([0x00, 0xff, 0x01, 0x02, 0x03]));
  const ctx = { cluster: new Cluster({ seed: 1 }), fs, namespace: 'default' };
  return (...argv: string[]) => runKubectl(argv, ctx);
}

// kubectl v1.34.5 create configmap|secret --dry-run=client -o yaml on a file holding 00 ff 01 02 03
describe('create configmap from files that are not UTF-8', () => {
  it('puts them in binaryData, base64, beside the text keys', () => {
    const run = shell();
    expect(run('create', 'configmap', 'x', '--from-file=blob.bin', '--from-file=text.txt', '--from-literal=a=b', '--dry-run=client', '-o', 'yaml').out).toBe(
      'apiVersion: v1\nbinaryData:\n  blob.bin: AP8BAgM=\ndata:\n  a: b\n  text.txt: |\n    hello\nkind: ConfigMap\nmetadata:\n  name: x\n',
    );
    expect(run('create', 'configmap', 'x', '--from-file=d', '--dry-run=client', '-o', 'json').out).toContain('"data": {\n        "text.txt": "hello\\n"\n    },\n    "binaryData": {\n        "blob.bin": "AP8BAgM="\n    }');
  });

  it('refuses a key twice, naming where the first one went', () => {
    const run = shell();
    expect(run('create', 'configmap', 'x', '--from-file=blob.bin', '--from-file=blob.bin=text.txt').out).toBe('error: cannot add key "blob.bin", another key by that name already exists in BinaryData for ConfigMap "x"\n');
    expect(run('create', 'configmap', 'x', '--from-file=text.txt', '--from-file=text.txt=blob.bin').out).toBe('error: cannot add key "text.txt", another key by that name already exists in Data for ConfigMap "x"\n');
    expect(run('create', 'configmap', 'x', '--from-file=k=blob.bin', '--from-literal=k=v').out).toBe('error: cannot add key "k", another key by that name already exists in BinaryData for ConfigMap "x"\n');
  });

  it('stores the bytes: get -o yaml shows them, a Secret keeps them in data', () => {
    const run = shell();
    expect(run('create', 'configmap', 'bin', '--from-file=blob.bin').out).toBe('configmap/bin created\n');
    expect(run('get', 'cm', 'bin', '-o', 'jsonpath={.binaryData.blob\\.bin}').out).toBe('AP8BAgM=');
    expect(run('create', 'secret', 'generic', 's', '--from-file=blob.bin', '--dry-run=client', '-o', 'yaml').out).toBe('apiVersion: v1\ndata:\n  blob.bin: AP8BAgM=\nkind: Secret\nmetadata:\n  name: s\n');
  });
});
