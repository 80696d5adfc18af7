import { describe, expect, it } from 'vitest';
import { Cluster } from '../../../sim/cluster';
import { MemoryWorkspace } from '../../context';
import { runKubectl } from '../../kubectl';

// outputs and messages as kubectl v1.34.5 prints them (against the served sim where it needs one)
describe('kubectl options, plugin, completion, certificate', () => {
  const ctx = { cluster: new Cluster({ seed: 1 }), fs: new MemoryWorkspace(), namespace: 'default' };
  const k = (line: string) => runKubectl(line.split(' ').filter(Boolean), ctx);
  it.each([
    ['plugin list', 'error: unable to find any kubectl plugins in your PATH\n', 1],
    ['plugin foo', "error: unknown command \"foo\"\nSee 'kubectl plugin -h' for help and examples\n", 1],
    ['completion', "error: Shell not specified.\nSee 'kubectl completion -h' for help and examples\n", 1],
    ['completion foo', "error: Unsupported shell type \"foo\".\nSee 'kubectl completion -h' for help and examples\n", 1],
    ['completion bash x', "error: Too many arguments. Expected only the shell type.\nSee 'kubectl completion -h' for help and examples\n", 1],
    ['certificate approve', 'error: one or more CSRs must be specified as <name> or -f <filename>\n', 1],
    ['certificate deny csr-1', 'Error from server (NotFound): certificatesigningrequests.certificates.k8s.io "csr-1" not found\n', 1],
    ['port-forward', "error: TYPE/NAME and list of ports are required for port-forward\nSee 'kubectl port-forward -h' for help and examples\n", 1],
    ['attach', 'error: at least 1 argument is required for attach\n', 1],
    ['cp a', 'error: source and destination are required\n', 1],
    ['cp a b', 'error: one of src or dest must be a remote file specification\n', 1],
    ['diff', 'error: must specify one of -f and -k\n', 2],
    ['debug web', 'error: you must specify --image when not using --copy-to.\n', 1],
    ['proxy --port=abc', 'error: invalid argument "abc" for "-p, --port" flag: strconv.ParseInt: parsing "abc": invalid syntax\nSee \'kubectl proxy --help\' for usage.\n', 1],
  ])('kubectl %s', (line, text, code) => {
    expect(k(line)).toMatchObject({ out: text, code });
  });

  it('prints the global options and the group helps', () => {
    expect(k('options').out).toMatch(/^The following options can be passed to any command:\n\n {4}--as='':\n/);
    expect(k('options').out).toContain("    --cache-dir='/root/.kube/cache':\n");
    expect(k('certificate')).toMatchObject({ code: 0 });
    expect(k('certificate').out).toMatch(/^Modify certificate resources\.\n/);
    expect(k('plugin')).toMatchObject({ code: 1, stdout: '' });
  });
});
