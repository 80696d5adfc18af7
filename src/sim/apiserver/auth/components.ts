import { CONTROLLER_ACCOUNTS_NAMESPACE, type ControllerAccount } from './controller-accounts';
import { serviceAccountUser, type UserInfo } from './user';

/**
 * The simulated components' own identities, as their kubeconfigs' client certificates and tokens
 * authenticate them upstream. Only this module issues them: a request naming the same user (kubectl
 * `--as system:kube-scheduler`, a bearer token, the HTTP API) carries another object and is a client's.
 */
const issued = new WeakMap<UserInfo, string>();

/** `actor`: the component the replay names for a write made outside its syncs and timers. */
function issue(user: UserInfo, actor: string): UserInfo {
  issued.set(user, actor);
  return user;
}

const AUTHENTICATED = 'system:authenticated';

/** The API server's loopback client (its bootstrap controllers, lease renewals). */
export const KUBE_APISERVER = issue({ name: 'system:apiserver', groups: ['system:masters', AUTHENTICATED] }, 'kube-apiserver');

/** kube-controller-manager's own credentials: its lease, and the controllers kubeadm's flags leave on them (the tokens controller). */
export const KUBE_CONTROLLER_MANAGER = issue({ name: 'system:kube-controller-manager', groups: [AUTHENTICATED] }, 'kube-controller-manager');

const controllerUsers = new Map<ControllerAccount, UserInfo>();

/**
 * A kube-controller-manager controller's credentials: kubeadm runs it with
 * `--use-service-account-credentials=true`, so each controller authenticates as the ServiceAccount
 * kube-system/<controller> that its `system:controller:<controller>` role is bound to (and that
 * kube-controller-manager creates as it starts the controller, controller-accounts.ts).
 */
export function controllerUser(controller: ControllerAccount): UserInfo {
  let user = controllerUsers.get(controller);
  if (!user) controllerUsers.set(controller, (user = issue(serviceAccountUser(CONTROLLER_ACCOUNTS_NAMESPACE, controller), 'kube-controller-manager')));
  return user;
}

export const KUBE_SCHEDULER = issue({ name: 'system:kube-scheduler', groups: [AUTHENTICATED] }, 'scheduler');

/** Add-ons that run as pods of their own (the ingress controller, the cloud's load balancer controller) use their service accounts. */
export function addOnUser(namespace: string, serviceAccount: string, actor: string): UserInfo {
  return issue(serviceAccountUser(namespace, serviceAccount), actor);
}

/** kube-proxy runs on kubeadm's kube-proxy ServiceAccount, bound to system:node-proxier by `kubeadm:node-proxier`. */
export const KUBE_PROXY = addOnUser('kube-system', 'kube-proxy', 'kube-proxy');

/** CoreDNS runs on its coredns ServiceAccount, bound to kubeadm's system:coredns ClusterRole. */
export const COREDNS = addOnUser('kube-system', 'coredns', 'coredns');

const NODES = 'system:nodes';
const nodeUsers = new Map<string, UserInfo>();

/** A kubelet's credentials: `system:node:<node>` in `system:nodes` (the Node authorizer's convention). */
export function nodeUser(node: string): UserInfo {
  let user = nodeUsers.get(node);
  if (!user) nodeUsers.set(node, (user = issue({ name: `system:node:${node}`, groups: [NODES, AUTHENTICATED] }, 'kubelet')));
  return user;
}

/**
 * Whether a request comes from a simulated component. Their writes are authorized as anyone's
 * (client.ts) and then take the API server's fast path:
 * they are built from objects the server already decoded and validated, so decoding and validation
 * are skipped (the pipeline's cost is paid once per client request, not per status tick), no client
 * sees their warnings, the object-count quota exempts them, and the request log keeps them as writes.
 */
export function isComponent(user: UserInfo | undefined): boolean {
  return user !== undefined && issued.has(user);
}

/** The component a request came from, as the replay names it ('' for a client's). */
export function componentActor(user: UserInfo | undefined): string {
  return (user && issued.get(user)) ?? '';
}
