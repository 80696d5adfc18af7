/** `kubectl version`: client, bundled kustomize and server versions (kubectl v1.34.1 against a v1.34.1 server). */
import { KUBERNETES_VERSION } from '../../../sim/config';
import { KubectlError } from '../../errors';
import { toGoJson } from '../../printers/json';
import { toYaml } from '../../printers/yaml';
import type { CommandDef } from '../../command';

export const versionCommands: CommandDef[] = [];

/** kubectl v0.34.1's go.mod pins sigs.k8s.io/kustomize/kustomize/v5 v5.7.1. */
const KUSTOMIZE_VERSION = 'v5.7.1';

function info(v: string): Record<string, string> {
  const [major, minor] = v.replace(/^v/, '').split('.');
  return { major, minor, gitVersion: v, gitTreeState: 'clean', compiler: 'gc', platform: 'linux/amd64' };
}

versionCommands.push({
  path: ['version'],
  short: 'Print the client and server version information',
  flags: [
    { name: 'client', type: 'bool' },
    { name: 'output', short: 'o', type: 'string' },
  ],
  run(p, _ctx, out) {
    const output = String(p.flags.output ?? '');
    if (output !== '' && output !== 'yaml' && output !== 'json') throw new KubectlError('--output must be \'yaml\' or \'json\'');
    const client = !!p.flags.client;
    const data: Record<string, unknown> = { clientVersion: info(KUBERNETES_VERSION), kustomizeVersion: KUSTOMIZE_VERSION };
    if (!client) data.serverVersion = info(KUBERNETES_VERSION);
    if (output === 'yaml') {
      out.write(toYaml(data) + '\n');
      return;
    }
    if (output === 'json') {
      out.write(toGoJson(data, { sortKeys: false }).replace(/^( +)/gm, (s) => ' '.repeat(s.length / 2)) + '\n');
      return;
    }
    out.line(`Client Version: ${KUBERNETES_VERSION}`);
    out.line(`Kustomize Version: ${KUSTOMIZE_VERSION}`);
    if (!client) out.line(`Server Version: ${KUBERNETES_VERSION}`);
  },
});
