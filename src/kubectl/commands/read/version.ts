/** `kubectl version`: client, bundled kustomize and server versions (kubectl v1.34.5 against a v1.34.1 server). */
import { kubectlVersionInfo, serverVersionInfo } from '../../../sim/version-info';
import { KubectlError } from '../../errors';
import { toGoJson } from '../../printers/json';
import { toYaml } from '../../printers/yaml';
import type { CommandDef } from '../../command';

export const versionCommands: CommandDef[] = [];

/** kubectl v1.34's go.mod pins sigs.k8s.io/kustomize/kustomize/v5 v5.7.1. */
const KUSTOMIZE_VERSION = 'v5.7.1';

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
    const clientVersion = kubectlVersionInfo();
    const serverVersion = client ? undefined : serverVersionInfo();
    const data: Record<string, unknown> = { clientVersion, kustomizeVersion: KUSTOMIZE_VERSION, ...(serverVersion ? { serverVersion } : {}) };
    if (output === 'yaml') {
      out.write(toYaml(data) + '\n');
      return;
    }
    if (output === 'json') {
      out.write(toGoJson(data, { sortKeys: false }).replace(/^( +)/gm, (s) => ' '.repeat(s.length / 2)));
      return;
    }
    out.line(`Client Version: ${clientVersion.gitVersion}`);
    out.line(`Kustomize Version: ${KUSTOMIZE_VERSION}`);
    if (serverVersion) out.line(`Server Version: ${serverVersion.gitVersion}`);
  },
});
