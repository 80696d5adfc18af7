import type { ApiServer } from './apiserver/apiserver';
import { checkAccess, resourceRequest } from './apiserver/auth/as-user';
import type { FieldRequirement } from './apiserver/auth/rules';
import type { UserInfo } from './apiserver/auth/user';
import { ApiError } from './types';

const RBAC_SUFFIX = '.rbac.authorization.k8s.io';

/**
 * What one informer lists and watches: a resource cluster-wide, or narrowed to one object's name
 * (`metadata.name=<name>`, which the API server turns into the request's name) or by a field
 * selector (a kubelet's pods, `spec.nodeName=<node>`). Answers are kept per scope object: callers
 * make each scope once.
 */
export interface InformerScope {
  resource: string;
  name?: string;
  fieldSelector?: readonly FieldRequirement[];
}

interface Answer {
  generation: number;
  refusal?: string;
}

/**
 * Whether a component's informers may list and watch what they follow, as the identity they run
 * as (the scheduler's own; kube-controller-manager's shared informers run on its root credentials,
 * not on each controller's account; a kubelet as its node). The same authorizer as any request
 * decides; a decision holds until an RBAC object changes (the scopes asked here do not depend on
 * the Node authorizer's graph). A refused list is logged once per change of policy, as a 403
 * request in the activity log, with the API server's Forbidden text.
 */
export class InformerAccess {
  private generation = 0;
  private readonly clusterWide = new Map<string, InformerScope>();
  private readonly decided = new WeakMap<InformerScope, WeakMap<UserInfo, Answer>>();
  // each component asks before every sync: its whole answer is remembered until policy changes
  private readonly answers = new WeakMap<UserInfo, WeakMap<readonly string[], { generation: number; ok: boolean }>>();

  constructor(private readonly api: ApiServer) {}

  /** Note a stored change: one to RBAC can grant or revoke. */
  changed(resource: string): void {
    if (resource.endsWith(RBAC_SUFFIX)) this.generation++;
  }

  /** The API server's Forbidden text for the first of `resources` that `reader` may not list and watch cluster-wide; none when all are allowed. */
  refusal(reader: UserInfo, resources: readonly string[]): string | undefined {
    for (const resource of resources) {
      const refused = this.decide(reader, this.scopeOf(resource));
      if (refused !== undefined) return refused;
    }
    return undefined;
  }

  /** The same for informers narrowed by name or field selector. */
  scopedRefusal(reader: UserInfo, scopes: readonly InformerScope[]): string | undefined {
    for (const scope of scopes) {
      const refused = this.decide(reader, scope);
      if (refused !== undefined) return refused;
    }
    return undefined;
  }

  /** Moves whenever RBAC changes: an answer of `synced` holds while it stays. */
  policyGeneration(): number {
    return this.generation;
  }

  /** Whether `reader` may list and watch every one of `resources`. */
  synced(reader: UserInfo, resources: readonly string[]): boolean {
    let byList = this.answers.get(reader);
    if (!byList) this.answers.set(reader, (byList = new WeakMap()));
    const hit = byList.get(resources);
    if (hit?.generation === this.generation) return hit.ok;
    // every refused list is asked (and logged), as each informer of the component makes its own
    let ok = true;
    for (const resource of resources) if (this.decide(reader, this.scopeOf(resource)) !== undefined) ok = false;
    byList.set(resources, { generation: this.generation, ok });
    return ok;
  }

  private scopeOf(resource: string): InformerScope {
    let scope = this.clusterWide.get(resource);
    if (!scope) this.clusterWide.set(resource, (scope = { resource }));
    return scope;
  }

  private decide(reader: UserInfo, scope: InformerScope): string | undefined {
    let byReader = this.decided.get(scope);
    if (!byReader) this.decided.set(scope, (byReader = new WeakMap()));
    const hit = byReader.get(reader);
    if (hit?.generation === this.generation) return hit.refusal;
    const rt = this.api.resource(scope.resource);
    let refusal: string | undefined;
    if (rt) {
      try {
        // a reflector lists, then watches from the list's resourceVersion
        for (const verb of ['list', 'watch']) checkAccess(this.api, reader, { ...resourceRequest(rt, verb, '', scope.name), fieldSelector: scope.fieldSelector });
      } catch (e) {
        if (!(e instanceof ApiError)) throw e;
        refusal = e.message;
      }
    }
    byReader.set(reader, { generation: this.generation, refusal });
    return refusal;
  }
}
