import { describe, expect, it } from 'vitest';
import { outputOf, transcriptOf } from './run';

// Messages are kube-apiserver's (plugin/resourcequota CheckRequest); describe output is what kubectl v1.34.5 printed against `npm run api`.
describe('ResourceQuotas of the namespace (resource-quota.sh)', { timeout: 60_000 }, () => {
  const t = transcriptOf('resource-quota.sh', 1);

  it('fills in status at once, so the table and describe show every hard limit with its use', () => {
    expect(outputOf(t, 'kubectl get quota -n team').split('\n')[2]).toMatch(/^compute +pods: 0\/2, requests\.cpu: 0\/1, requests\.memory: 0\/256Mi +limits\.cpu: 0\/2, limits\.memory: 0\/512Mi +0s$/);
    expect(outputOf(t, 'kubectl describe quota besteffort -n team')).toBe(
      'Name:       besteffort\nNamespace:  team\nScopes:     BestEffort\n * Matches all pods that do not have resource requirements set. These pods have a best effort quality of service.\nResource  Used  Hard\n--------  ----  ----\npods      0     1\n',
    );
  });

  it('refuses a pod without the requests and limits a compute quota tracks, and one that does not fit', () => {
    expect(outputOf(t, 'kubectl run bare --image=nginx -n team')).toBe(
      'Error from server (Forbidden): pods "bare" is forbidden: failed quota: compute: must specify limits.cpu for: bare; limits.memory for: bare; requests.cpu for: bare; requests.memory for: bare\n',
    );
    expect(t).toContain(
      'Error from server (Forbidden): error when creating "STDIN": pods "big" is forbidden: exceeded quota: compute, requested: requests.cpu=1,requests.memory=300Mi, used: requests.cpu=250m,requests.memory=64Mi, limited: requests.cpu=1,requests.memory=256Mi\n',
    );
  });

  it('charges an admitted pod to the quota', () => {
    const after = t.split('$ kubectl run bare --image=nginx -n team\n')[1];
    expect(outputOf(after, 'kubectl describe quota compute -n team')).toContain('limits.cpu       500m   2\nlimits.memory    128Mi  512Mi\npods             1      2\nrequests.cpu     250m   1\n');
  });

  it('lets the ReplicaSet create only what fits, with the refusal as its FailedCreate event', () => {
    expect(outputOf(t, "kubectl get events -n team --field-selector reason=FailedCreate -o jsonpath='{.items[0].message}'")).toMatch(
      /^Error creating: pods "web-[a-z0-9]+-" is forbidden: exceeded quota: compute, requested: pods=1, used: pods=2, limited: pods=2\n$/,
    );
  });

  it('counts objects, node ports and the legacy configmaps name, also for dry runs', () => {
    expect(outputOf(t, 'kubectl create deployment other --image=nginx -n team')).toBe(
      'error: failed to create deployment: deployments.apps "other" is forbidden: exceeded quota: objects, requested: count/deployments.apps=1, used: count/deployments.apps=1, limited: count/deployments.apps=1\n',
    );
    expect(outputOf(t, 'kubectl expose deployment web -n team --type=NodePort --port=80')).toBe(
      'Error from server (Forbidden): services "web" is forbidden: exceeded quota: objects, requested: services.nodeports=1, used: services.nodeports=0, limited: services.nodeports=0\n',
    );
    // kube-root-ca.crt is the first configmap
    expect(outputOf(t, 'kubectl create configmap c2 -n team --from-literal=a=b')).toBe('error: failed to create configmap: configmaps "c2" is forbidden: exceeded quota: objects, requested: configmaps=1, used: configmaps=2, limited: configmaps=2\n');
    expect(outputOf(t, 'kubectl create configmap c3 -n team --dry-run=server --from-literal=a=b')).toContain('exceeded quota: objects');
  });

  it('gives back what a deleted pod used, and the ReplicaSet retries into the room', () => {
    const after = t.split('$ kubectl delete pod small -n team\n')[1];
    expect(outputOf(after, 'kubectl get pods -n team').trim().split('\n')).toHaveLength(3);
    expect(outputOf(after, 'kubectl describe quota compute -n team')).toContain('pods             2      2\nrequests.cpu     200m   1\n');
  });
});
