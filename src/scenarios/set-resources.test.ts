import { describe, expect, it } from 'vitest';
import { outputOf, transcriptOf } from './run';

// Expected texts are what kubectl v1.34.5 printed for the same commands against `npm run api`.
describe('kubectl set resources through the API (set-resources.sh)', { timeout: 60_000 }, () => {
  const t = transcriptOf('set-resources.sh', 1);

  it('updates the template once, and the rollout gives the new pods the limits (requests defaulted to them)', () => {
    expect(outputOf(t, 'kubectl set resources deployment nginx -c=nginx --limits=cpu=200m,memory=512Mi')).toBe('deployment.apps/nginx resource requirements updated\n');
    // the second, identical call is an empty patch
    expect(t).toContain('$ kubectl set resources deployment nginx -c=nginx --limits=cpu=200m,memory=512Mi\n$ kubectl rollout status deployment nginx\n');
    expect(outputOf(t, 'kubectl rollout status deployment nginx')).toMatch(/deployment "nginx" successfully rolled out\n$/);
    expect(outputOf(t, 'kubectl get rs -l app=nginx')).toMatch(/^NAME .*\nnginx-\w+ +2 +2 +2 .*\nnginx-\w+ +0 +0 +0 /);
    expect(outputOf(t, "kubectl get pods -l app=nginx -o jsonpath='{range .items[*]}{.spec.containers[0].resources}{\"\\n\"}{end}'")).toBe(
      '{"limits":{"cpu":"200m","memory":"512Mi"},"requests":{"cpu":"200m","memory":"512Mi"}}\n'.repeat(2),
    );
  });

  it('prints what kubectl prints for refused, missing and unsuitable objects', () => {
    expect(outputOf(t, 'kubectl set resources deployment nginx --requests=cpu=1')).toBe(
      'error: failed to patch resources update to pod template Deployment.apps "nginx" is invalid: spec.template.spec.containers[0].resources.requests[cpu]: Invalid value: "1": must be less than or equal to cpu limit of 200m\n',
    );
    expect(outputOf(t, 'kubectl set resources deployment nosuch --limits=cpu=1')).toBe('Error from server (NotFound): deployments.apps "nosuch" not found\n');
    expect(outputOf(t, 'kubectl set resources deployment nginx -c nope --limits=cpu=1')).toBe('error: unable to find container named nope\n');
    expect(outputOf(t, 'kubectl set resources service kubernetes --limits=cpu=1')).toBe('error: services/kubernetes the object is not a pod or does not have a pod template: *v1.Service\n');
    expect(outputOf(t, 'kubectl set resources deploy web nginx --limits=cpu=-1')).toBe(
      'failed to patch resources update to pod template Deployment.apps "web" is invalid: spec.template.spec.containers[0].resources.limits[cpu]: Invalid value: "-1": must be greater than or equal to 0\n' +
        'failed to patch resources update to pod template Deployment.apps "nginx" is invalid: spec.template.spec.containers[0].resources.limits[cpu]: Invalid value: "-1": must be greater than or equal to 0\n',
    );
    expect(outputOf(t, 'kubectl set resources deployments --limits=cpu=1')).toBe('error: resource(s) were provided, but no name was specified\n');
  });

  it('selects with --all and -l, and dry-runs on the server', () => {
    expect(outputOf(t, 'kubectl set resources deploy --all --limits=memory=1Gi')).toBe('deployment.apps/nginx resource requirements updated\ndeployment.apps/web resource requirements updated\n');
    expect(outputOf(t, 'kubectl set resources deploy -l app=web --requests=memory=100Mi -o name')).toBe('deployment.apps/web\n');
    expect(outputOf(t, 'kubectl set resources deploy web --requests=memory=50Mi --dry-run=server')).toBe('deployment.apps/web resource requirements updated (server dry run)\n');
  });
});
