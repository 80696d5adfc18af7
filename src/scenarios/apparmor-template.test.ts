import { describe, expect, it } from 'vitest';
import { transcriptOf } from './run';

const warning = (path: string, c: string) =>
  `Warning: ${path}.metadata.annotations[container.apparmor.security.beta.kubernetes.io/${c}]: deprecated since v1.30; use the "appArmorProfile" field instead\n`;

describe('the AppArmor annotation in pod templates', { timeout: 60_000 }, () => {
  const t = transcriptOf('apparmor-template.sh', 1);
  const blocks = t.split(/^\$ /m).slice(1);
  const after = (command: string) => blocks.filter((b) => b.startsWith(command)).map((b) => b.slice(b.lastIndexOf('EOF\n') >= 0 && b.startsWith('kubectl apply') ? b.lastIndexOf('EOF\n') + 4 : b.indexOf('\n') + 1));

  it('warns on create and on a spec change with the template path, only for containers without the field', () => {
    const [deploy, cronjob, daemonset] = after('kubectl apply -f -');
    expect(deploy).toBe(`${warning('spec.template', 'web')}deployment.apps/aa created\n`);
    expect(cronjob).toBe(`${warning('spec.jobTemplate.spec.template', 'cj')}cronjob.batch/cj created\n`);
    expect(daemonset).toBe(`${warning('spec.template', 'init')}daemonset.apps/ds created\n`);
    expect(after('kubectl set image')[0]).toBe(`${warning('spec.template', 'web')}deployment.apps/aa image updated\n`);
  });

  it('says nothing on a metadata-only update, and nothing for the pods the controllers create', () => {
    expect(after('kubectl label deploy aa')[0]).toBe('deployment.apps/aa labeled\n');
    expect(t.match(/^Warning: /gm)).toHaveLength(4);
  });
});
