import { describe, expect, it } from 'vitest';
import { outputOf, transcriptOf } from './run';

// Expected texts are what kubectl v1.34.5 printed for the same commands against `npm run api`.
describe('kubectl set serviceaccount, subject and selector through the API (set-sa-subject-selector.sh)', { timeout: 60_000 }, () => {
  const t = transcriptOf('set-sa-subject-selector.sh', 1);

  it('rolls the deployment out with the service account, and sends an unchanged one again', () => {
    expect(outputOf(t, 'kubectl set serviceaccount deployment web robot')).toBe('deployment.apps/web serviceaccount updated\n');
    expect(outputOf(t, "kubectl get pods -l app=web -o jsonpath='{range .items[*]}{.spec.serviceAccountName}{\"\\n\"}{end}'")).toBe('robot\nrobot\n');
    expect(outputOf(t, 'kubectl set sa deployment web robot')).toBe('deployment.apps/web serviceaccount updated\n');
  });

  it("refuses a bare pod's service account through the pod-update validation", () => {
    expect(outputOf(t, 'kubectl set sa pod solo robot')).toBe(
      'error: failed to patch ServiceAccountName Pod "solo" is invalid: spec: Forbidden: pod updates may not change fields other than `spec.containers[*].image`,`spec.initContainers[*].image`,`spec.activeDeadlineSeconds`,`spec.tolerations` (only additions to existing tolerations),`spec.terminationGracePeriodSeconds` (allow it to be set to 1 if it was previously negative)\n' +
        '  core.PodSpec{\n' +
        '  \t... // 7 identical fields\n' +
        '  \tDNSPolicy:                    "ClusterFirst",\n' +
        '  \tNodeSelector:                 nil,\n' +
        '- \tServiceAccountName:           "default",\n' +
        '+ \tServiceAccountName:           "robot",\n' +
        '  \tAutomountServiceAccountToken: nil,\n' +
        '  \tNodeName:                     "k8s-node2",\n' +
        '  \t... // 23 identical fields\n' +
        '  }\n',
    );
    expect(outputOf(t, 'kubectl set sa service kubernetes robot')).toBe('error: services/kubernetes the object is not a pod or does not have a pod template: *v1.Service\n');
    expect(outputOf(t, 'kubectl set sa deploy nosuch robot')).toBe('Error from server (NotFound): deployments.apps "nosuch" not found\n');
  });

  it('adds the missing subjects to bindings, the command namespace for a service account without one', () => {
    expect(outputOf(t, 'kubectl set subject rolebinding edit --user=bob')).toBe('');
    expect(outputOf(t, 'kubectl set subject rolebinding edit --user=al --group=devs --serviceaccount=:robot')).toBe('rolebinding.rbac.authorization.k8s.io/edit subjects updated\n');
    expect(outputOf(t, "kubectl get rolebinding edit -o jsonpath='{range .subjects[*]}{.kind}/{.name}/{.namespace}{\"\\n\"}{end}'")).toBe(
      'User/bob/\nUser/al/\nGroup/devs/\nServiceAccount/robot/default\n',
    );
    expect(outputOf(t, 'kubectl set subject clusterrolebinding view --serviceaccount=:robot')).toBe('error: serviceaccount must be <namespace>:<name>, namespace must be specified\n');
    expect(outputOf(t, 'kubectl set subject clusterrolebinding view --serviceaccount=default:robot -o name')).toBe('clusterrolebinding.rbac.authorization.k8s.io/view\n');
    expect(outputOf(t, 'kubectl set subject deployment web --user=x')).toBe('error: deployments/web setting subjects is only supported for RoleBinding/ClusterRoleBinding\n');
  });

  it("sets a service's selector, and the endpoints follow it", () => {
    expect(outputOf(t, 'kubectl set selector service web app=web')).toBe('service/web selector updated\n');
    expect(outputOf(t, "kubectl get endpoints web -o jsonpath='{range .subsets[*].addresses[*]}{.targetRef.name}{\"\\n\"}{end}'")).toMatch(/^Warning: .*\nweb-\w+-\w+\nweb-\w+-\w+\n$/);
    expect(outputOf(t, "kubectl set selector service web 'app in (web)'")).toBe('error: match expression [{app In [web]}] not supported on this object\n');
    expect(outputOf(t, 'kubectl set selector service web app=web --resource-version=1')).toBe(
      'Error from server (Conflict): Operation cannot be fulfilled on services "web": the object has been modified; please apply your changes to the latest version and try again\n',
    );
    expect(outputOf(t, 'kubectl set selector deployment web app=web')).toBe('error: setting a selector is only supported for Services\n');
  });
});
