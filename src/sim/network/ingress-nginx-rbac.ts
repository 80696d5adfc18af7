import type { KObject } from '../types';

/**
 * The cluster-wide RBAC that ingress-nginx's install manifest (deploy.yaml) gives its controller's
 * ServiceAccount ingress-nginx/ingress-nginx: reading what it routes to, its Events and the
 * Ingresses' status. The simulated controller writes with those credentials.
 */
const LABELS = { 'app.kubernetes.io/instance': 'ingress-nginx', 'app.kubernetes.io/name': 'ingress-nginx' };
const RBAC = 'rbac.authorization.k8s.io';

export function ingressNginxRbac(): KObject[] {
  const metadata = () => ({ name: 'ingress-nginx', labels: { ...LABELS } });
  return [
    {
      apiVersion: `${RBAC}/v1`,
      kind: 'ClusterRole',
      metadata: metadata(),
      rules: [
        { apiGroups: [''], resources: ['configmaps', 'endpoints', 'nodes', 'pods', 'secrets', 'namespaces'], verbs: ['list', 'watch'] },
        { apiGroups: ['coordination.k8s.io'], resources: ['leases'], verbs: ['list', 'watch'] },
        { apiGroups: [''], resources: ['nodes'], verbs: ['get'] },
        { apiGroups: [''], resources: ['services'], verbs: ['get', 'list', 'watch'] },
        { apiGroups: ['networking.k8s.io'], resources: ['ingresses'], verbs: ['get', 'list', 'watch'] },
        { apiGroups: [''], resources: ['events'], verbs: ['create', 'patch'] },
        { apiGroups: ['networking.k8s.io'], resources: ['ingresses/status'], verbs: ['update'] },
        { apiGroups: ['networking.k8s.io'], resources: ['ingressclasses'], verbs: ['get', 'list', 'watch'] },
        { apiGroups: ['discovery.k8s.io'], resources: ['endpointslices'], verbs: ['list', 'watch', 'get'] },
      ],
    },
    {
      apiVersion: `${RBAC}/v1`,
      kind: 'ClusterRoleBinding',
      metadata: metadata(),
      roleRef: { apiGroup: RBAC, kind: 'ClusterRole', name: 'ingress-nginx' },
      subjects: [{ kind: 'ServiceAccount', name: 'ingress-nginx', namespace: 'ingress-nginx' }],
    },
  ];
}
