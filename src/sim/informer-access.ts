import type { ApiServer } from './apiserver/apiserver';
import { checkAccess, resourceRequest } from './apiserver/auth/as-user';
import type { UserInfo } from './apiserver/auth/user';
import { ApiError } from './types';

const RBAC_SUFFIX = '.rbac.authorization.k8s.io';

/**
 * Whether a component's informers may list and watch the resources it watches, cluster-wide, as
 * the identity they run as (the scheduler's own; kube-controller-manager's shared informers run
 * on its root credentials, not on each controller's account). The same authorizer as any request
 * decides; a decision holds until an RBAC object changes. A refused list is logged once per
 * change of policy, as a 403 request in the activity log, with the API server's Forbidden text.
 */
export class InformerAccess {
  private generation = 0;
  private readonly decided = new Map<string, { generation: number; refusal?: string }>();
  // each component asks before every sync: its whole answer is remembered until policy changes
  private readonly answers = new WeakMap<UserInfo, WeakMap<readonly string[], { generation: number; ok: boolean }>>();

  constructor(private readonly api: ApiServer) {}

  /** Note a stored change: one to RBAC can grant or revoke. */
  changed(resource: string): void {
    if (resource.endsWith(RBAC_SUFFIX)) this.generation++;
  }

  /** The API server's Forbidden text for the first of `resources` that `reader` may not list and watch; none when all are allowed. */
  refusal(reader: UserInfo, resources: readonly string[]): string | undefined {
    for (const resource of resources) {
      const refused = this.decide(reader, resource);
      if (refused !== undefined) return refused;
    }
    return undefined;
  }

  /** Whether `reader` may list and watch every one of `resources`. */
  synced(reader: UserInfo, resources: readonly string[]): boolean {
    let byList = this.answers.get(reader);
    if (!byList) this.answers.set(reader, (byList = new WeakMap()));
    const hit = byList.get(resources);
    if (hit?.generation === this.generation) return hit.ok;
    let ok = true;
    for (const resource of resources) if (this.decide(reader, resource) !== undefined) ok = false;
    byList.set(resources, { generation: this.generation, ok });
    return ok;
  }

  private decide(reader: UserInfo, resource: string): string | undefined {
    const key = `${reader.name}\u0000${resource}`;
    const hit = this.decided.get(key);
    if (hit?.generation === this.generation) return hit.refusal;
    const rt = this.api.resource(resource);
    let refusal: string | undefined;
    if (rt) {
      try {
        // a reflector lists, then watches from the list's resourceVersion
        checkAccess(this.api, reader, resourceRequest(rt, 'list', ''));
        checkAccess(this.api, reader, resourceRequest(rt, 'watch', ''));
      } catch (e) {
        if (!(e instanceof ApiError)) throw e;
        refusal = e.message;
      }
    }
    this.decided.set(key, { generation: this.generation, refusal });
    return refusal;
  }
}
