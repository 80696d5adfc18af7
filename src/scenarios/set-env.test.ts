import { describe, expect, it } from 'vitest';
import { outputOf, transcriptOf } from './run';

// Expected texts are what kubectl v1.34.5 printed for the same commands against `npm run api` (exec only in the playground's kubectl).
describe('kubectl set env through the API (set-env.sh)', { timeout: 60_000 }, () => {
  const t = transcriptOf('set-env.sh', 1);

  it('rolls out a new ReplicaSet whose pods carry the variables', () => {
    expect(outputOf(t, 'kubectl set env deployment web GREETING=hello MODE=prod')).toBe('deployment.apps/web env updated\n');
    expect(outputOf(t, 'kubectl rollout status deployment web')).toMatch(/deployment "web" successfully rolled out\n$/);
    expect(outputOf(t, 'kubectl get rs -l app=web')).toMatch(/^NAME .*\nweb-\w+ +2 +2 +2 .*\nweb-\w+ +0 +0 +0 /);
    expect(outputOf(t, 'kubectl exec deploy/web -- env')).toMatch(/\nGREETING=hello\nMODE=prod\nHOME=\/root\n$/);
  });

  it('removes, lists, and refuses an overwrite', () => {
    expect(outputOf(t, 'kubectl set env deployment web MODE-')).toBe('deployment.apps/web env updated\n');
    expect(outputOf(t, 'kubectl set env deployment web --list')).toBe('# Deployment web, container nginx\nGREETING=hello\n');
    expect(outputOf(t, 'kubectl set env deployment web GREETING=hi --overwrite=false')).toBe(
      "error: deployments/web 'GREETING' already has a value (hello), and --overwrite is false\n",
    );
    // an unchanged template is an empty patch: nothing is sent or printed
    expect(outputOf(t, 'kubectl set env deployment web GREETING=hello')).toBe('');
    expect(outputOf(t, 'kubectl set env deployment web')).toBe('');
  });

  it('prints what kubectl prints for missing containers, objects and kinds, and dry runs', () => {
    expect(outputOf(t, 'kubectl set env deployment web -c nope X=1')).toBe('Warning: Deployment/web does not have any containers matching "nope"\n');
    expect(outputOf(t, 'kubectl set env deploy nosuch X=1')).toBe('Error from server (NotFound): deployments.apps "nosuch" not found\n');
    expect(outputOf(t, 'kubectl set env service kubernetes X=1')).toBe('error: services/kubernetes the object is not a pod or does not have a pod template: *v1.Service\n');
    expect(outputOf(t, 'kubectl set env deployment web X=1 --dry-run=server')).toBe('deployment.apps/web env updated (server dry run)\n');
    expect(outputOf(t, 'kubectl set env deployment web X=1 -o name --dry-run=client')).toBe('deployment.apps/web\n');
  });
});

describe('kubectl set env --from through the API (set-env-from.sh)', { timeout: 60_000 }, () => {
  const t = transcriptOf('set-env-from.sh', 1);

  it("references each key of a ConfigMap or Secret, renamed with a warning, the prefix before it", () => {
    expect(outputOf(t, 'kubectl set env deployment app --from=configmap/cfg --prefix=APP_')).toBe('Warning: key log.level transferred to LOG_LEVEL\ndeployment.apps/app env updated\n');
    expect(outputOf(t, 'kubectl set env deployment app --from=secret/creds')).toBe('Warning: key pass transferred to PASS\ndeployment.apps/app env updated\n');
    expect(outputOf(t, 'kubectl set env deployment app --list')).toBe(
      '# Deployment app, container nginx\n# APP_LOG_LEVEL from configmap cfg, key log.level\n# PASS from secret creds, key pass\n',
    );
  });

  it('refuses other kinds, missing sources and --keys without --from', () => {
    expect(outputOf(t, 'kubectl set env deployment app --from=deployment/app')).toBe('error: unsupported resource specified in --from\n');
    expect(outputOf(t, 'kubectl set env deployment app --from=configmap/nosuch')).toBe('Error from server (NotFound): configmaps "nosuch" not found\n');
    expect(outputOf(t, 'kubectl set env deployment app --from=configmap/cfg --keys=other')).toBe('');
    expect(outputOf(t, 'kubectl set env deployment app --keys=pass')).toBe('error: when specifying --keys, a configmap or secret must be provided with --from\n');
  });
});
